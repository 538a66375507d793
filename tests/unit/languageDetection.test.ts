// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import i18next from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { chooseScript, toScript, type Lang } from '../../src/language/detect.ts'
import { LANGUAGE_KEY } from '../../src/storage/keys.ts'
import { detector, i18nOptions, stringsBackend } from '../../src/language/i18n.ts'

/** The UI strings as they ship, inside each script's catalogue file. */
const shippedStrings = async (lang: Lang) => JSON.parse(readFileSync(resolve('public/catalogue', `${lang}.json`), 'utf8')).ui

describe('toScript: browser language → script', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-hk', 'zh-HK'],
    ['zh_HK', 'zh-HK'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-Hant-MO', 'zh-HK'],
    ['zh_TW', 'zh-Hant'],
    ['zh-tw', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-MY', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['en-US', null],
    ['ja', null],
  ])('%s → %s', (tag, script) => {
    expect(toScript(tag)).toBe(script)
  })
})

describe('chooseScript: the saved choice, else the first Chinese browser language, else Simplified', () => {
  it.each<[string | null, string[], string]>([
    [null, ['zh-TW'], 'zh-Hant'],
    [null, ['zh-HK', 'en'], 'zh-HK'],
    [null, ['en-HK', 'zh-MO'], 'zh-HK'],
    ['zh-HK', ['zh-CN'], 'zh-HK'],
    ['zh-Hant', ['zh-HK'], 'zh-Hant'],
    [null, ['en-US', 'zh-TW'], 'zh-Hant'],
    [null, ['en-US', 'zh-CN', 'zh-TW'], 'zh-Hans'],
    [null, ['zh-CN'], 'zh-Hans'],
    [null, ['en-GB', 'fr'], 'zh-Hans'],
    [null, [], 'zh-Hans'],
    ['zh-Hans', ['zh-TW'], 'zh-Hans'],
    ['zh-Hant', ['zh-CN'], 'zh-Hant'],
    ['garbage', ['zh-TW'], 'zh-Hant'],
  ])('saved %s, browser %j → %s', (saved, languages, script) => {
    expect(chooseScript(saved, languages)).toBe(script)
  })
})

/** The app's name as Hong Kong writes it, from the generated Hong Kong catalogue: not Taiwan's 門號退租清單. */
const HONG_KONG_NAME = JSON.parse(readFileSync(resolve('public/catalogue/zh-HK.json'), 'utf8')).ui.app.name as string

async function firstVisit(languages: string[], saved?: string) {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages)
  if (saved) window.localStorage.setItem(LANGUAGE_KEY, saved)
  const instance = i18next.createInstance()
  await instance.use(detector).use(stringsBackend(shippedStrings)).init(i18nOptions)
  return instance
}

describe('first visit through i18next', () => {
  it.each([
    [['zh-TW'], 'zh-Hant', '門號退租清單'],
    [['zh-Hant'], 'zh-Hant', '門號退租清單'],
    [['en-US', 'zh-HK'], 'zh-HK', HONG_KONG_NAME],
    [['zh-MO'], 'zh-HK', HONG_KONG_NAME],
    [['zh-CN'], 'zh-Hans', '手机卡注销清单'],
    [['de'], 'zh-Hans', '手机卡注销清单'],
  ])('%j → %s, with its strings loaded', async (languages, script, name) => {
    const instance = await firstVisit(languages)
    expect(instance.resolvedLanguage).toBe(script)
    expect(instance.t('app.name')).toBe(name)
  })

  it('still has the essential strings, in the right script, when the catalogue cannot load', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-TW'])
    const instance = i18next.createInstance()
    await instance
      .use(detector)
      .use(stringsBackend(async () => null))
      .init(i18nOptions)
    expect(instance.t('catalogue.errorTitle')).toBe('清單無法載入')
    expect(instance.t('catalogue.retry')).toBe('重試')
  })

  it('gives Hong Kong its own name, neither the Taiwan nor the Simplified one', () => {
    expect(HONG_KONG_NAME).not.toBe('門號退租清單')
    expect(HONG_KONG_NAME).not.toBe('手机卡注销清单')
  })

  it('remembers only an explicit choice, which wins over the browser', async () => {
    const guessed = await firstVisit(['zh-TW'])
    expect(guessed.resolvedLanguage).toBe('zh-Hant')
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBeNull()

    const chosen = await firstVisit(['zh-TW'], 'zh-Hans')
    expect(chosen.resolvedLanguage).toBe('zh-Hans')
  })
})
