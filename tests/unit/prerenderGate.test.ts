// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { finishPrerenderedScreen, firstPaint, gatePrerendered, type Visit } from '../../src/page/prerenderGate.ts'
import { fingerprint, keepScreen, keptScreenFor, MAX_SCREEN_CHARS, MAX_SCREENS } from '../../src/storage/keptScreens.ts'
import { EARLY_TAPS_KEY, LANGUAGE_KEY, LAST_SCREEN_KEY } from '../../src/storage/keys.ts'
import { stepsTickedForFirstPaint } from '../../src/progress/firstPaint.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'

const storage = (saved: Record<string, string> = {}) => ({ getItem: (key: string) => saved[key] ?? null })
const firstVisit: Visit = {
  build: 'build-1',
  prerenderedPath: '/guides/esim',
  pathname: '/guides/esim',
  prerenderedScripts: ['zh-Hans', 'zh-Hant'],
  storage: storage(),
  languages: ['zh-CN'],
}

const showsPrerendered = (visit: Visit) => firstPaint(visit) !== null
const prerenderedScript = (visit: Visit) => firstPaint(visit)?.script ?? null

describe('firstPaint: the prerendered screen shows only when the app will draw the same', () => {
  it('shows for a first visit in Simplified on the page it was made for', () => {
    expect(showsPrerendered(firstVisit)).toBe(true)
    expect(showsPrerendered({ ...firstVisit, languages: ['en-US'] })).toBe(true)
    expect(showsPrerendered({ ...firstVisit, languages: [] })).toBe(true)
    expect(showsPrerendered({ ...firstVisit, storage: storage({ [LANGUAGE_KEY]: 'zh-Hans' }), languages: ['zh-TW'] })).toBe(true)
  })

  it('not while taps made before the script are still waiting for the app (they would not show in it)', () => {
    expect(showsPrerendered({ ...firstVisit, storage: storage({ [EARLY_TAPS_KEY]: '[]' }) })).toBe(false)
  })

  it('not on another page (index.html also answers unknown paths)', () => {
    expect(showsPrerendered({ ...firstVisit, pathname: '/settings' })).toBe(false)
    expect(showsPrerendered({ ...firstVisit, pathname: '/guides/esim/' })).toBe(false)
  })

  it('with a returning visitor’s ticks on a guide, when the saved state is simple enough to draw as the app will', () => {
    const me = (guides: object, more: object = {}) =>
      JSON.stringify({
        version: 4,
        state: {
          currentPersonId: 'me',
          people: { me: { name: null, at: 0, removed: false, guides, notes: {}, answers: {}, ownSteps: {}, ...more } },
        },
      })
    // A save from before own steps (version 3) draws at once too.
    const v3 = (guides: object) =>
      JSON.stringify({
        version: 3,
        state: { currentPersonId: 'me', people: { me: { name: null, at: 0, removed: false, guides, notes: {}, answers: {} } } },
      })
    const ticks = {
      esim: { decide: { done: true, at: 1 }, backup: { done: false, at: 2 } },
      'physical-sim': { decide: { done: true, at: 3 } },
    }
    expect(firstPaint({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: me(ticks) }) })).toEqual({
      script: 'zh-Hans',
      ticked: ['decide'],
    })
    expect(firstPaint({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: v3(ticks) }) })?.ticked).toEqual(['decide'])
    // Answers, a note or an own step in this guide change the screen; so would another person, a name, or anything odd.
    const cannot = [
      me(ticks, { ownSteps: { esim: { 'own-a1': { section: 'before', title: '解绑银行', at: 1 } } } }),
      me(ticks, { ownSteps: { esim: { 'own-a1': { section: 'before', title: 9, at: 1 } } } }),
      me(ticks, { ownSteps: { 'physical-sim': { decide: { section: 'before', title: '', at: 1 } } } }),
      v3(ticks).replace('"answers":{}', '"answers":{},"ownSteps":{}'),
      me(ticks, { answers: { esim: { watch: { value: 'yes', at: 1 } } } }),
      me(ticks, { notes: { esim: { decide: { text: '工单号', at: 1 } } } }),
      me(ticks, { name: '小红' }),
      me({ esim: { decide: { done: true, at: -1 } } }),
      me({ esim: { toString: { done: true, at: 1 } } }),
      me(ticks).replace('"version":4', '"version":5'),
      me(ticks).replace(
        '"people":{',
        '"people":{"p-mum":{"name":"妈妈","at":0,"removed":false,"guides":{},"notes":{},"answers":{},"ownSteps":{}},',
      ),
    ]
    for (const saved of cannot) expect(firstPaint({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: saved }) }), saved).toBeNull()
    // Answers and notes elsewhere, or emptied ones here, change nothing on this screen.
    const elsewhere = me(ticks, {
      answers: { esim: { watch: { value: '', at: 1 } } },
      notes: { 'physical-sim': { decide: { text: '笔记', at: 1 } } },
    })
    expect(firstPaint({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: elsewhere }) })?.ticked).toEqual(['decide'])
    // Home, with its cards, waits for the app (or a screen it last drew, below).
    expect(firstPaint({ ...firstVisit, prerenderedPath: '/', pathname: '/', storage: storage({ [PROGRESS_KEY]: me(ticks) }) })).toBeNull()
  })

  it('not when anything is saved that it cannot draw: data the app will report on', () => {
    for (const saved of ['{"version":2,"state":{}}', 'not json', '']) {
      expect(showsPrerendered({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: saved }) })).toBe(false)
    }
  })

  it('in Traditional for a Traditional reader, by choice or by browser language', () => {
    expect(prerenderedScript({ ...firstVisit, storage: storage({ [LANGUAGE_KEY]: 'zh-Hant' }) })).toBe('zh-Hant')
    for (const languages of [['zh-TW'], ['zh-HK'], ['en-US', 'zh-Hant']]) {
      expect(prerenderedScript({ ...firstVisit, languages })).toBe('zh-Hant')
    }
    expect(prerenderedScript(firstVisit)).toBe('zh-Hans')
  })

  it('not in a script the page does not carry', () => {
    expect(prerenderedScript({ ...firstVisit, prerenderedScripts: ['zh-Hans'], languages: ['zh-TW'] })).toBeNull()
  })
})

