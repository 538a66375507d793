import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarFile, isRealDay } from '../../src/checklist/calendarFile.ts'

const reminder = {
  uid: 'physical-sim.verify.me@sim-cancel-checklist',
  date: '2026-12-03',
  summary: '注销清单：过几天确认号码已经注销',
  description: '📞 通过客服热线、App 或官网查一下，确认号码显示为已注销；没注销干净的号码可能继续扣费，\\ 欠费还可能影响个人信用记录。',
  now: new Date(Date.UTC(2026, 10, 30, 8, 15, 0)),
}

describe('the calendar file of a reminder (RFC 5545)', () => {
  const text = calendarFile(reminder)

  it('is read by a real iCalendar parser: one all-day event, its text as written, an alarm that morning', () => {
    const calendar = new ICAL.Component(ICAL.parse(text))
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(event.uid).toBe(reminder.uid)
    expect(event.summary).toBe(reminder.summary)
    expect(event.description).toBe(reminder.description)
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe('2026-12-03')
    expect(event.endDate.toString()).toBe('2026-12-04')
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-30T08:15:00Z')
    const alarm = calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('PT9H')
  })

  it('ends every line in CRLF and folds them at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.slice(0, -2).split('\r\n')
    expect(lines.some((line) => line.includes('\n'))).toBe(false)
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    // The long description really was folded, and unfolds to what went in.
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThanOrEqual(2)
    expect(lines.join('\r\n').replace(/\r\n /g, '')).toContain('DESCRIPTION:📞 通过客服热线')
  })
})

describe('a day typed where the browser has no date picker', () => {
  it('is a real day only if the calendar has it', () => {
    for (const day of ['2026-12-03', '2028-02-29', '2026-01-31']) expect(isRealDay(day), day).toBe(true)
    for (const day of ['2027-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '20261203', '', 'toString', '9999-99-99'])
      expect(isRealDay(day), day).toBe(false)
  })
})
