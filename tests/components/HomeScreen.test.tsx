import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { renderApp } from './renderApp.tsx'

const DAY = 24 * 3600 * 1000

function seedProgress(marks: Record<string, Record<string, { done: boolean; at: number }>>) {
  window.localStorage.setItem(
    PROGRESS_KEY,
    JSON.stringify({ version: 1, state: { currentPersonId: 'me', people: { me: { name: null, guides: marks } } } }),
  )
}

describe('home screen', () => {
  it('lists the guides with their progress, not started yet', async () => {
    await renderApp('/')
    expect(screen.getByRole('heading', { level: 1, name: '一步一步注销手机号' })).toBeInTheDocument()
    const card = await screen.findByRole('article', { name: '实体手机卡：注销、转网、过户、保号' })
    expect(within(card).getByRole('progressbar', { name: '实体手机卡：注销、转网、过户、保号' })).toHaveAttribute('value', '0')
    expect(within(card).getByText('已完成 0/9')).toBeInTheDocument()
    expect(within(card).getByText('还没开始')).toBeInTheDocument()
    expect(within(card).getByRole('link', { name: '开始' })).toHaveAttribute('href', '/guides/physical-sim')
    expect(screen.getByRole('article', { name: '注销 eSIM' })).toBeInTheDocument()
  })

  it('says when a guide was last touched and continues at the first unticked step', async () => {
    const now = new Date('2026-11-22T10:00:00Z').getTime()
    vi.useFakeTimers({ now, toFake: ['Date'] })
    seedProgress({
      'physical-sim': {
        decide: { done: true, at: now - 3 * DAY },
        'settle-bill': { done: true, at: now - 3 * DAY - 1000 },
      },
    })
    const { user } = await renderApp('/')
    const card = await screen.findByRole('article', { name: '实体手机卡：注销、转网、过户、保号' })
    // Ticks only on steps of cancelling, saved before the plan question: the guide is on the cancelling path.
    expect(within(card).getByText('已完成 2/8')).toBeInTheDocument()
    const when = within(card).getByText('3天前')
    expect(when.parentElement).toHaveTextContent(/^上次勾选：3天前$/)
    // The time itself, for the next visit's first paint to bring up to date.
    expect(when).toHaveAttribute('datetime', new Date(now - 3 * DAY).toISOString())
    const resume = within(card).getByRole('link', { name: '继续' })
    expect(resume).toHaveAttribute('href', '/guides/physical-sim#item-backup')

    await user.click(resume)
    expect(await screen.findByRole('checkbox', { name: '备份通讯录和短信' })).toHaveFocus()
  })

  it('shows a friendly not-found page for an unknown path', async () => {
    await renderApp('/no/such/page')
    expect(await screen.findByRole('heading', { level: 1, name: '找不到这个页面' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/')
  })
})