describe('a returning visitor’s screen as the app last drew it', () => {
  const saved = JSON.stringify({ version: 3, state: { currentPersonId: 'p-mum', people: {} } })
  const html = '<main><h1>注销 eSIM</h1></main>'
  const keptFor = (entries: [string, unknown][], build = 'build-1') => JSON.stringify({ build, screens: Object.fromEntries(entries) })
  const screen = { script: 'zh-Hans', progress: fingerprint(saved), html }
  const returning = (kept: string, more: Record<string, string> = {}) => ({
    ...firstVisit,
    storage: storage({ [PROGRESS_KEY]: saved, [LAST_SCREEN_KEY]: kept, ...more }),
  })

  it('shows in place of the prerender when it was drawn from this very progress, build, page and script', () => {
    expect(firstPaint(returning(keptFor([['/guides/esim', screen]])))).toEqual({ script: 'zh-Hans', ticked: [], kept: html })
    expect(firstPaint({ ...returning(keptFor([['/', screen]])), prerenderedPath: '/', pathname: '/' })?.kept).toBe(html)
  })

  it('not when anything it was drawn from has changed since, or the record is damaged', () => {
    const stale = [
      keptFor([['/guides/esim', screen]], 'build-0'),
      keptFor([['/guides/physical-sim', screen]]),
      keptFor([['/guides/esim', { ...screen, script: 'zh-Hant' }]]),
      keptFor([['/guides/esim', { ...screen, progress: fingerprint(saved + ' ') }]]),
      keptFor([['/guides/esim', { ...screen, html: 42 }]]),
      keptFor([['/guides/esim', { ...screen, html: 'x'.repeat(MAX_SCREEN_CHARS + 1) }]]),
      keptFor([['/guides/esim', null]]),
      keptFor([['__proto__', screen]]),
      '{"build":"build-1","screens":[]}',
      'not json',
    ]
    for (const kept of stale) expect(firstPaint(returning(kept))?.kept, kept.slice(0, 120)).toBeUndefined()
    // Taps not yet taken in by the app would not show in it either.
    expect(firstPaint(returning(keptFor([['/guides/esim', screen]]), { [EARLY_TAPS_KEY]: '[]' }))).toBeNull()
    // A page without a build to match (none is named) never shows one.
    expect(firstPaint({ ...returning(keptFor([['/guides/esim', screen]], '')), build: '' })?.kept).toBeUndefined()
  })

  it('is kept for the latest few pages of one build, and gives way when storage is full', () => {
    const store = new Map<string, string>()
    const local = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    } as Storage
    const paths = ['/', '/guides/esim', '/guides/physical-sim', '/guides/esim', '/guides/port-out']
    for (const path of paths) expect(keepScreen(local, 'build-1', path, { ...screen, html: path })).toBe(true)
    const kept = JSON.parse(store.get(LAST_SCREEN_KEY) ?? '{}') as { screens: Record<string, { html: string }> }
    expect(Object.keys(kept.screens)).toEqual(['/guides/physical-sim', '/guides/esim', '/guides/port-out'].slice(-MAX_SCREENS))
    // Another build starts afresh.
    keepScreen(local, 'build-2', '/', screen)
    expect(keptScreenFor(local, { build: 'build-2', path: '/guides/esim', script: 'zh-Hans', saved })).toBeNull()
    expect(keptScreenFor(local, { build: 'build-2', path: '/', script: 'zh-Hans', saved })).toBe(html)
    // Too long to keep, or no room: nothing is kept, and nothing is left half-written.
    expect(keepScreen(local, 'build-2', '/', { ...screen, html: 'x'.repeat(MAX_SCREEN_CHARS + 1) })).toBe(false)
    local.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    expect(keepScreen(local, 'build-2', '/guides/esim', screen)).toBe(false)
    expect(store.has(LAST_SCREEN_KEY)).toBe(false)
  })
})

