// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { finishPrerenderedScreen, firstPaint, gatePrerendered, type Visit } from '../../src/boot/gate.ts'
import { fingerprint, keepScreen, keptScreenFor, MAX_SCREEN_CHARS, MAX_SCREENS } from '../../src/boot/keptScreens.ts'
import { EARLY_TAPS_KEY, LANGUAGE_KEY, LAST_SCREEN_KEY } from '../../src/storage/keys.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { DEFAULT_PERSON_ID, newPerson, PROGRESS_VERSION } from '../../src/progress/savedProgress.ts'
import type { Lang } from '../../src/language/detect.ts'

const storage = (saved: Record<string, string> = {}) => ({ getItem: (key: string) => saved[key] ?? null })
const firstVisit: Visit = {
  drawing: 'drawing-1',
  prerenderedPath: '/guides/esim',
  pathname: '/guides/esim',
  prerenderedScripts: ['zh-Hans', 'zh-Hant', 'zh-HK'],
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

  it('not for a returning visitor with no screen kept by the app: the stand-in, never empty boxes where ticks are saved', () => {
    const me = { ...newPerson(null, 0), guides: { esim: { decide: { done: true, at: 1 } } } }
    const saved = JSON.stringify({ version: PROGRESS_VERSION, state: { currentPersonId: DEFAULT_PERSON_ID, people: { me } } })
    expect(firstPaint({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: saved }) })).toBeNull()
    expect(firstPaint({ ...firstVisit, prerenderedPath: '/', pathname: '/', storage: storage({ [PROGRESS_KEY]: saved }) })).toBeNull()
  })

  it('not when anything is saved that it cannot draw: data the app will report on', () => {
    for (const saved of ['{"version":2,"state":{}}', 'not json', '']) {
      expect(showsPrerendered({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: saved }) })).toBe(false)
    }
  })

  it('in each reader’s Traditional, Taiwan’s or Hong Kong’s, by choice or by browser language', () => {
    expect(prerenderedScript({ ...firstVisit, storage: storage({ [LANGUAGE_KEY]: 'zh-Hant' }) })).toBe('zh-Hant')
    for (const languages of [['zh-TW'], ['en-US', 'zh-Hant']]) {
      expect(prerenderedScript({ ...firstVisit, languages })).toBe('zh-Hant')
    }
    expect(prerenderedScript({ ...firstVisit, storage: storage({ [LANGUAGE_KEY]: 'zh-HK' }) })).toBe('zh-HK')
    for (const languages of [['zh-HK'], ['zh-MO'], ['en-HK', 'zh-Hant-HK']]) {
      expect(prerenderedScript({ ...firstVisit, languages })).toBe('zh-HK')
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
  const keptFor = (entries: [string, unknown][], drawing = 'drawing-1') => JSON.stringify({ drawing, screens: Object.fromEntries(entries) })
  const screen = { script: 'zh-Hans', progress: fingerprint(saved), html }
  const returning = (kept: string, more: Record<string, string> = {}) => ({
    ...firstVisit,
    storage: storage({ [PROGRESS_KEY]: saved, [LAST_SCREEN_KEY]: kept, ...more }),
  })

  it('shows in place of the prerender when it was drawn from this very progress, drawing, page and script', () => {
    expect(firstPaint(returning(keptFor([['/guides/esim', screen]])))).toEqual({ script: 'zh-Hans', kept: { html, fits: true } })
    expect(firstPaint({ ...returning(keptFor([['/', screen]])), prerenderedPath: '/', pathname: '/' })?.kept).toEqual({ html, fits: true })
  })

  it('shows too when an earlier build drew it (a guide’s text changed since), said not to fit: the app will draw its own', () => {
    expect(firstPaint(returning(keptFor([['/guides/esim', screen]], 'drawing-0')))).toEqual({
      script: 'zh-Hans',
      kept: { html, fits: false },
    })
  })

  it('not when it was drawn for another page, script or progress, or the record is damaged', () => {
    const stale = [
      keptFor([['/guides/physical-sim', screen]]),
      keptFor([['/guides/esim', { ...screen, script: 'zh-Hant' }]]),
      keptFor([['/guides/esim', { ...screen, progress: fingerprint(saved + ' ') }]]),
      keptFor([['/guides/esim', { ...screen, html: 42 }]]),
      keptFor([['/guides/esim', { ...screen, html: 'x'.repeat(MAX_SCREEN_CHARS + 1) }]]),
      keptFor([['/guides/esim', null]]),
      keptFor([['__proto__', screen]]),
      '{"drawing":"drawing-1","screens":[]}',
      // Kept by a version of the app that named its build instead.
      JSON.stringify({ build: 'drawing-1', screens: { '/guides/esim': screen } }),
      'not json',
    ]
    for (const kept of stale) expect(firstPaint(returning(kept)), kept.slice(0, 120)).toBeNull()
    // Taps not yet taken in by the app would not show in it either.
    expect(firstPaint(returning(keptFor([['/guides/esim', screen]]), { [EARLY_TAPS_KEY]: '[]' }))).toBeNull()
    // A page without a drawing to match (none is named) never shows one.
    expect(firstPaint({ ...returning(keptFor([['/guides/esim', screen]], '')), drawing: '' })).toBeNull()
  })

  it('is kept for the latest few pages of one drawing, and gives way when storage is full', () => {
    const store = new Map<string, string>()
    const local = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    } as Storage
    const paths = ['/', '/guides/esim', '/guides/physical-sim', '/guides/esim', '/guides/port-out']
    for (const path of paths) expect(keepScreen(local, 'drawing-1', path, { ...screen, html: path })).toBe(true)
    const kept = JSON.parse(store.get(LAST_SCREEN_KEY) ?? '{}') as { screens: Record<string, { html: string }> }
    expect(Object.keys(kept.screens)).toEqual(['/guides/physical-sim', '/guides/esim', '/guides/port-out'].slice(-MAX_SCREENS))
    // Another drawing (an update that changed a text or a screen) starts afresh.
    keepScreen(local, 'drawing-2', '/', screen)
    expect(keptScreenFor(local, { drawing: 'drawing-2', path: '/guides/esim', script: 'zh-Hans', saved })).toBeNull()
    expect(keptScreenFor(local, { drawing: 'drawing-2', path: '/', script: 'zh-Hans', saved })).toEqual({ html, fits: true })
    // Too long to keep, or no room: nothing is kept, and nothing is left half-written.
    expect(keepScreen(local, 'drawing-2', '/', { ...screen, html: 'x'.repeat(MAX_SCREEN_CHARS + 1) })).toBe(false)
    local.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    expect(keepScreen(local, 'drawing-2', '/guides/esim', screen)).toBe(false)
    expect(store.has(LAST_SCREEN_KEY)).toBe(false)
  })
})

