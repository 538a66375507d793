import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { describe, expect, it, vi } from 'vitest'
import { toScript } from '../../src/language/detect.ts'
import { i18nOptions, LANGUAGE_KEY } from '../../src/language/i18n.ts'

describe('toScript: browser language → script', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['zh-tw', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-MY', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['en-US', 'en-US'],
    ['ja', 'ja'],
  ])('%s → %s', (tag, script) => {
    expect(toScript(tag)).toBe(script)
  })
})

async function firstVisit(languages: string[], saved?: string) {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages)
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(languages[0] ?? '')
  if (saved) window.localStorage.setItem(LANGUAGE_KEY, saved)
  const instance = i18next.createInstance()
  await instance.use(LanguageDetector).init(i18nOptions)
  return instance
}

describe('first visit follows the browser', () => {
  it.each([
    [['zh-TW'], 'zh-Hant'],
    [['zh-HK', 'en'], 'zh-Hant'],
    [['zh-Hant-MO'], 'zh-Hant'],
    [['en-US', 'zh-TW'], 'zh-Hant'],
    [['zh-CN'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['en-GB', 'fr'], 'zh-Hans'],
    [[], 'zh-Hans'],
  ])('%j → %s', async (languages, script) => {
    const instance = await firstVisit(languages)
    expect(instance.resolvedLanguage).toBe(script)
    expect(instance.t('app.name')).toBe(script === 'zh-Hant' ? '手機卡註銷清單' : '手机卡注销清单')
  })

  it('remembers only an explicit choice, which wins over the browser', async () => {
    const guessed = await firstVisit(['zh-TW'])
    expect(guessed.resolvedLanguage).toBe('zh-Hant')
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBeNull()

    const chosen = await firstVisit(['zh-TW'], 'zh-Hans')
    expect(chosen.resolvedLanguage).toBe('zh-Hans')
  })
})
