import { chooseScript, LANGUAGE_KEY } from '../language/detect.ts'
import { keepEarlyTaps } from '../progress/earlyTaps.ts'
import { EARLY_TAPS_KEY, PROGRESS_KEY } from '../progress/progressKey.ts'

/*
 * The home and guide screens are prerendered at build time (scripts/prerender.ts)
 * as a first visit sees them: Simplified, nothing ticked. That HTML paints
 * before any JavaScript arrives, and React's first render replaces it.
 *
 * It may only show when that first render will look the same. Otherwise the
 * page would flash the wrong script or empty checkboxes where ticks are saved,
 * so we show the stand-in header instead, as every visit did before.
 */

/** The class on <html> that hides the prerendered screen (app/shell.css). */
const SKIP_PRERENDERED = 'skip-prerendered'

export interface Visit {
  /** The path the HTML was prerendered for, and the path actually opened. */
  prerenderedPath: string
  pathname: string
  /** The script the HTML was prerendered in (its <html lang>). */
  prerenderedLang: string
  storage: Pick<Storage, 'getItem'>
  languages: readonly string[]
}

export function showsPrerendered({ prerenderedPath, pathname, prerenderedLang, storage, languages }: Visit): boolean {
  return (
    pathname === prerenderedPath &&
    // Saved progress of any kind (even unreadable), or taps the app has not taken in yet,
    // mean ticks, notes or a notice to show.
    storage.getItem(PROGRESS_KEY) === null &&
    storage.getItem(EARLY_TAPS_KEY) === null &&
    chooseScript(storage.getItem(LANGUAGE_KEY), languages) === prerenderedLang
  )
}

/**
 * Runs inline at the top of each prerendered page (the CSP allows it by its
 * hash), before the body paints, so a hidden prerender never flashes.
 */
export function gatePrerendered() {
  const page = document.documentElement
  let show = false
  let script: string = 'zh-Hans'
  try {
    script = chooseScript(localStorage.getItem(LANGUAGE_KEY), navigator.languages)
    show = showsPrerendered({
      prerenderedPath: document.currentScript?.dataset.path ?? '',
      pathname: location.pathname,
      prerenderedLang: page.lang,
      storage: localStorage,
      languages: navigator.languages,
    })
  } catch {
    // Storage that throws: the app will say so, which the prerender doesn't.
  }
  if (!show) page.classList.add(SKIP_PRERENDERED)
  // Its checkboxes and radios work before the app does: every tap is kept for it.
  else keepEarlyTaps(document, localStorage)
  window.setTimeout(() => sayScriptIsLate(script, show), SCRIPT_LATE_MS)
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
