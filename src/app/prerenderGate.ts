import { chooseScript, LANGUAGE_KEY } from '../language/detect.ts'
import { keepEarlyTaps } from '../progress/earlyTaps.ts'
import { stepsTickedForFirstPaint } from '../progress/firstPaint.ts'
import { EARLY_TAPS_KEY, PROGRESS_KEY } from '../progress/progressKey.ts'
import { relativeTime } from '../ui/relativeTime.ts'
import { keptScreenFor } from './lastScreen.ts'

/*
 * The home and guide screens are prerendered at build time (scripts/prerender.ts)
 * as a first visit sees them, nothing ticked: in Simplified, with a copy in
 * Traditional kept in a <template>. That HTML paints before any JavaScript
 * arrives, and React's first render replaces it.
 *
 * It may only show when that first render will look the same: for a first
 * visit, or a returning one whose ticks the page can show as the app will
 * (stepsTickedForFirstPaint). A returning visitor's screen as the app last
 * drew it from their very progress (lastScreen.ts) shows in its place.
 * Otherwise the page would flash empty checkboxes where ticks are saved, so
 * we show the stand-in header instead.
 */

/** The class on <html> that hides the prerendered screen (app/shell.css). */
const SKIP_PRERENDERED = 'skip-prerendered'
/** The class on <html> that holds the screen back (the stand-in shows) until the second script has finished it. */
const WAIT = 'prerendered-wait'
/** The Traditional copy of the screen. */
const TRADITIONAL_COPY = 'prerendered-zh-Hant'
/** Where the early script puts the screen as the app last drew it, for the second one to show. */
const KEPT_SCREEN = 'kept-screen'

export interface Visit {
  /** The build the page belongs to (its app script and catalogues). */
  build: string
  /** The path the HTML was prerendered for, and the path actually opened. */
  prerenderedPath: string
  pathname: string
  /** The scripts the page carries its screen in. */
  prerenderedScripts: readonly string[]
  storage: Pick<Storage, 'getItem'>
  languages: readonly string[]
}

/** How the prerendered screen may show: in which script, with which steps ticked, or in its place the screen as the app last drew it. */
export interface FirstPaint {
  script: string
  ticked: string[]
  kept?: string
}

/** How the prerendered screen shows for this visit, or null when it must not show. */
export function firstPaint({ build, prerenderedPath, pathname, prerenderedScripts, storage, languages }: Visit): FirstPaint | null {
  const script = chooseScript(storage.getItem(LANGUAGE_KEY), languages)
  // Taps the app has not taken in yet would not show in the page.
  if (pathname !== prerenderedPath || !prerenderedScripts.includes(script) || storage.getItem(EARLY_TAPS_KEY) !== null) return null
  const saved = storage.getItem(PROGRESS_KEY)
  if (saved === null) return { script, ticked: [] }
  const kept = keptScreenFor(storage, { build, path: pathname, script, saved })
  if (kept !== null) return { script, ticked: [], kept }
  // A guide can show a returning visitor's ticks; home, with its cards, waits for the app.
  const guideId = /\/guides\/([a-z0-9-]+)$/.exec(prerenderedPath)?.[1]
  const ticked = guideId ? stepsTickedForFirstPaint(saved, guideId) : null
  return ticked && { script, ticked }
}

/**
 * Runs inline at the top of each prerendered page (the CSP allows it by its
 * hash), before the body paints, so a hidden prerender never flashes.
 */
export function gatePrerendered() {
  const page = document.documentElement
  const gate = document.currentScript?.dataset ?? {}
  let shown: FirstPaint | null = null
  let script = 'zh-Hans'
  try {
    script = chooseScript(localStorage.getItem(LANGUAGE_KEY), navigator.languages)
    shown = firstPaint({
      build: gate.build ?? '',
      prerenderedPath: gate.path ?? '',
      pathname: location.pathname,
      prerenderedScripts: (gate.scripts ?? '').split(' '),
      storage: localStorage,
      languages: navigator.languages,
    })
  } catch {
    // Storage that throws: the app will say so, which the prerender doesn't.
  }
  if (shown === null) page.classList.add(SKIP_PRERENDERED)
  // Its checkboxes and radios work before the app does: every tap is kept for it, and counted at once.
  else keepEarlyTaps(document, localStorage, showTick)
  if (shown?.script === 'zh-Hant') {
    page.lang = 'zh-Hant'
    if (gate.titleHant) document.title = gate.titleHant
  }
  // The second script has work to do: until it is done, the stand-in shows.
  if (shown && (shown.script === 'zh-Hant' || shown.ticked.length > 0 || shown.kept)) {
    page.classList.add(WAIT)
    page.dataset.ticked = shown.ticked.join(' ')
  }
  if (shown?.kept) {
    const kept = Object.assign(document.createElement('template'), { id: KEPT_SCREEN })
    kept.innerHTML = shown.kept
    document.head.append(kept)
  }
  // The reader's catalogue, and only that one, starts downloading now, beside the app's script.
  const catalogue = script === 'zh-Hant' ? gate.catalogueHant : gate.catalogueHans
  if (catalogue) {
    const preload = Object.assign(document.createElement('link'), {
      rel: 'preload',
      href: catalogue,
      as: 'fetch',
      crossOrigin: 'anonymous',
    })
    document.head.append(preload)
  }
  window.setTimeout(() => sayScriptIsLate(script, shown !== null), SCRIPT_LATE_MS)
}

/**
 * Runs inline right after the prerendered screen, before it paints: puts the
 * screen as the app last drew it in its place for a returning visitor;
 * otherwise the Traditional copy for a Traditional reader, and a returning
 * visitor's ticks into it. If anything there would differ from the app's
 * first render, the stand-in stays instead.
 */
