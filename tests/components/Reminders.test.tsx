import { screen, within } from '@testing-library/react'
import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { captureDownloads, renderApp } from './renderApp.tsx'

const oldCard = () => document.getElementById('item-old-card') as HTMLElement

async function openReminder(lang?: 'zh-Hans' | 'zh-Hant') {
  const { user } = await renderApp('/guides/physical-sim', { lang })
  await screen.findByRole('checkbox', { name: lang === 'zh-Hant' ? '妥善處理舊卡' : '妥善处理旧卡' })
  await user.click(within(oldCard()).getByText(lang === 'zh-Hant' ? '說明和備註' : '说明和备注', { exact: false }))
  return user
}

describe('加到日历 on a step that waits', () => {
  // Only the clock is fixed (to 1 Dec 2026, 10:00 here), so the default day is known.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 11, 1, 10, 0))
  })
  afterEach(() => vi.useRealTimers())

  it('offers the step’s own wait as the day, and downloads a calendar file a real parser reads', async () => {
    const downloads = captureDownloads()
    const user = await openReminder()
    const day = await within(oldCard()).findByLabelText('加到日历：哪天提醒你')
    expect(day).toHaveValue('2026-12-08')
    expect(day).toHaveAttribute('min', '2026-12-01')

    await user.click(within(oldCard()).getByRole('button', { name: '下载日历提醒' }))
    expect(downloads.names).toEqual(['reminder-old-card-2026-12-08.ics'])
    const calendar = new ICAL.Component(ICAL.parse(await downloads.blobs[0]!.text()))
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('注销清单：妥善处理旧卡')
    expect(event.description).toBe('妥善处理旧卡：这一步的说明。')
    expect(event.startDate.toString()).toBe('2026-12-08')
    expect(event.uid).toBe('physical-sim.old-card.me@sim-cancel-checklist')
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')).not.toBeNull()
  })

  it('takes another day the person picks', async () => {
    const downloads = captureDownloads()
    const user = await openReminder()
    const day = await within(oldCard()).findByLabelText('加到日历：哪天提醒你')
    await user.clear(day)
    await user.type(day, '2027-01-15')
    await user.click(within(oldCard()).getByRole('button', { name: '下载日历提醒' }))
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await downloads.blobs[0]!.text())).getFirstSubcomponent('vevent')!)
    expect(event.startDate.toString()).toBe('2027-01-15')
  })

  it('refuses a day in the past or years away with a message, and downloads nothing', async () => {
    const downloads = captureDownloads()
    const user = await openReminder()
    const day = await within(oldCard()).findByLabelText('加到日历：哪天提醒你')
    for (const bad of ['2026-11-30', '2031-01-01']) {
      await user.clear(day)
      await user.type(day, bad)
      await user.click(within(oldCard()).getByRole('button', { name: '下载日历提醒' }))
      expect(within(oldCard()).getByRole('alert')).toHaveTextContent('请选一个从今天起两年内的日期。')
      expect(day).toHaveAttribute('aria-invalid', 'true')
    }
    expect(downloads.names).toEqual([])
  })

  it('writes the reminder in Traditional for a Traditional reader', async () => {
    const downloads = captureDownloads()
    const user = await openReminder('zh-Hant')
    await user.click(await within(oldCard()).findByRole('button', { name: '下載行事曆提醒' }))
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await downloads.blobs[0]!.text())).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('門號退租清單：妥善處理舊卡')
  })

  it('is offered only on steps that wait', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('checkbox', { name: '结清欠费' })
    const settle = document.getElementById('item-settle-bill') as HTMLElement
    await user.click(within(settle).getByText('说明和备注', { exact: false }))
    expect(within(settle).getByRole('textbox', { name: /备注/ })).toBeInTheDocument()
    expect(screen.queryByText('加到日历：哪天提醒你')).not.toBeInTheDocument()
  })
})
