import { chooseScript, LANGUAGE_KEY } from '../language/detect.ts'
import { keepEarlyTaps } from '../progress/earlyTaps.ts'
import { EARLY_TAPS_KEY, PROGRESS_KEY } from '../progress/progressKey.ts'

/*
 * The home and guide screens are prerendered at build time (scripts/prerender.ts)
 * as a first visit sees them, nothing ticked: in Simplified, with a copy in
 * Traditional kept in a <template>. That HTML paints before any JavaScript
 * arrives, and React's first render replaces it.
 *
 * It may only show when that first render will look the same. Otherwise the
 * page would flash empty checkboxes where ticks are saved, so we show the
 * stand-in header instead.
 */

/** The class on <html> that hides the prerendered screen (app/shell.css). */
const SKIP_PRERENDERED = 'skip-prerendered'
/** The class on <html> that holds the Simplified screen back until its Traditional copy is in place. */
const TRADITIONAL = 'prerendered-zh-Hant'
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

/** The script to show the prerendered screen in, or null when it must not show. */
export function prerenderedScript({ prerenderedPath, pathname, prerenderedScripts, storage, languages }: Visit): string | null {
  const script = chooseScript(storage.getItem(LANGUAGE_KEY), languages)
  const shows =
    pathname === prerenderedPath &&
    // Saved progress of any kind (even unreadable), or taps the app has not taken in yet,
    // mean ticks, notes or a notice to show.
    storage.getItem(PROGRESS_KEY) === null &&
    storage.getItem(EARLY_TAPS_KEY) === null &&
    prerenderedScripts.includes(script)
  return shows ? script : null
}

/**
 * Runs inline at the top of each prerendered page (the CSP allows it by its
 * hash), before the body paints, so a hidden prerender never flashes.
 */
export function gatePrerendered() {
  const page = document.documentElement
  const gate = document.currentScript?.dataset ?? {}
  let shown: string | null = null
  let script = 'zh-Hans'
  try {
    script = chooseScript(localStorage.getItem(LANGUAGE_KEY), navigator.languages)
    shown = prerenderedScript({
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
  if (shown === 'zh-Hant') {
    page.lang = 'zh-Hant'
    page.classList.add(TRADITIONAL)
    if (gate.titleHant) document.title = gate.titleHant
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
 * Runs inline right after the prerendered screen: for a Traditional reader,
 * puts the Traditional copy in place of the Simplified one before it paints.
 */
export function showTraditionalCopy() {
  const copy = document.getElementById(TRADITIONAL_COPY)
  const screen = document.querySelector('.prerendered')
  if (!document.documentElement.classList.contains(TRADITIONAL) || !(copy instanceof HTMLTemplateElement) || !screen) return
  screen.replaceChildren(copy.content)
  screen.setAttribute('lang', 'zh-Hant')
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
