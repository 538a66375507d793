import { chooseScript, LANGUAGE_KEY } from '../language/detect.ts'
import { keepEarlyTaps } from '../progress/earlyTaps.ts'
import { stepsTickedForFirstPaint } from '../progress/firstPaint.ts'
import { EARLY_TAPS_KEY, PROGRESS_KEY } from '../progress/progressKey.ts'

/*
 * The home and guide screens are prerendered at build time (scripts/prerender.ts)
 * as a first visit sees them, nothing ticked: in Simplified, with a copy in
 * Traditional kept in a <template>. That HTML paints before any JavaScript
 * arrives, and React's first render replaces it.
 *
 * It may only show when that first render will look the same: for a first
 * visit, or a returning one whose ticks the page can show as the app will
 * (stepsTickedForFirstPaint). Otherwise the page would flash empty
 * checkboxes where ticks are saved, so we show the stand-in header instead.
 */

/** The class on <html> that hides the prerendered screen (app/shell.css). */
const SKIP_PRERENDERED = 'skip-prerendered'
/** The class on <html> that holds the screen back (the stand-in shows) until the second script has finished it. */
const WAIT = 'prerendered-wait'
/** The Traditional copy of the screen. */
const TRADITIONAL_COPY = 'prerendered-zh-Hant'

export interface Visit {
  /** The path the HTML was prerendered for, and the path actually opened. */
  prerenderedPath: string
  pathname: string
  /** The scripts the page carries its screen in. */
  prerenderedScripts: readonly string[]
  storage: Pick<Storage, 'getItem'>
  languages: readonly string[]
}

/** How the prerendered screen may show: in which script, with which steps ticked. */
export interface FirstPaint {
  script: string
  ticked: string[]
}

/** How the prerendered screen shows for this visit, or null when it must not show. */
export function firstPaint({ prerenderedPath, pathname, prerenderedScripts, storage, languages }: Visit): FirstPaint | null {
  const script = chooseScript(storage.getItem(LANGUAGE_KEY), languages)
  // Taps the app has not taken in yet would not show in the page.
  if (pathname !== prerenderedPath || !prerenderedScripts.includes(script) || storage.getItem(EARLY_TAPS_KEY) !== null) return null
  const saved = storage.getItem(PROGRESS_KEY)
  if (saved === null) return { script, ticked: [] }
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
  // Its checkboxes and radios work before the app does: every tap is kept for it.
  else keepEarlyTaps(document, localStorage)
  if (shown?.script === 'zh-Hant') {
    page.lang = 'zh-Hant'
    if (gate.titleHant) document.title = gate.titleHant
  }
  // The second script has work to do: until it is done, the stand-in shows.
  if (shown && (shown.script === 'zh-Hant' || shown.ticked.length > 0)) {
    page.classList.add(WAIT)
    page.dataset.ticked = shown.ticked.join(' ')
  }
  // The reader's catalogue starts downloading now (index.html preloads the Simplified one).
  if (script === 'zh-Hant' && gate.catalogueHant) {
    const preload = Object.assign(document.createElement('link'), {
      rel: 'preload',
      href: gate.catalogueHant,
      as: 'fetch',
      crossOrigin: 'anonymous',
    })
    document.head.append(preload)
  }
  window.setTimeout(() => sayScriptIsLate(script, shown !== null), SCRIPT_LATE_MS)
}

/**
 * Runs inline right after the prerendered screen, before it paints: puts the
 * Traditional copy in place for a Traditional reader, and a returning
 * visitor's ticks into it. If anything there would differ from the app's
 * first render, the stand-in stays instead.
 */
export function finishPrerenderedScreen() {
  const page = document.documentElement
  if (!page.classList.contains(WAIT)) return
  let finished = false
  try {
    const screen = document.querySelector<HTMLElement>('.prerendered')
    const copy = document.getElementById(TRADITIONAL_COPY)
    if (screen && page.lang === 'zh-Hant' && copy instanceof HTMLTemplateElement) {
      screen.replaceChildren(copy.content)
      screen.lang = 'zh-Hant'
    }
    const ticked = new Set((page.dataset.ticked ?? '').split(' ').filter(Boolean))
    const labels = document.querySelector<HTMLElement>('script[data-path]')?.dataset ?? {}
    finished =
      screen !== null &&
      screen.lang === page.lang &&
      showTicks(screen, ticked, page.lang === 'zh-Hant' ? labels.nextHant : labels.nextHans, labels.path)
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
  bar.value = done
  count.textContent = count.textContent.replace(/\d+(?=\/)/, String(done))
  const line = Object.assign(document.createElement('p'), { className: 'next-step' })
  const link = Object.assign(document.createElement('a'), { href: `${path}#${next.id}`, textContent: title })
  line.append(Object.assign(document.createElement('span'), { textContent: nextLabel }), link)
  lead.after(line)
  screen.querySelector('.reset-guide button')?.removeAttribute('disabled')
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
