import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { sayOfflineReady, sayWhatsNew } from '../../src/app/appNews.ts'
import { useAppUpdate } from '../../src/pwa/appUpdate.ts'
import { APP_VERSION_KEY, OFFLINE_READY_SAID_KEY } from '../../src/storage/keys.ts'
import { renderApp } from './renderApp.tsx'

const offlineNote = () => screen.queryByText('可以离线使用了：没有网络也能打开这份清单。')
/** What the app says, on a new version's first start. */
const updatedNote = () => screen.queryByText(/^已更新到 .+ 版。/)

describe('可以离线使用了: said once, the first time the service worker has the app', () => {
  it('says so politely when the worker has cached the app, until 知道了', async () => {
    const { user } = await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: '一步一步注销手机号' })
    expect(offlineNote()).toBeNull()
    // What the service worker's first install calls (boot/startApp.tsx).
    act(() => sayOfflineReady())
    const note = await screen.findByText('可以离线使用了：没有网络也能打开这份清单。')
    expect(note.closest('[role="status"]')).not.toBeNull()
    await user.click(screen.getByRole('button', { name: '知道了' }))
    expect(offlineNote()).toBeNull()
  })

  it('never says it again on a later start, even if the worker is installed anew', async () => {
    const first = await renderApp('/')
    act(() => sayOfflineReady())
    expect(await screen.findByText('可以离线使用了：没有网络也能打开这份清单。')).toBeInTheDocument()
    first.unmount()

    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: '一步一步注销手机号' })
    act(() => sayOfflineReady())
    // Nothing to say: no notice is on its way either.
    expect(useAppUpdate.getState().news).toEqual([])
    expect(offlineNote()).toBeNull()
  })

  it('says it once when what is stored is junk, and when storage cannot be read at all', async () => {
    window.localStorage.setItem(OFFLINE_READY_SAID_KEY, '{"not":"ours"}')
    const first = await renderApp('/')
    act(() => sayOfflineReady())
    expect(await screen.findByText('可以离线使用了：没有网络也能打开这份清单。')).toBeInTheDocument()
    first.unmount()

    await renderApp('/', {
      beforeStart: () =>
        vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
          throw new DOMException('Storage is blocked', 'SecurityError')
        }),
    })
    act(() => sayOfflineReady())
    expect(await screen.findByText('可以离线使用了：没有网络也能打开这份清单。')).toBeInTheDocument()
  })
})

describe('the version', () => {
  it('shows in 进度与备份 with the day it was built, and whether the app opens offline', async () => {
    expect(__BUILD_DATE__).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await renderApp('/settings')
    expect(await screen.findByText(`版本 ${__APP_VERSION__} · ${__BUILD_DATE__}`)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: '离线与版本' })).toBeInTheDocument()
    // jsdom has no service workers, as some browsers do not.
    expect(screen.getByText('这个浏览器不能离线使用，没有网络时打不开这份清单。')).toBeInTheDocument()
  })

  it('says the app is ready offline where a service worker runs the page, and not yet where none does', async () => {
    const serviceWorker = { controller: {}, ready: Promise.resolve({}) }
    Object.defineProperty(navigator, 'serviceWorker', { value: serviceWorker, configurable: true })
    try {
      const first = await renderApp('/settings')
      expect(await screen.findByText('已经可以离线使用：没有网络也能打开这份清单。')).toBeInTheDocument()
      first.unmount()
      // Registered, still caching: `ready` has not resolved.
      Object.assign(serviceWorker, { controller: null, ready: new Promise(() => {}) })
      await renderApp('/settings')
      expect(await screen.findByText('还不能离线使用。有网络时打开一次，稍等片刻就好。')).toBeInTheDocument()
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker')
    }
  })
})

describe('what a new version brought: said once, by the new version', () => {
  it('says which version it is and what changed, on the first start after an update', async () => {
    expect(__APP_VERSION__).not.toBe('0.0.0')
    window.localStorage.setItem(APP_VERSION_KEY, '0.0.0')
    const { user } = await renderApp('/')
    // As startApp does once the page has loaded.
    act(() => sayWhatsNew())
    const note = await screen.findByText(
      `已更新到 ${__APP_VERSION__} 版。这一版加了香港繁体，整理了各种情况的步骤，链接和备份也能直接用手机分享了。`,
    )
    expect(note.closest('[role="status"]')).not.toBeNull()
    await user.click(screen.getByRole('button', { name: '知道了' }))
    expect(updatedNote()).toBeNull()
    expect(window.localStorage.getItem(APP_VERSION_KEY)).toBe(__APP_VERSION__)
  })

  it('says nothing on a first visit, on the next start, or over a stored version that is junk', async () => {
    for (const stored of [null, __APP_VERSION__, 'not a version', '99999.0.0']) {
      if (stored === null) window.localStorage.removeItem(APP_VERSION_KEY)
      else window.localStorage.setItem(APP_VERSION_KEY, stored)
      const view = await renderApp('/')
      await screen.findByRole('heading', { level: 1, name: '一步一步注销手机号' })
      act(() => sayWhatsNew())
      expect(useAppUpdate.getState().news).toEqual([])
      expect(updatedNote()).toBeNull()
      expect(window.localStorage.getItem(APP_VERSION_KEY)).toBe(__APP_VERSION__)
      view.unmount()
    }
  })
})
