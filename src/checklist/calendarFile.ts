/**
 * A reminder as an iCalendar file (RFC 5545) that phone calendars open: one
 * all-day event on `date` with an alarm at 9:00 that day. Lines end in CRLF
 * and are folded at 75 octets (never inside a character); text is escaped.
 */
export interface Reminder {
  /** Unique for this reminder: the same UID again updates the event instead of adding one. */
  uid: string
  /** The day, as YYYY-MM-DD. */
  date: string
  summary: string
  description: string
  /** When the file is made. */
  now: Date
}

const escapeText = (text: string) => text.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r?\n/g, '\\n')

/** One content line, folded: at most 75 octets per line, continuation lines start with a space. */
function fold(line: string): string {
  const encoder = new TextEncoder()
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = encoder.encode(character).length
    // The first line holds 75 octets; each continuation line 74 after its leading space.
    if (octets + size > (lines.length === 0 ? 75 : 74)) {
      lines.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  lines.push(current)
  return lines.join('\r\n ')
}

const day = (date: string) => date.replaceAll('-', '')
const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** The day after `date` (YYYY-MM-DD), for an all-day event's end. */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}

/** Whether YYYY-MM-DD names a day the calendar has (not 2027-02-30, which Date.parse quietly turns into March). A browser without a date picker lets any text through. */
export function isRealDay(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return false
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return day.toISOString().slice(0, 10) === date
}

export function calendarFile({ uid, date, summary, description, now }: Reminder): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sim-cancel-checklist//reminder//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${day(date)}`,
    `DTEND;VALUE=DATE:${day(nextDay(date))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n')
    .concat('\r\n')
}
