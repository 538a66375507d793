import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PROGRESS_KEY } from '../../src/progress/savedProgress.ts'
import { catalogueFile, renderApp, serveCatalogue } from './renderApp.tsx'

const savedTick = JSON.stringify({
  version: 1,
  state: { currentPersonId: 'me', people: { me: { name: null, guides: { 'physical-sim': { decide: { done: true, at: 1 } } } } } },
})

describe('when things go wrong', () => {
  it('explains a catalogue that fails to load, retries, and leaves saved progress alone', async () => {
    window.localStorage.setItem(PROGRESS_KEY, savedTick)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    let fail = true
    serveCatalogue((lang) => (fail ? new Response('', { status: 503 }) : Response.json(catalogueFile(lang))))
    const { user } = await renderApp('/guides/physical-sim')

    expect(await screen.findByRole('heading', { name: '清单没能加载出来' })).toBeInTheDocument()
    expect(screen.getByText(/已经勾选的记录都还在/)).toBeInTheDocument()
    expect(window.localStorage.getItem(PROGRESS_KEY)).toBe(savedTick)
    expect(logged).toHaveBeenCalled()

    fail = false
    await user.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('checkbox', { name: '想清楚是不是真的要注销' })).toBeChecked()
  })

  it('refuses a malformed catalogue with the same clear message', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    serveCatalogue(() => Response.json({ lang: 'zh-Hans', guides: [{ id: 'x', title: '' }] }))
    await renderApp('/')
    expect(await screen.findByRole('heading', { name: '清单没能加载出来' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument()
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/malformed/)
  })

  it('keeps unreadable saved progress aside, tells the user, and still works', async () => {
    window.localStorage.setItem(PROGRESS_KEY, '{"version":1,"state":{"people":')
    const { user } = await renderApp('/guides/physical-sim')
    expect(await screen.findByText(/保存的进度读不出来了/)).toBeInTheDocument()
    const kept = Object.keys(window.localStorage).filter((key) => key.startsWith(`${PROGRESS_KEY}:unreadable:`))
    expect(kept).toHaveLength(1)
    expect(window.localStorage.getItem(kept[0]!)).toBe('{"version":1,"state":{"people":')

    await user.click(screen.getByRole('checkbox', { name: '结清欠费' }))
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
  })

  it('does not overwrite progress saved by a newer version of the app', async () => {
    const newer = JSON.stringify({ version: 99, state: { anything: true } })
    window.localStorage.setItem(PROGRESS_KEY, newer)
    const { user } = await renderApp('/guides/physical-sim')
    expect(await screen.findByText(/更新版本/)).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: '结清欠费' }))
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
    expect(window.localStorage.getItem(PROGRESS_KEY)).toBe(newer)
  })
})