describe('stepsTickedForFirstPaint reads what the app itself saves', () => {
  it('accepts the store’s own save, so the page and the app never disagree on the format', () => {
    useProgress.getState().toggleStep('esim', 'decide', true)
    useProgress.getState().toggleStep('esim', 'backup', true)
    useProgress.getState().toggleStep('esim', 'backup', false)
    const saved = window.localStorage.getItem(PROGRESS_KEY) ?? ''
    expect(stepsTickedForFirstPaint(saved, 'esim')).toEqual(['decide'])
    useProgress.getState().setNote('esim', 'decide', '工单号')
    expect(stepsTickedForFirstPaint(window.localStorage.getItem(PROGRESS_KEY) ?? '', 'esim')).toBeNull()
  })
})

describe('the page finishes each reader’s screen as it arrives, one copy after the other', () => {
  // The page as the build writes it (scripts/prerender.ts), read by the browser piece by piece:
  // the gate in <head>, then the Simplified copy and its finishing script, then the Traditional copy and its own.
  const copy = (lang: 'zh-Hans' | 'zh-Hant') => {
    const [first, second, counted] = lang === 'zh-Hans' ? ['先备份', '再注销', '已完成 0/2 步'] : ['先備份', '再註銷', '已完成 0/2 步']
    const element = Object.assign(document.createElement('div'), { className: 'prerendered', lang })
    element.innerHTML =
      `<article class="guide" data-guide="esim"><p class="lead">—</p>` +
      `<div class="guide-progress"><progress value="0" max="2"></progress><span class="progress-text">${counted}</span></div>` +
      `<ol class="steps"><li class="step" id="item-backup"><label><input type="checkbox" data-step="backup"><span class="step-title">${first}</span></label></li>` +
      `<li class="step" id="item-cancel"><label><input type="checkbox" data-step="cancel"><span class="step-title">${second}</span></label></li></ol>` +
      `<div class="reset-guide"><button disabled>重新开始</button></div></article>`
    return element
  }
  const page = document.documentElement

  /** Opens /guides/esim with this storage; returns the next piece of the page to read, each call. */
  function open(saved: Record<string, string>) {
    localStorage.clear()
    for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value)
    window.history.replaceState(null, '', '/guides/esim')
    page.className = ''
    page.lang = 'zh-Hans'
    delete page.dataset.ticked
    document.head.replaceChildren()
    document.body.replaceChildren()
    const gate = Object.assign(document.createElement('script'), { type: 'text/plain' })
    Object.assign(gate.dataset, {
      path: '/guides/esim',
      build: 'build-1',
      scripts: 'zh-Hans zh-Hant',
      nextHans: '下一步：',
      nextHant: '下一步：',
    })
    document.head.append(gate)
    gatePrerendered(gate)
    const root = Object.assign(document.createElement('div'), { id: 'root' })
    document.body.append(root)
    return (lang: 'zh-Hans' | 'zh-Hant') => {
      const finish = Object.assign(document.createElement('script'), { type: 'text/plain' })
      root.append(copy(lang), finish)
      finishPrerenderedScreen(finish)
    }
  }
  const copies = () => [...document.querySelectorAll<HTMLElement>('.prerendered')].map((element) => element.lang)
  const waiting = () => page.classList.contains('prerendered-wait')
  const skipped = () => page.classList.contains('skip-prerendered')
  const ticked = () => [...document.querySelectorAll<HTMLInputElement>('.prerendered input:checked')].map((box) => box.dataset.step)
  const counted = () => document.querySelector('.prerendered .progress-text')?.textContent
  const saved = (guides: object) =>
    JSON.stringify({
      version: 4,
      state: {
        currentPersonId: 'me',
        people: { me: { name: null, at: 0, removed: false, guides, notes: {}, answers: {}, ownSteps: {} } },
      },
    })

  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('a Simplified reader’s screen is whole after its own copy; the Traditional copy is dropped when read', () => {
    const read = open({})
    read('zh-Hans')
    expect([copies(), waiting(), skipped()]).toEqual([['zh-Hans'], false, false])
    read('zh-Hant')
    expect(copies()).toEqual(['zh-Hans'])
  })

  it('a Traditional reader’s screen shows as it comes: the Simplified copy is dropped before the Traditional one is read', () => {
    const read = open({ [LANGUAGE_KEY]: 'zh-Hant' })
    expect(page.lang).toBe('zh-Hant')
    read('zh-Hans')
    expect([copies(), waiting()]).toEqual([[], false])
    read('zh-Hant')
    expect([copies(), waiting(), skipped()]).toEqual([['zh-Hant'], false, false])
  })

  it('a returning Simplified reader’s ticks, count and 下一步 are in before the Traditional copy arrives', () => {
    const read = open({ [PROGRESS_KEY]: saved({ esim: { backup: { done: true, at: 1 } } }) })
    expect(waiting()).toBe(true)
    read('zh-Hans')
    expect([waiting(), skipped(), ticked(), counted()]).toEqual([false, false, ['backup'], '已完成 1/2 步'])
    expect(document.querySelector('.next-step')?.textContent).toBe('下一步：再注销')
    read('zh-Hant')
    expect([copies(), ticked()]).toEqual([['zh-Hans'], ['backup']])
  })

  it('a returning Traditional reader waits behind the stand-in for the Traditional copy, then sees it ticked', () => {
    const read = open({ [LANGUAGE_KEY]: 'zh-Hant', [PROGRESS_KEY]: saved({ esim: { backup: { done: true, at: 1 } } }) })
    read('zh-Hans')
    expect([copies(), waiting()]).toEqual([[], true])
    read('zh-Hant')
    expect([copies(), waiting(), skipped(), ticked(), counted()]).toEqual([['zh-Hant'], false, false, ['backup'], '已完成 1/2 步'])
    expect(document.querySelector('.next-step')?.textContent).toBe('下一步：再註銷')
  })

  it('a screen that cannot be finished as the app will draw it (every step done) leaves the stand-in, and only one copy', () => {
    const read = open({ [PROGRESS_KEY]: saved({ esim: { backup: { done: true, at: 1 }, cancel: { done: true, at: 2 } } }) })
    read('zh-Hans')
    expect([waiting(), skipped()]).toEqual([false, true])
    read('zh-Hant')
    expect(copies()).toEqual(['zh-Hans'])
  })
})
