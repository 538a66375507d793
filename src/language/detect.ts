/** The scripts we write in: Simplified, Traditional as Taiwan writes it, and Traditional as Hong Kong writes it. */
export const LANGS = ['zh-Hans', 'zh-Hant', 'zh-HK'] as const
export type Lang = (typeof LANGS)[number]

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang)

/** The script i18next settled on (its resolvedLanguage); Simplified until it has. */
export const scriptOf = (resolved: string | undefined): Lang => (isLang(resolved) ? resolved : 'zh-Hans')

/**
 * Maps a browser language tag to the script we show: Hong Kong Traditional
 * for Hong Kong and Macau (zh-HK, zh-MO, zh-Hant-HK); Taiwan Traditional for
 * Taiwan and any other tag that names the Hant script; Simplified for every
 * other Chinese tag, and for one that names the Hans script (zh-Hans-HK);
 * null for other languages.
 */
export function toScript(tag: string): Lang | null {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-')
  if (parts[0] !== 'zh') return null
  if (parts.includes('hans')) return 'zh-Hans'
  if (parts.includes('hk') || parts.includes('mo')) return 'zh-HK'
  if (parts.includes('hant') || parts.includes('tw')) return 'zh-Hant'
  return 'zh-Hans'
}

/**
 * The script for a visit: the user's own saved choice if any; otherwise the
 * first Chinese language the browser lists (so ["en-US", "zh-TW"] gets
 * Traditional); otherwise Simplified.
 */
export function chooseScript(savedChoice: unknown, browserLanguages: readonly string[]): Lang {
  if (isLang(savedChoice)) return savedChoice
  for (const tag of browserLanguages) {
    const script = toScript(tag)
    if (script) return script
  }
  return 'zh-Hans'
}
