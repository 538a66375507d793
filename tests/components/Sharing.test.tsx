import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { BACKUP_FORMAT } from '../../src/backup/backupFile.ts'
import { LAST_BACKUP_KEY } from '../../src/storage/keys.ts'
import { shareSettled, withShareSheet } from '../shareSheet.ts'
import { captureDownloads, renderApp } from './renderApp.tsx'

/** 在另一台设备继续 on a guide with one tick, once its link is made; and the clipboard, watched. */
async function openContinue() {
  const view = await renderApp('/guides/esim')
  const copied = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
  await view.user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
  await view.user.click(screen.getByRole('button', { name: '在另一台设备继续' }))
  const dialog = await screen.findByRole('dialog', { name: '在另一台设备继续' })
  const field = within(dialog).getByRole<HTMLInputElement>('textbox', { name: '链接' })
  await waitFor(() => expect(field.value).toMatch(/\/continue#/))
  return { ...view, dialog, link: field.value, copied }
}

describe('the continue link, shared where people share', () => {
  it('has only 复制链接 where the browser has no share sheet, and copies the link', async () => {
    const { user, dialog, link, copied } = await openContinue()
    expect(within(dialog).queryByRole('button', { name: '分享链接' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: '复制链接' }))
    expect(copied).toHaveBeenCalledWith(link)
    expect(within(dialog).getByRole('status')).toHaveTextContent('链接已复制。')
  })

  it('hands the link to the share sheet, first, with 复制链接 still beside it', async () => {
    const share = withShareSheet('shared')
    const { user, dialog, link, copied } = await openContinue()
    const buttons = within(dialog)
      .getAllByRole('button')
      .map((button) => button.textContent)
    expect(buttons.indexOf('分享链接')).toBeLessThan(buttons.indexOf('复制链接'))
    await user.click(within(dialog).getByRole('button', { name: '分享链接' }))
    await shareSettled()
    expect(share).toHaveBeenCalledWith({ title: '手机卡注销清单', text: '打开这个链接，就能在另一台设备上接着办。', url: link })
    expect(copied).not.toHaveBeenCalled()
  })

  it('copies the link instead when the share sheet refuses it', async () => {
    const share = withShareSheet('NotAllowedError')
    const { user, dialog, link, copied } = await openContinue()
    await user.click(within(dialog).getByRole('button', { name: '分享链接' }))
    expect(share).toHaveBeenCalledOnce()
    expect(copied).toHaveBeenCalledWith(link)
    expect(await within(dialog).findByRole('status')).toHaveTextContent('链接已复制。')
  })

  it('does nothing more when the person closes the share sheet', async () => {
    const share = withShareSheet('AbortError')
    const { user, dialog, copied } = await openContinue()
    await user.click(within(dialog).getByRole('button', { name: '分享链接' }))
    await shareSettled()
    expect(share).toHaveBeenCalledOnce()
    expect(copied).not.toHaveBeenCalled()
    expect(within(dialog).queryByRole('status')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(dialog).toHaveAttribute('open')
  })
})

/** 进度与备份 after one tick. */
async function openSettings() {
  const view = await renderApp('/guides/esim')
  await view.user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
  await view.user.click(screen.getByRole('link', { name: '进度与备份' }))
  await screen.findByRole('heading', { level: 1, name: '进度与备份' })
  return view
}

describe('the backup file, shared where the phone takes files', () => {
  it('has only 导出进度 where the browser has no share sheet, and downloads', async () => {
    const downloads = captureDownloads()
    const { user } = await openSettings()
    expect(screen.queryByRole('button', { name: '分享备份文件' })).toBeNull()
    await user.click(screen.getByRole('button', { name: '导出进度' }))
    expect(downloads.names).toEqual([expect.stringMatching(/^sim-cancel-checklist-\d{4}-\d{2}-\d{2}\.json$/)])
  })

  it('offers no share button where the share sheet takes no files, and never gives it the file', async () => {
    const share = withShareSheet('shared', { takesFiles: false })
    const downloads = captureDownloads()
    const { user } = await openSettings()
    expect(screen.queryByRole('button', { name: '分享备份文件' })).toBeNull()
    await user.click(screen.getByRole('button', { name: '导出进度' }))
    expect(downloads.names).toHaveLength(1)
    expect(share).not.toHaveBeenCalled()
  })

  it('gives the share sheet the backup file itself, and counts it as a backup', async () => {
    const share = withShareSheet('shared')
    const downloads = captureDownloads()
    const { user } = await openSettings()
    await user.click(screen.getByRole('button', { name: '分享备份文件' }))
    expect(await screen.findByText('上次导出：刚刚')).toBeInTheDocument()
    const [file] = share.mock.calls[0]?.[0].files ?? []
    expect(file?.name).toMatch(/^sim-cancel-checklist-\d{4}-\d{2}-\d{2}\.json$/)
    expect(file?.type).toBe('application/json')
    const backup = JSON.parse((await file?.text()) ?? '')
    expect(backup.format).toBe(BACKUP_FORMAT)
    expect(backup.state.people.me.guides.esim['settle-bill'].done).toBe(true)
    expect(downloads.names).toEqual([])
  })

  it('downloads the same file instead when the share sheet refuses it', async () => {
    withShareSheet('NotAllowedError')
    const downloads = captureDownloads()
    const { user } = await openSettings()
    await user.click(screen.getByRole('button', { name: '分享备份文件' }))
    expect(await screen.findByText('上次导出：刚刚')).toBeInTheDocument()
    expect(downloads.names).toEqual([expect.stringMatching(/^sim-cancel-checklist-\d{4}-\d{2}-\d{2}\.json$/)])
    const backup = JSON.parse(await downloads.blobs[0]!.text())
    expect(backup.state.people.me.guides.esim['settle-bill'].done).toBe(true)
  })

  it('does nothing more when the person closes the share sheet: no download, no backup counted', async () => {
    const share = withShareSheet('AbortError')
    const downloads = captureDownloads()
    const { user } = await openSettings()
    await user.click(screen.getByRole('button', { name: '分享备份文件' }))
    await shareSettled()
    expect(share).toHaveBeenCalledOnce()
    expect(downloads.names).toEqual([])
    expect(screen.getByText('还没有导出过备份。')).toBeInTheDocument()
    expect(window.localStorage.getItem(LAST_BACKUP_KEY)).toBeNull()
  })
})

/** A step that waits, its 说明 open. */
async function openReminder() {
  const { user } = await renderApp('/guides/physical-sim')
  await screen.findByRole('checkbox', { name: '妥善处理旧卡' })
  const card = document.getElementById('item-old-card') as HTMLElement
  await user.click(within(card).getByText('说明和备注', { exact: false }))
  await within(card).findByLabelText('加到日历：哪天提醒你')
  return { user, card }
}

describe('the calendar reminder, shared where the phone takes calendar files', () => {
  it('has only 下载日历提醒 where the share sheet takes no calendar files', async () => {
    const share = withShareSheet('shared', { takesFiles: false })
    const downloads = captureDownloads()
    const { user, card } = await openReminder()
    expect(within(card).queryByRole('button', { name: '分享日历提醒' })).toBeNull()
    await user.click(within(card).getByRole('button', { name: '下载日历提醒' }))
    expect(downloads.names).toEqual([expect.stringMatching(/^reminder-old-card-\d{4}-\d{2}-\d{2}\.ics$/)])
    expect(share).not.toHaveBeenCalled()
  })

  it('gives the share sheet the calendar file', async () => {
    const share = withShareSheet('shared')
    const downloads = captureDownloads()
    const { user, card } = await openReminder()
    await user.click(within(card).getByRole('button', { name: '分享日历提醒' }))
    await shareSettled()
    const [file] = share.mock.calls[0]?.[0].files ?? []
    expect(file?.name).toMatch(/^reminder-old-card-\d{4}-\d{2}-\d{2}\.ics$/)
    expect(file?.type).toBe('text/calendar')
    expect(await file?.text()).toContain('SUMMARY:注销清单：妥善处理旧卡')
    expect(downloads.names).toEqual([])
  })

  it('downloads it instead when the share sheet refuses it', async () => {
    withShareSheet('NotAllowedError')
    const downloads = captureDownloads()
    const { user, card } = await openReminder()
    await user.click(within(card).getByRole('button', { name: '分享日历提醒' }))
    await waitFor(() => expect(downloads.names).toEqual([expect.stringMatching(/^reminder-old-card-\d{4}-\d{2}-\d{2}\.ics$/)]))
  })

  it('does nothing more when the person closes the share sheet', async () => {
    const share = withShareSheet('AbortError')
    const downloads = captureDownloads()
    const { user, card } = await openReminder()
    await user.click(within(card).getByRole('button', { name: '分享日历提醒' }))
    await shareSettled()
    expect(share).toHaveBeenCalledOnce()
    expect(downloads.names).toEqual([])
    expect(within(card).queryByRole('alert')).toBeNull()
  })
})
