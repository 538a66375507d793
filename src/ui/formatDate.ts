/** "2026年11月22日", or with `withTime` "2026年11月22日 09:30", in the script given, from Intl. */
export const formatDate = (at: number, lang: string, withTime = false): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: withTime ? 'short' : undefined }).format(at)
