import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
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

  it.each(['#%', '#%E0%A4%A', '#item-%', '#%ZZ', '#item-%E4%BD'])(
    'opens a guide whose link ends in a broken escape (%s) as if it had no #',
    async (hash) => {
      await renderApp(`/guides/physical-sim${hash}`)
      expect(await screen.findByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })).toBeInTheDocument()
      expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeInTheDocument()
    },
  )

  it('shows a plain message with a way home when a screen fails, and the next screen works again', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })
    // Something unexpected throws while the guide renders (here: the date formatter, as printing starts).
    const format = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new RangeError('boom')
    })
    act(() => void window.dispatchEvent(new Event('beforeprint')))
    expect(await screen.findByRole('heading', { level: 1, name: '这个页面没能显示出来' })).toBeInTheDocument()
    expect(screen.getByText(/勾选和备注都还好好地存在这台设备上/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument()
    // The header still works around it.
    format.mockRestore()
    await user.click(screen.getByRole('link', { name: '手机卡注销清单' }))
    expect(await screen.findByRole('heading', { level: 1, name: '一步一步注销手机号' })).toBeInTheDocument()
    expect(logged).toHaveBeenCalled()
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