export function finishPrerenderedScreen() {
  const page = document.documentElement
  if (!page.classList.contains(WAIT)) return
  let finished = false
  try {
    const screen = document.querySelector<HTMLElement>('.prerendered')
    const kept = document.getElementById(KEPT_SCREEN)
    const copy = document.getElementById(TRADITIONAL_COPY)
    if (screen && kept instanceof HTMLTemplateElement) {
      finished = showKeptScreen(screen, kept.content, page.lang)
      kept.remove()
    } else if (screen) {
      if (page.lang === 'zh-Hant' && copy instanceof HTMLTemplateElement) {
        screen.replaceChildren(copy.content)
        screen.lang = 'zh-Hant'
      }
      const ticked = new Set((page.dataset.ticked ?? '').split(' ').filter(Boolean))
      const labels = document.querySelector<HTMLElement>('script[data-path]')?.dataset ?? {}
      finished =
        screen.lang === page.lang && showTicks(screen, ticked, page.lang === 'zh-Hant' ? labels.nextHant : labels.nextHans, labels.path)
    }
  } catch {
    finished = false
  }
  if (!finished) page.classList.add(SKIP_PRERENDERED)
  page.classList.remove(WAIT)
}

/**
 * Ticks the saved steps on the guide as its screen draws them: the boxes,
 * the count, 下一步 and 重新开始. False when the screen would differ in a way
 * this does not draw: a ticked option of a choice, or everything done.
 */
function showTicks(screen: HTMLElement, ticked: Set<string>, nextLabel = '', path = ''): boolean {
  if (ticked.size === 0) return true
  const boxes = [...screen.querySelectorAll<HTMLInputElement>('input[data-step]')].filter((box) => ticked.has(box.dataset.step ?? ''))
  if (boxes.some((box) => box.closest('.choice'))) return false
  for (const box of boxes) {
    box.checked = true
    box.closest('li')?.classList.add('step-done')
  }
  const items = [...screen.querySelectorAll<HTMLElement>('.steps > li')]
  const done = items.filter((item) => item.classList.contains('step-done')).length
  if (done === 0) return true
  const next = items.find((item) => !item.classList.contains('step-done'))
  const bar = screen.querySelector<HTMLProgressElement>('.guide-progress progress')
  const count = screen.querySelector('.guide-progress .progress-text')
  const lead = screen.querySelector('.guide > .lead')
  const title = next?.querySelector('.step-title, legend')?.textContent
  if (!next || !bar || !count?.textContent || !lead || !title || !nextLabel) return false
  showCount(screen)
  const line = Object.assign(document.createElement('p'), { className: 'next-step' })
  const link = Object.assign(document.createElement('a'), { href: `${path}#${next.id}`, textContent: title })
  line.append(Object.assign(document.createElement('span'), { textContent: nextLabel }), link)
  lead.after(line)
  screen.querySelector('.reset-guide button')?.removeAttribute('disabled')
  return true
}

/**
 * The screen's count and bar, from the boxes ticked on it, counted as the app
 * counts: each step once, and a choice once when any of its ways is ticked.
 */
function showCount(screen: ParentNode) {
  const done = [...screen.querySelectorAll('.steps > li')].filter((item) => item.querySelector('input[data-step]:checked')).length
  const bar = screen.querySelector<HTMLProgressElement>('.guide-progress progress')
  const count = screen.querySelector('.guide-progress .progress-text')
  if (bar) bar.value = done
  if (count?.textContent) count.textContent = count.textContent.replace(/\d+(?=\/)/, String(done))
}

/** A tap on the page before the app has started: the step looks done (or not) and counts at once. */
function showTick(box: HTMLInputElement) {
  box.closest('li')?.classList.toggle('step-done', box.checked)
  const screen = box.closest('.prerendered')
  if (screen) showCount(screen)
}

/** What a screen the app drew never holds: anything that loads, runs or restyles. */
const FOREIGN = 'script, style, link, meta, base, iframe, frame, object, embed'

/**
 * Shows the screen as the app last drew it, as the prerender shows its own:
 * buttons and menus wait for the app, and "3 天前" is true today. False, and
 * nothing shown, for markup that is not what the app draws.
 */
function showKeptScreen(screen: HTMLElement, kept: DocumentFragment, lang: string): boolean {
  const elements = [...kept.querySelectorAll('*')]
  if (
    !kept.querySelector('main') ||
    kept.querySelector(FOREIGN) ||
    elements.some((element) => element.getAttributeNames().some((name) => name.startsWith('on')))
  )
    return false
  for (const control of kept.querySelectorAll<HTMLElement>('button, select, .add-own-step > summary')) control.inert = true
  for (const time of kept.querySelectorAll('time'))
    time.textContent = relativeTime(Date.parse(time.dateTime), Date.now(), lang, time.textContent ?? '')
  screen.replaceChildren(kept)
  screen.lang = lang
  return true
}

/** How long the page waits for the app before saying so. */
export const SCRIPT_LATE_MS = 8000

/**
 * The app's script has not arrived (the app's first render removes this
 * note along with the prerendered screen): say so in the reader's script,
 * with a way to try again; and, where the page could be ticked, that the
 * ticks are kept all the same.
 */
function sayScriptIsLate(script: string, tickable: boolean) {
  const late = document.querySelector<HTMLElement>('.script-late')
  if (!late) return
  for (const block of late.querySelectorAll<HTMLElement>('[lang]')) block.hidden = block.lang !== script
  late.querySelector<HTMLAnchorElement>(`[lang="${script}"] a`)?.setAttribute('href', location.href)
  for (const kept of late.querySelectorAll<HTMLElement>('.late-kept')) kept.hidden = !tickable
  late.hidden = false
}
