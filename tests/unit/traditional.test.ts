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

  /**
   * Mainland words as OpenCC s2tw leaves them: a Taiwan reader would not
   * write any of these (phone settings included). Proper names such as
   * 一證通查 or 支付寶 are not on the list.
   */
  const MAINLAND_WORDS: (string | RegExp)[] = [
    '設備',
    '運營商',
    '鏈接',
    '導出',
    '導入',
    '打印',
    '短信',
    '軟件',
    '網絡',
    '數據',
    '二維碼',
    '粘貼',
    '信息',
    '互聯網',
    '寬帶',
    '複印件',
    '這臺',
    '那臺',
    '一臺',
    '蜂窩網絡',
    '移動網絡',
    '加載',
    '刷新',
    '撤銷',
    '添加',
    '設置',
    '支持',
    '服務器',
    '登錄',
    '聯繫',
    '郵箱',
    '芯片',
    '小貼士',
    '套餐',
    '充值',
    '積分',
    '賬號',
    '默認',
    '屏幕',
    '視頻',
    '文件',
    '保存',
    '存儲',
    '客服熱線',
    '信用記錄',
    '人臉識別',
    '激活',
    '菜單',
    '質量',
    '優化',
    // Third round (the content brief's list): a Taiwan reader writes 大陸, 身分證, 正本, 停話, 月租, 行事曆…
    '內地',
    '身份證',
    '原件',
    '核實身份',
    '身份核驗',
    '停機',
    /(?<!更)換綁/,
    '解綁',
    '預留手機號碼',
    '政務 App',
    '出行軟體',
    /(?<![電通])話費/,
    '扣費',
    '增值業務',
    '包月',
    '捆綁',
    '合約機',
    '約束期',
    '工單號',
    '跟進',
    '幫助頁面',
    '正常在用',
    '辦卡',
    '開戶',
    '試商用',
    '日曆',
    '緊張',
    '答應',
    '發給',
    '發過去',
    '生成',
    '掃一掃',
    '招商銀行',
    '視頻',
    '外賣',
  ]

  it.each(['public/catalogue/zh-Hant.json', 'src/language/locales/essential.json'])(
    '%s reads as Taiwan writes: none of the mainland words',
    (file) => {
      const text = file.endsWith('essential.json')
        ? JSON.stringify(JSON.parse(outputs.get(file) ?? '{}')['zh-Hant'])
        : (outputs.get(file) ?? '')
      expect(MAINLAND_WORDS.length).toBeGreaterThanOrEqual(75)
      // A word inside its Taiwan wording (換綁 in 更換綁定, 話費 in 電話費) is matched with a RegExp that leaves it out.
      expect(MAINLAND_WORDS.filter((word) => (typeof word === 'string' ? text.includes(word) : word.test(text)))).toEqual([])
    },
  )

  it('keeps a mainland operator’s 營業廳 where the text is about one', () => {
    const text = outputs.get('public/catalogue/zh-Hant.json') ?? ''
    expect(text).toContain('一開始要到營業廳開通')
    expect(text).toContain('去門市辦理')
  })

  it('spots Simplified characters left in a text', () => {
    expect(simplifiedOnlyCharacters('註銷手机卡')).toEqual(['机'])
  })

  it('applies the override table where OpenCC gets a phrase wrong', () => {
    const overrides = readOverrides()
    expect(toTraditional('联系对应的银行', overrides)).toBe('聯絡對應的銀行')
    expect(toTraditional('换绑账号', overrides)).toBe('更換綁定帳號')
  })

  it('has no dead entries: each one changes what OpenCC and the rest of the table give, and is used somewhere', () => {
    const sources = outputs.get('public/catalogue/zh-Hans.json') ?? ''
    const overrides = readOverrides()
    for (const [simplified, traditional] of Object.entries(overrides)) {
      const { [simplified]: _, ...rest } = overrides
      expect(toTraditional(simplified, rest), simplified).not.toBe(traditional)
      expect(sources, simplified).toContain(simplified)
    }
  })

  it('applies the longest phrase first, and never replaces a replacement', () => {
    const overrides = { 营业厅: '門市', 在营业厅办理: '在營業廳辦理', 设备: '裝置' }
    expect(toTraditional('去营业厅，或在营业厅办理', overrides)).toBe('去門市，或在營業廳辦理')
    expect(toTraditional('这台设备', { ...overrides, 这台: '這台' })).toBe('這台裝置')
  })
})
