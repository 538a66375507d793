import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SET_ASIDE_FORMAT } from '../../src/storage/setAside.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { useStorageStatus } from '../../src/progress/storageStatus.ts'
import { captureDownloads, renderApp } from './renderApp.tsx'

const fixture = () => JSON.parse(readFileSync(resolve('tests/unit/fixtures/progress-v3.json'), 'utf8'))
const asideKeys = () => Object.keys(window.localStorage).filter((key) => key.startsWith(`${PROGRESS_KEY}:unreadable:`))

/** The 我 of the fixture on screen, with one of its marks damaged. */
function seedDamaged() {
  const saved = fixture()
  saved.state.currentPersonId = 'me'
  saved.state.people.me.guides['physical-sim'].backup = { done: 'yes', at: 1 }
  const raw = JSON.stringify(saved)
  window.localStorage.setItem(PROGRESS_KEY, raw)
  return raw
}

describe('saved progress that is partly damaged', () => {
  it('names a damaged own step as one, and keeps the person’s other own steps', async () => {
    const saved = JSON.parse(readFileSync(resolve('tests/unit/fixtures/progress-v4.json'), 'utf8'))
    saved.state.currentPersonId = 'me'
    saved.state.people.me.ownSteps['physical-sim']['own-broken'] = { section: 'before', title: '长'.repeat(500), at: 1 }
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(saved))
    await renderApp('/guides/physical-sim')
    expect(await screen.findByText(/读不出来：1 个自己加的步骤。/)).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: '解绑招商银行' })).toBeChecked()
  })

  it('shows every part that reads, says what could not, and keeps the original aside once', async () => {
    const raw = seedDamaged()
    await renderApp('/guides/physical-sim')
    expect(
      await screen.findByText('保存的进度有一部分读不出来：1 个勾选。其余的勾选和备注都已经恢复，原始数据也另外存好了，可以导出留底。'),
    ).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: '想清楚是不是真的要注销' })).toBeChecked()
    expect(screen.getByText('工单号 A1234')).toBeInTheDocument()
    expect(
      within(screen.getByRole('radiogroup', { name: '这张卡是哪里的运营商？' })).getByRole('radio', { name: '中国内地' }),
    ).toBeChecked()
    expect(asideKeys().map((key) => window.localStorage.getItem(key))).toEqual([raw])
    // What was read is saved again at once, so the next visit is clean.
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? '{}').state.people.me.guides['physical-sim'].decide.done).toBe(true)
  })

  it('opens cleanly next time, with nothing more kept aside', async () => {
    seedDamaged()
    const first = await renderApp('/guides/physical-sim')
    await screen.findByText(/有一部分读不出来/)
    first.unmount()
    await renderApp('/guides/physical-sim')
    expect(await screen.findByRole('checkbox', { name: '想清楚是不是真的要注销' })).toBeChecked()
    expect(screen.queryByText(/读不出来/)).not.toBeInTheDocument()
    expect(asideKeys()).toHaveLength(1)
  })

  it('offers the original as a file from the notice', async () => {
    const raw = seedDamaged()
    const { blobs } = captureDownloads()
    const { user } = await renderApp('/')
    await user.click(await screen.findByRole('button', { name: '导出原始数据' }))
    const file = JSON.parse(await blobs[0]!.text())
    expect(file).toEqual({ format: SET_ASIDE_FORMAT, copies: [{ keptAt: expect.any(Number), text: raw }] })
  })

  it('lets the person export and then remove what was kept aside, on 进度与备份', async () => {
    seedDamaged()
    const { blobs } = captureDownloads()
    const { user } = await renderApp('/settings')
    const section = await screen.findByRole('region', { name: '读不出来的数据' })
    expect(section).toHaveTextContent(/另外存着 1 份读不出来的进度/)
    await user.click(within(section).getByRole('button', { name: '导出' }))
    expect(blobs).toHaveLength(1)
    await user.click(within(section).getByRole('button', { name: '删除' }))
    await user.click(within(await screen.findByRole('dialog', { name: '删除读不出来的数据？' })).getByRole('button', { name: '删除' }))
    expect(asideKeys()).toEqual([])
    expect(screen.getByText('已删除读不出来的数据。')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '读不出来的数据' })).not.toBeInTheDocument()
  })

  it('never stops saving because of a large unreadable value, however often the app is opened', async () => {
    const huge = `{"version":3,"state":${'x'.repeat(1_200_000)}`
    window.localStorage.setItem(PROGRESS_KEY, huge)
    for (let visit = 0; visit < 5; visit += 1) {
      const view = await renderApp('/guides/physical-sim')
      await screen.findByText(/保存的进度读不出来了/)
      view.unmount()
      window.localStorage.setItem(PROGRESS_KEY, huge)
    }
    expect(asideKeys()).toHaveLength(1)
    const { user } = await renderApp('/guides/physical-sim')
    await user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? '{}').state.people.me.guides['physical-sim']['settle-bill'].done).toBe(
      true,
    )
    expect(useStorageStatus.getState().problem).toBe('recovered')
  })
})
