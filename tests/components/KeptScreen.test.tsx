import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hydrateRoot, type Root } from 'react-dom/client'
import { MemoryRouter } from 'react-router'
import { AppScreens } from '../../src/app/AppScreens.tsx'
import { keepLastScreen } from '../../src/boot/keepLastScreen.tsx'
import { finishPrerenderedScreen, gatePrerendered } from '../../src/boot/gate.ts'
import { fingerprint } from '../../src/boot/keptScreens.ts'
import { LAST_SCREEN_KEY, PROGRESS_KEY } from '../../src/storage/keys.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { useAppUpdate } from '../../src/pwa/appUpdate.ts'
import { renderApp } from './renderApp.tsx'

/**
 * The screen the app keeps for the next visit's first paint
 * (src/boot/keepLastScreen.tsx): drawn afresh from the saved progress, and
 * only when the next visit's first render will draw the same.
 */
const GUIDE = '/guides/physical-sim'
let stop = () => {}

/** The page is left (another app, the tab closed): the screen is kept at once. */
function leavePage() {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
  act(() => void document.dispatchEvent(new Event('visibilitychange')))
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
}

/** What was kept for `path`, as a document to query; null if nothing. */
function keptScreen(path: string) {
  const kept = JSON.parse(window.localStorage.getItem(LAST_SCREEN_KEY) ?? '{}') as {
    drawing?: string
    screens?: Record<string, { script: string; progress: string; html: string }>
  }
  const entry = kept.screens?.[path]
  if (!entry) return null
  const page = document.createElement('template')
  page.innerHTML = entry.html
  return { ...entry, drawing: kept.drawing, page: page.content }
}

/** A visit that ticked 结清欠费 and was left: its screen is kept, and it keeps nothing more. */
async function visitThatKeptItsScreen() {
  await renderApp(GUIDE)
  await screen.findByRole('checkbox', { name: '结清欠费' })
  act(() => useProgress.getState().toggleStep('physical-sim', 'settle-bill', true))
  stop = keepLastScreen()
  leavePage()
  stop()
}

/** A built page names what its screens were drawn from on its early script (scripts/prerender.ts). */
function nameDrawing() {
  const script = Object.assign(document.createElement('script'), { type: 'application/json' })
  Object.assign(script.dataset, { drawing: 'drawing-7', path: GUIDE, scripts: 'zh-Hans zh-Hant' })
  document.head.append(script)
  return script
}

beforeEach(() => {
  nameDrawing()
  window.history.replaceState(null, '', GUIDE)
})

afterEach(() => {
  stop()
  document.head.querySelector('script[data-drawing]')?.remove()
  window.history.replaceState(null, '', '/')
})