describe('the page finishes each reader’s screen as it arrives, one copy after the other', () => {
  // The page as the build writes it (scripts/prerender.ts), read by the browser piece by piece: the gate
  // in <head>, then the Simplified copy and its finishing script, then each Traditional copy (a template) and its own.
  const copy = (lang: Lang) => {
    const [first, second, counted] = lang === 'zh-Hans' ? ['先备份', '再注销', '已完成 0/2 步'] : ['先備份', '再註銷', '已完成 0/2 步']
    const element =
      lang === 'zh-Hans'
        ? Object.assign(document.createElement('div'), { className: 'prerendered', lang })
        : Object.assign(document.createElement('template'), { className: 'prerendered-later', lang })
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
  function open(saved: Record<string, string>, languages = ['zh-CN']) {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages)
    localStorage.clear()
    for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value)
    window.history.replaceState(null, '', '/guides/esim')
    page.className = ''
    page.lang = 'zh-Hans'
    document.head.replaceChildren()
    document.body.replaceChildren()
    const gate = Object.assign(document.createElement('script'), { type: 'text/plain' })
    Object.assign(gate.dataset, {
      path: '/guides/esim',
      drawing: 'drawing-1',
      scripts: 'zh-Hans zh-Hant zh-HK',
      titleZhHk: '註銷 eSIM（香港）',
    })
    document.head.append(gate)
    gatePrerendered(gate)
    const root = Object.assign(document.createElement('div'), { id: 'root' })
    document.body.append(root)
    return (lang: Lang) => {
      const finish = Object.assign(document.createElement('script'), { type: 'text/plain' })
      root.append(copy(lang), finish)
      finishPrerenderedScreen(finish)
    }
  }
  /** The copies on the page (a template not yet put in place or dropped shows as "template zh-Hant"). */
  const copies = () =>
    [...document.querySelectorAll<HTMLElement>('.prerendered, .prerendered-later')].map((element) =>
      element instanceof HTMLTemplateElement ? `template ${element.lang}` : element.lang,
    )
  const waiting = () => page.classList.contains('prerendered-wait')
  const skipped = () => page.classList.contains('skip-prerendered')
  const shownText = () => [...document.querySelectorAll<HTMLElement>('.prerendered')].map((element) => element.textContent)
  const saved = JSON.stringify({ version: 4, state: { currentPersonId: 'p-mum', people: {} } })
  /** The screens the app kept (boot/keptScreens.ts): what it drew for this guide from `saved`. */
  const kept = (html: string, script = 'zh-Hans', drawing = 'drawing-1') =>
    JSON.stringify({ drawing, screens: { '/guides/esim': { script, progress: fingerprint(saved), html } } })

  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('a Simplified reader’s screen is whole after its own copy; the Traditional copy is dropped when read', () => {
    const read = open({})
    read('zh-Hans')
    expect([copies(), waiting(), skipped()]).toEqual([['zh-Hans'], false, false])
    read('zh-Hant')
    read('zh-HK')
    expect(copies()).toEqual(['zh-Hans'])
  })

  it('a Traditional reader’s screen shows as it comes: the Simplified copy is dropped before the Traditional one is read', () => {
    const read = open({ [LANGUAGE_KEY]: 'zh-Hant' })
    expect(page.lang).toBe('zh-Hant')
    read('zh-Hans')
    expect([copies(), waiting()]).toEqual([[], false])
    read('zh-Hant')
    expect([copies(), waiting(), skipped()]).toEqual([['zh-Hant'], false, false])
    read('zh-HK')
    expect(copies()).toEqual(['zh-Hant'])
  })

  it('a Hong Kong reader’s screen is the last copy: the Simplified and Taiwan ones are dropped as they are read', () => {
    const read = open({}, ['zh-HK', 'en'])
    expect([page.lang, document.title]).toEqual(['zh-HK', '註銷 eSIM（香港）'])
    read('zh-Hans')
    read('zh-Hant')
    expect(copies()).toEqual([])
    read('zh-HK')
    expect([copies(), waiting(), skipped()]).toEqual([['zh-HK'], false, false])
  })

  it('a returning Simplified reader sees the screen the app kept, in place of the first copy, before the Traditional copy arrives', () => {
    const read = open({
      [PROGRESS_KEY]: saved,
      [LAST_SCREEN_KEY]: kept('<main><h1>注销 eSIM</h1><p>交了 35 元</p><button>修改</button></main>'),
    })
    expect(waiting()).toBe(true)
    read('zh-Hans')
    expect([waiting(), skipped(), shownText()]).toEqual([false, false, ['注销 eSIM交了 35 元修改']])
    // Buttons wait for the app, as on the prerendered copy.
    expect(document.querySelector('.prerendered button')?.hasAttribute('inert')).toBe(true)
    read('zh-Hant')
    read('zh-HK')
    expect(copies()).toEqual(['zh-Hans'])
  })

  it('a screen kept by an earlier build shows all the same, marked for the app to draw its own in its place', () => {
    const read = open({
      [PROGRESS_KEY]: saved,
      [LAST_SCREEN_KEY]: kept('<main><h1>注销 eSIM</h1><p>交了 35 元</p></main>', 'zh-Hans', 'drawing-0'),
    })
    read('zh-Hans')
    expect([waiting(), skipped(), shownText(), page.classList.contains('kept-older')]).toEqual([
      false,
      false,
      ['注销 eSIM交了 35 元'],
      true,
    ])
    read('zh-Hant')
    read('zh-HK')
    expect(copies()).toEqual(['zh-Hans'])
  })

  it('a returning Traditional reader waits behind the stand-in, then sees the screen the app kept in Traditional, once', () => {
    const read = open({
      [LANGUAGE_KEY]: 'zh-Hant',
      [PROGRESS_KEY]: saved,
      [LAST_SCREEN_KEY]: kept('<main><h1>註銷 eSIM</h1></main>', 'zh-Hant'),
    })
    read('zh-Hans')
    expect([waiting(), skipped(), shownText(), copies()]).toEqual([false, false, ['註銷 eSIM'], ['zh-Hant']])
    read('zh-Hant')
    read('zh-HK')
    expect(shownText()).toEqual(['註銷 eSIM'])
  })

  it('a kept screen that is not what the app draws (a script, a handler, no main, a source or link elsewhere) leaves the stand-in, and only one copy', () => {
    for (const html of [
      '<main><script>document.title=1</script></main>',
      '<main><img src="x" onerror="document.title=1"></main>',
      '<p>注销</p>',
      '<main><img src="https://example.com/x.png"></main>',
      '<main><a href="javascript:document.title=1">点我</a></main>',
      '<main><a href="//example.com/">别处</a></main>',
    ]) {
      const read = open({ [PROGRESS_KEY]: saved, [LAST_SCREEN_KEY]: kept(html) })
      read('zh-Hans')
      expect([waiting(), skipped()], html).toEqual([false, true])
      read('zh-Hant')
      expect(copies()).toEqual(['zh-Hans'])
      expect(document.title).not.toBe('1')
    }
  })

  it('a returning visitor with no kept screen gets the stand-in from the start, and only one copy', () => {
    const read = open({ [PROGRESS_KEY]: saved })
    expect([waiting(), skipped()]).toEqual([false, true])
    read('zh-Hans')
    read('zh-Hant')
    expect(copies()).toEqual(['zh-Hans'])
  })
})
