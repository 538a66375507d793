/** The latest time a Date can hold (8.64e15 ms after 1970); past it Intl throws. */
export const MAX_TIME = 8.64e15

/** Whether `at` is a time we can show and compare: whole milliseconds from 1970 up to the Date limit. */
export const isTime = (at: unknown): at is number => Number.isInteger(at) && (at as number) >= 0 && (at as number) <= MAX_TIME

/**
 * "2026年11月22日", or with `withTime` "2026年11月22日 09:30", in the script
 * given, from Intl; empty for a time no Date can hold, so a bad date that
 * slipped past a check never stops a screen.
 */
export const formatDate = (at: number, lang: string, withTime = false): string =>
  isTime(at) ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: withTime ? 'short' : undefined }).format(at) : ''
