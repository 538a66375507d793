import { describe, expect, it } from 'vitest'
import { firstPaint, type Visit } from '../../src/app/prerenderGate.ts'
import { LANGUAGE_KEY } from '../../src/language/detect.ts'
import { fingerprint, keepScreen, keptScreenFor, MAX_SCREEN_CHARS, MAX_SCREENS } from '../../src/app/lastScreen.ts'
import { EARLY_TAPS_KEY, LAST_SCREEN_KEY } from '../../src/progress/progressKey.ts'
import { stepsTickedForFirstPaint } from '../../src/progress/firstPaint.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { PROGRESS_KEY } from '../../src/progress/savedProgress.ts'

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
