export const LANGS = ['zh-Hans', 'zh-Hant'] as const
export type Lang = (typeof LANGS)[number]

/**
 * Maps a browser language tag to the script we show. Traditional for
 * Taiwan, Hong Kong, Macau and any tag that names the Hant script;
 * Simplified for every other Chinese tag. Other languages are passed through
 * unchanged: i18next skips them and tries the browser's next language, so
 * ["en-US", "zh-TW"] still gets Traditional; with no Chinese at all it falls
 * back to Simplified.
 */
export function toScript(tag: string): string {
  const lower = tag.toLowerCase().replace(/_/g, '-')
  const parts = lower.split('-')
  if (parts[0] !== 'zh') return tag
  if (parts.includes('hant')) return 'zh-Hant'
  if (parts.includes('hans')) return 'zh-Hans'
  if (parts.some((part) => part === 'tw' || part === 'hk' || part === 'mo')) return 'zh-Hant'
  return 'zh-Hans'
}

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang)
