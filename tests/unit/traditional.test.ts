// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { generate, readOverrides, simplifiedOnlyCharacters, staleFiles, toTraditional } from '../../scripts/generate-traditional.ts'

const outputs = generate()

describe('generated Traditional text', () => {
  it('is up to date with the Simplified sources (run `npm run traditional` if not)', () => {
    expect(staleFiles(outputs)).toEqual([])
  })

  it('has no Simplified-only characters in the Traditional catalogue and UI strings', () => {
    const text = outputs.get('public/catalogue/zh-Hant.json') ?? ''
    expect(JSON.parse(text).ui.app.name).toBe('手機卡註銷清單')
    expect(simplifiedOnlyCharacters(text)).toEqual([])
  })

  it('has no Simplified-only characters in the bundled Traditional essentials', () => {
    const essential = JSON.parse(outputs.get('src/language/locales/essential.json') ?? '{}')
    const text = JSON.stringify(essential['zh-Hant'])
    expect(text).toContain('清單沒能加載出來')
    expect(simplifiedOnlyCharacters(text)).toEqual([])
  })

  it('differs from the Simplified text it came from', () => {
    const hans = outputs.get('public/catalogue/zh-Hans.json') ?? ''
    const hant = outputs.get('public/catalogue/zh-Hant.json') ?? ''
    expect(hant).not.toBe(hans)
    expect(hant).toContain('註銷實體手機卡')
  })

  it('spots Simplified characters left in a text', () => {
    expect(simplifiedOnlyCharacters('註銷手机卡')).toEqual(['机'])
  })

  it('applies the override table where OpenCC gets a phrase wrong', () => {
    const overrides = readOverrides()
    expect(toTraditional('按发卡国家的规定办理', overrides)).toBe('按發卡國家的規定辦理')
    expect(toTraditional('换绑账号', overrides)).toBe('換綁帳號')
  })

  it('has no dead overrides: each one changes OpenCC’s output and is used somewhere', () => {
    const sources = outputs.get('public/catalogue/zh-Hans.json') ?? ''
    for (const [simplified, traditional] of Object.entries(readOverrides())) {
      expect(toTraditional(simplified, {}), simplified).not.toBe(traditional)
      expect(sources, simplified).toContain(simplified)
    }
  })
})