describe('the screen kept for the next visit', () => {
  it('is the guide as the next visit will draw it: ticks and notes, not what this visit opened or jumped to', async () => {
    const { user } = await renderApp(`${GUIDE}#item-backup`)
    await screen.findByRole('checkbox', { name: '结清欠费' })
    act(() => useProgress.getState().toggleStep('physical-sim', 'settle-bill', true))
    act(() => useProgress.getState().setNote('physical-sim', 'settle-bill', '交了 35 元'))
    await user.click(screen.getAllByText('说明和备注', { exact: false })[0]!)
    // On screen now: the step 继续 jumped to, and a detail opened.
    expect(document.querySelectorAll('details[open], [aria-current]')).toHaveLength(2)
    stop = keepLastScreen()
    leavePage()

    const kept = keptScreen(GUIDE)
    expect(kept).not.toBeNull()
    expect(kept?.drawing).toBe('drawing-7')
    expect(kept?.script).toBe('zh-Hans')
    expect(kept?.progress).toBe(fingerprint(window.localStorage.getItem(PROGRESS_KEY) ?? ''))
    const page = kept!.page
    expect(page.querySelector('h1')?.textContent).toBe('实体手机卡：注销、转网、过户、保号')
    expect([...page.querySelectorAll('input[checked]')].map((box) => box.getAttribute('data-step'))).toEqual(['settle-bill'])
    expect(page.textContent).toContain('交了 35 元')
    // What this visit opened or jumped to is not part of the next one.
    expect(page.querySelectorAll('details[open], [aria-current]')).toHaveLength(0)
  })

  it('is not kept while the screen would differ next time, or the saved progress is not what it shows', async () => {
    const { user } = await renderApp(GUIDE)
    const settle = await screen.findByRole('checkbox', { name: '结清欠费' })
    await user.click(settle)
    await user.click(settle)
    // An untick offers 撤销 for a few seconds: the next visit will not.
    expect(useProgress.getState().undoable).not.toBeNull()
    stop = keepLastScreen()
    leavePage()
    expect(keptScreen(GUIDE)).toBeNull()

    act(() => useProgress.getState().dismissUndo())
    // Saved by something other than this app (another tab, say), and not yet taken in.
    const saved = window.localStorage.getItem(PROGRESS_KEY) ?? ''
    window.localStorage.setItem(PROGRESS_KEY, saved.replace('"done":false', '"done":true'))
    leavePage()
    expect(keptScreen(GUIDE)).toBeNull()

    window.localStorage.setItem(PROGRESS_KEY, saved)
    leavePage()
    expect(keptScreen(GUIDE)?.page.querySelector('h1')?.textContent).toBe('实体手机卡：注销、转网、过户、保号')
  })

  it('waits while the app’s news is on show, and is kept without it when the page is left (the news has been read)', async () => {
    await renderApp(GUIDE)
    await screen.findByRole('checkbox', { name: '结清欠费' })
    act(() => useAppUpdate.getState().tell('offline-ready'))
    await screen.findByText('可以离线使用了', { exact: false })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      stop = keepLastScreen()
      act(() => useProgress.getState().toggleStep('physical-sim', 'settle-bill', true))
      act(() => vi.advanceTimersByTime(5000))
      expect(keptScreen(GUIDE)).toBeNull()
    } finally {
      vi.useRealTimers()
    }
    leavePage()
    expect(useAppUpdate.getState().news).toEqual([])
    const kept = keptScreen(GUIDE)!
    expect(kept.page.textContent).not.toContain('可以离线使用了')
    expect([...kept.page.querySelectorAll('input[checked]')].map((box) => box.getAttribute('data-step'))).toEqual(['settle-bill'])
  })

  it('is drawn a moment after the ticks settle: a tick within that moment puts it off, and the drawing is of the last one', async () => {
    await renderApp(GUIDE)
    await screen.findByRole('checkbox', { name: '结清欠费' })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      stop = keepLastScreen()
      act(() => useProgress.getState().toggleStep('physical-sim', 'settle-bill', true))
      act(() => vi.advanceTimersByTime(999))
      expect(keptScreen(GUIDE)).toBeNull()
      // The next tick comes just before the moment is over: the moment starts again.
      act(() => useProgress.getState().toggleStep('physical-sim', 'decide', true))
      act(() => vi.advanceTimersByTime(999))
      expect(keptScreen(GUIDE)).toBeNull()
      act(() => vi.advanceTimersByTime(1))
    } finally {
      vi.useRealTimers()
    }
    const kept = keptScreen(GUIDE)!
    expect([...kept.page.querySelectorAll('input[checked]')].map((box) => box.getAttribute('data-step'))).toEqual(['decide', 'settle-bill'])
    expect(kept.progress).toBe(fingerprint(window.localStorage.getItem(PROGRESS_KEY) ?? ''))
  })

  it('is not drawn again when the visit starts from the screen kept for it: only once something changes', async () => {
    await visitThatKeptItsScreen()
    // The screen kept for this drawing, script and saved progress (marked, to see whether it is drawn again).
    const kept = JSON.parse(window.localStorage.getItem(LAST_SCREEN_KEY)!) as { screens: Record<string, { html: string }> }
    kept.screens[GUIDE]!.html += '<p>kept before</p>'
    window.localStorage.setItem(LAST_SCREEN_KEY, JSON.stringify(kept))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      stop = keepLastScreen()
      act(() => vi.advanceTimersByTime(5000))
      expect(keptScreen(GUIDE)?.page.textContent).toContain('kept before')
      act(() => useProgress.getState().toggleStep('physical-sim', 'decide', true))
      act(() => vi.advanceTimersByTime(1000))
    } finally {
      vi.useRealTimers()
    }
    expect(keptScreen(GUIDE)?.page.textContent).not.toContain('kept before')
    expect([...keptScreen(GUIDE)!.page.querySelectorAll('input[checked]')].map((box) => box.getAttribute('data-step'))).toEqual([
      'decide',
      'settle-bill',
    ])
  })

  it('is not drawn again as the visit starts after a text changed (an earlier build drew it): only once something changes or the page is left', async () => {
    await visitThatKeptItsScreen()
    // The same progress, kept by the build before this one.
    const kept = JSON.parse(window.localStorage.getItem(LAST_SCREEN_KEY)!) as { drawing: string; screens: Record<string, { html: string }> }
    kept.drawing = 'drawing-6'
    window.localStorage.setItem(LAST_SCREEN_KEY, JSON.stringify(kept))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      stop = keepLastScreen()
      act(() => vi.advanceTimersByTime(5000))
      expect(keptScreen(GUIDE)?.drawing).toBe('drawing-6')
    } finally {
      vi.useRealTimers()
    }
    leavePage()
    expect(keptScreen(GUIDE)?.drawing).toBe('drawing-7')
    expect([...keptScreen(GUIDE)!.page.querySelectorAll('input[checked]')].map((box) => box.getAttribute('data-step'))).toEqual([
      'settle-bill',
    ])
  })

  it('is drawn a moment after the visit starts when what is kept is for other progress', async () => {
    await visitThatKeptItsScreen()
    // Saved since by another tab, say, and taken in: the kept screen is of the progress before.
    act(() => useProgress.getState().toggleStep('physical-sim', 'decide', true))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      stop = keepLastScreen()
      act(() => vi.advanceTimersByTime(1000))
    } finally {
      vi.useRealTimers()
    }
    expect(keptScreen(GUIDE)?.progress).toBe(fingerprint(window.localStorage.getItem(PROGRESS_KEY) ?? ''))
  })

  it('is kept only on a page that has a drawing to match, and only for home and the guides', async () => {
    await renderApp('/')
    await screen.findByRole('article', { name: '实体手机卡：注销、转网、过户、保号' })
    act(() => useProgress.getState().toggleStep('physical-sim', 'decide', true))
    document.head.querySelector('script[data-drawing]')?.remove()
    stop = keepLastScreen()
    leavePage()
    expect(window.localStorage.getItem(LAST_SCREEN_KEY)).toBeNull()

    nameDrawing()
    stop = keepLastScreen()
    window.history.replaceState(null, '', '/settings')
    leavePage()
    expect(window.localStorage.getItem(LAST_SCREEN_KEY)).toBeNull()
    window.history.replaceState(null, '', '/')
    leavePage()
    expect(keptScreen('/')?.page.querySelector('h1')?.textContent).toBe('一步一步注销手机号')
  })

  it('is what the next visit paints first and its app takes over as it is: a guide with ticks, answers, a note, an own step and another person', async () => {
    const { container } = await renderApp(GUIDE)
    await screen.findByRole('checkbox', { name: '结清欠费' })
    act(() => {
      const progress = useProgress.getState()
      progress.addPerson('妈妈的卡')
      progress.answerQuestion('physical-sim', 'where', 'mainland')
      progress.answerQuestion('physical-sim', 'plan', 'cancel')
      progress.toggleStep('physical-sim', 'settle-bill', true)
      progress.toggleStep('physical-sim', 'channel-hall', true)
      progress.setNote('physical-sim', 'settle-bill', '交了 35 元')
      progress.addOwnStep('physical-sim', 'before', '解绑招商银行')
    })
    await screen.findByRole('checkbox', { name: '解绑招商银行' })
    act(() => useProgress.getState().dismissUndo())
    stop = keepLastScreen()
    leavePage()
    const appText = container.textContent

    // The next visit's page, read by the browser as the build writes it: the gate, then the prerendered copy and its finishing script.
    const gate = document.head.querySelector<HTMLScriptElement>('script[data-drawing]')!
    gatePrerendered(gate)
    const root = Object.assign(document.createElement('div'), { id: 'next-visit' })
    const copy = Object.assign(document.createElement('div'), { className: 'prerendered', lang: 'zh-Hans' })
    copy.innerHTML = '<main><h1>实体手机卡：注销、转网、过户、保号</h1><p>第一次来的样子</p></main>'
    const finish = document.createElement('script')
    root.append(copy, finish)
    document.body.append(root)
    let nextVisit: Root | undefined
    try {
      finishPrerenderedScreen(finish)
      expect(document.documentElement.classList.contains('skip-prerendered')).toBe(false)
      const painted = root.querySelector<HTMLElement>('.prerendered')!
      // Buttons wait for the app there; the rest is the app's screen, ticks, note and own step in it.
      expect(painted.querySelector('button:not([inert])')).toBeNull()
      expect(painted.textContent).toBe(appText)
      expect(painted.textContent).toContain('交了 35 元')
      expect(painted.textContent).toContain('解绑招商银行')

      // The next visit's app takes it over as it is: React finds its first render there, and not one element is made anew.
      const elements = [...painted.querySelectorAll('*')]
      const notTakenOver: unknown[] = []
      // (The app lets its buttons go once it has taken them over; here they go first, or React in development says so.)
      for (const waiting of painted.querySelectorAll('[inert]')) waiting.removeAttribute('inert')
      await act(async () => {
        nextVisit = hydrateRoot(
          painted,
          <MemoryRouter initialEntries={[GUIDE]}>
            <AppScreens />
          </MemoryRouter>,
          { onRecoverableError: (error) => notTakenOver.push(error) },
        )
      })
      expect(notTakenOver).toEqual([])
      expect([...painted.querySelectorAll('*')]).toEqual(elements)
      expect(within(painted).getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
    } finally {
      act(() => nextVisit?.unmount())
      root.remove()
      document.documentElement.className = ''
    }
  })

  it('is kept for progress saved in an older format too, so the first visit after the format changed paints at once', async () => {
    // Version 3, from before own steps: the app reads it as it is and writes nothing until something changes.
    const older = JSON.stringify({
      version: 3,
      state: {
        currentPersonId: 'me',
        people: {
          me: { name: null, at: 0, removed: false, guides: { 'physical-sim': { decide: { done: true, at: 1 } } }, notes: {}, answers: {} },
        },
      },
    })
    window.localStorage.setItem(PROGRESS_KEY, older)
    await renderApp(GUIDE)
    expect(await screen.findByRole('checkbox', { name: '想清楚是不是真的要注销' })).toBeChecked()
    stop = keepLastScreen()
    leavePage()
    expect(window.localStorage.getItem(PROGRESS_KEY)).toBe(older)
    const kept = keptScreen(GUIDE)
    expect(kept?.progress).toBe(fingerprint(older))
    expect([...kept!.page.querySelectorAll('input[type=checkbox][checked]')].map((box) => box.getAttribute('data-step'))).toEqual([
      'decide',
    ])
  })
})
