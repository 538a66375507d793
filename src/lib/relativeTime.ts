const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/**
 * "3 天前", "昨天", "2 小時前" from the platform's Intl.RelativeTimeFormat.
 * Under a minute returns `justNow`, which the caller words itself.
 */
export function relativeTime(at: number, now: number, lang: string, justNow: string): string {
  const seconds = Math.round((now - at) / 1000)
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(-Math.trunc(seconds / size), unit)
  }
  return justNow
}
