// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { generate, readOverrides, simplifiedOnlyCharacters, staleFiles, toTraditional } from '../../scripts/generate-traditional.ts'
import { HONG_KONG_NEVER, MAINLAND_WORDS, TAIWAN_NEVER, TAIWAN_THIRD_READ } from '../wordLists.ts'

const found = (text: string, words: readonly (string | RegExp)[]) =>
  words.filter((word) => (typeof word === 'string' ? text.includes(word) : word.test(text)))

const outputs = generate()

describe('generated Traditional text', () => {
  it('is up to date with the Simplified sources (run `npm run traditional` if not)', () => {
    expect(staleFiles(outputs)).toEqual([])
  })

  it('has no Simplified-only characters in the Traditional catalogue and UI strings', () => {
    const text = outputs.get('public/catalogue/zh-Hant.json') ?? ''
    expect(JSON.parse(text).ui.app.name).toBe('門號退租清單')
    expect(simplifiedOnlyCharacters(text)).toEqual([])
  })

  it('has no Simplified-only characters in the bundled Traditional essentials', () => {
    const essential = JSON.parse(outputs.get('src/language/locales/essential.json') ?? '{}')
    const text = JSON.stringify(essential['zh-Hant'])
    expect(text).toContain('清單無法載入')
    expect(simplifiedOnlyCharacters(text)).toEqual([])
  })

  it('differs from the Simplified text it came from', () => {
    const hans = outputs.get('public/catalogue/zh-Hans.json') ?? ''
    const hant = outputs.get('public/catalogue/zh-Hant.json') ?? ''
    expect(hant).not.toBe(hans)
    expect(hant).toContain('實體 SIM 卡：退租、攜碼、過戶或保留門號')
  })

  it.each(['public/catalogue/zh-Hant.json', 'src/language/locales/essential.json'])(
    '%s reads as Taiwan writes: none of the mainland words, nor the third read’s',
    (file) => {
      const text = file.endsWith('essential.json')
        ? JSON.stringify(JSON.parse(outputs.get(file) ?? '{}')['zh-Hant'])
        : (outputs.get(file) ?? '')
      expect(MAINLAND_WORDS.length).toBeGreaterThanOrEqual(75)
      expect(TAIWAN_THIRD_READ.length).toBeGreaterThanOrEqual(20)
      expect(found(text, TAIWAN_NEVER)).toEqual([])
    },
  )

  it('keeps a mainland operator’s 營業廳 where the text is about one, and says 門市 elsewhere', () => {
    const text = outputs.get('public/catalogue/zh-Hant.json') ?? ''
    // Steps shown only for a mainland number: the hall option, porting, eSIM.
    expect(text).toContain('一開始要到營業廳開通')
    expect(text).toContain('"去營業廳辦理"')
    expect(text).toContain('到了新電信公司的營業廳，再傳簡訊拿授權碼')
    // Steps for any number: a Taiwan reader's word.
    expect(text).toContain('雙方帶證件去門市')
    expect(text).not.toContain('"去門市辦理"')
  })

  it('spots Simplified characters left in a text', () => {
    expect(simplifiedOnlyCharacters('註銷手机卡')).toEqual(['机'])
  })

  it('applies the override table where OpenCC gets a phrase wrong', () => {
    const overrides = readOverrides()
    expect(toTraditional('联系对应的银行', overrides)).toBe('聯絡對應的銀行')
    expect(toTraditional('换绑账号', overrides)).toBe('更換綁定帳號')
  })

  it.each(['zh-Hant', 'zh-HK'] as const)(
    'has no dead entries in the %s table: each one changes what OpenCC and the rest of the table give, and is used somewhere',
    (lang) => {
      const sources = outputs.get('public/catalogue/zh-Hans.json') ?? ''
      const overrides = readOverrides(lang)
      for (const [simplified, traditional] of Object.entries(overrides)) {
        const { [simplified]: _, ...rest } = overrides
        expect(toTraditional(simplified, rest, lang), simplified).not.toBe(traditional)
        expect(sources, simplified).toContain(simplified)
      }
    },
  )

  it('applies the longest phrase first, and never replaces a replacement', () => {
    const overrides = { 营业厅: '門市', 在营业厅办理: '在營業廳辦理', 设备: '裝置' }
    expect(toTraditional('去营业厅，或在营业厅办理', overrides)).toBe('去門市，或在營業廳辦理')
    expect(toTraditional('这台设备', { ...overrides, 这台: '這台' })).toBe('這台裝置')
  })
})

describe('generated Hong Kong Traditional text', () => {
  const catalogue = outputs.get('public/catalogue/zh-HK.json') ?? ''
  const essentials = JSON.stringify(JSON.parse(outputs.get('src/language/locales/essential.json') ?? '{}')['zh-HK'])

  it('is its own: Hong Kong’s name for the app, not Taiwan’s nor the Simplified one', () => {
    const name = JSON.parse(catalogue).ui.app.name
    expect(name).not.toBe('門號退租清單')
    expect(name).not.toBe('手机卡注销清单')
    expect(catalogue).not.toBe(outputs.get('public/catalogue/zh-Hant.json'))
  })

  it.each([
    ['the catalogue and UI strings', catalogue],
    ['the bundled essentials', essentials],
  ])('has no Simplified-only characters (s2hk) in %s', (_, text) => {
    expect(text.length).toBeGreaterThan(100)
    expect(simplifiedOnlyCharacters(text, 'zh-HK')).toEqual([])
  })

  it.each([
    ['the catalogue and UI strings', catalogue],
    ['the bundled essentials', essentials],
  ])('reads as Hong Kong writes in %s: none of Taiwan’s words or the mainland’s', (_, text) => {
    expect(HONG_KONG_NEVER.length).toBeGreaterThanOrEqual(12)
    expect(found(text, HONG_KONG_NEVER)).toEqual([])
  })
})
