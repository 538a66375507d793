import { NEEDS_APP } from '../config/pageContract.ts'
import { chooseScript, LANGS } from '../language/detect.ts'
import { recordEarlyTaps } from './earlyTaps.ts'
import { deviceStorage } from '../storage/deviceStorage.ts'
import { hasEarlyTaps } from './earlyTaps.ts'
import { LANGUAGE_KEY, PROGRESS_KEY } from '../storage/keys.ts'
import { relativeTime } from '../lib/relativeTime.ts'
import { keptScreenFor, type ShowableScreen } from './keptScreens.ts'
import { KEPT_OLDER, PRERENDERED, PRERENDERED_LATER, SKIP_PRERENDERED, WAIT } from './pageClasses.ts'
import { scriptKey } from './prerenderedPage.ts'

/*
 * What the page shows before the app's script has run. It draws nothing of its
 * own: every screen it shows was drawn by the app's components.
 * - A first visit: the home or guide screen prerendered at build time
 *   (scripts/prerender.ts) as a first visit sees it, in Simplified, then in
 *   Taiwan and in Hong Kong Traditional. Each reader's copy paints as it arrives.
 * - A returning visitor: the screen as the app last drew it from their very
 *   progress (keptScreens.ts, drawn by keepLastScreen.tsx), shown in
 *   the prerender's place, even when an earlier build drew it.
 * - Anyone else (saved progress but no such screen): the stand-in header,
 *   rather than empty checkboxes where ticks are saved.
 * The app then takes over the prerender or the kept screen as it is
 * (boot/takeOver.ts), and draws its own screen in place of the stand-in.
 */

/** Where the early script puts the screen as the app last drew it, for the second one to show. */
const KEPT_SCREEN = 'kept-screen'
/** Where on <html> the early script leaves the reader's catalogue for the second one to fetch. */
const CATALOGUE = 'catalogue'

export interface Visit {
  /** What the page's screens are drawn from (`drawing` in keptScreens.ts). */
  drawing: string
  /** The path the HTML was prerendered for, and the path actually opened. */
  prerenderedPath: string
  pathname: string
  /** The scripts the page carries its screen in. */
  prerenderedScripts: readonly string[]
  storage: Pick<Storage, 'getItem'>
  languages: readonly string[]
}

/** How the prerendered screen may show: in which script, or in its place the screen as the app last drew it. */
export interface FirstPaint {
  script: string
  kept?: ShowableScreen
}

/** How the prerendered screen shows for this visit, or null when it must not show. */
export function firstPaint({ drawing, prerenderedPath, pathname, prerenderedScripts, storage, languages }: Visit): FirstPaint | null {
  const script = chooseScript(storage.getItem(LANGUAGE_KEY), languages)
  // Taps the app has not taken in yet would not show in the page.
  if (pathname !== prerenderedPath || !prerenderedScripts.includes(script) || hasEarlyTaps(storage)) return null
  const saved = storage.getItem(PROGRESS_KEY)
  if (saved === null) return { script }
  const kept = keptScreenFor(storage, { drawing, path: pathname, script, saved })
  return kept === null ? null : { script, kept }
}

/**
 * Runs inline at the top of each prerendered page (the CSP allows it by its
 * hash), before the body paints, so a hidden prerender never flashes.
 */
export function gatePrerendered(self: HTMLOrSVGScriptElement | null = document.currentScript) {
  const page = document.documentElement
  const gate = self?.dataset ?? {}
  let shown: FirstPaint | null = null
  let script = 'zh-Hans'
  try {
    const storage = deviceStorage()
    script = chooseScript(storage.getItem(LANGUAGE_KEY), navigator.languages)
    shown = firstPaint({
      drawing: gate.drawing ?? '',
      prerenderedPath: gate.path ?? '',
      pathname: location.pathname,
      prerenderedScripts: (gate.scripts ?? '').split(' '),
      storage,
      languages: navigator.languages,
    })
  } catch {
    // Storage that throws: the app will say so, which the prerender doesn't.
  }
  if (shown === null) page.classList.add(SKIP_PRERENDERED)
  // Its checkboxes and radios work before the app does (natively): every tap is kept for the app.
  else recordEarlyTaps(document, deviceStorage())
  if (shown && shown.script !== page.lang) {
    page.lang = shown.script
    const title = gate[scriptKey('title', shown.script)]
    if (title) document.title = title
  }
  // The second script has work to do: until it is done, the stand-in shows.
  if (shown?.kept) {
    page.classList.add(WAIT)
    // Kept by an earlier build: shown all the same, and the app draws its own screen in its place.
    if (!shown.kept.fits) page.classList.add(KEPT_OLDER)
    const kept = Object.assign(document.createElement('template'), { id: KEPT_SCREEN })
    kept.innerHTML = shown.kept.html
    document.head.append(kept)
  }
  // The reader's catalogue, and only that one, is fetched beside the app's script, once the page is in.
  const catalogue = gate[scriptKey('catalogue', script)]
  if (catalogue) page.dataset[CATALOGUE] = catalogue
  window.setTimeout(() => sayScriptIsLate(script, shown !== null), SCRIPT_LATE_MS)
}

/**
 * Runs inline right after each copy of the prerendered screen (Simplified,
 * then Taiwan, then Hong Kong: the order of LANGS), before it paints;
 * finishes the copy it follows.
 *
 * The first copy (Simplified) is part of the page: it stays for a Simplified
 * reader, and for a returning visitor the screen as the app last drew it
 * takes its place; otherwise it goes. The others are <template>s, read but
 * never styled or laid out: the reader's is put in place if their screen is
 * not there yet, the rest go. So each reader's screen paints as it arrives,
 * as a static page does. A kept screen that cannot be shown leaves the
 * stand-in.
 */
export function finishPrerenderedScreen(self: HTMLOrSVGScriptElement | null = document.currentScript) {
  const page = document.documentElement
  const copy = self?.previousElementSibling
  if (!(copy instanceof HTMLElement)) return
  if (copy.lang === LANGS.at(-1)) fetchCatalogue(page)
  if (copy instanceof HTMLTemplateElement && copy.classList.contains(PRERENDERED_LATER)) {
    if (copy.lang === page.lang && !document.querySelector(`.${PRERENDERED}`)) {
      const screen = Object.assign(document.createElement('div'), { className: PRERENDERED, lang: copy.lang })
      screen.append(copy.content)
      copy.replaceWith(screen)
    } else copy.remove()
    return
  }
  if (!copy.classList.contains(PRERENDERED)) return
  const kept = document.getElementById(KEPT_SCREEN)
  if (kept instanceof HTMLTemplateElement) {
    let shown = false
    try {
      shown = showKeptScreen(copy, kept.content, page.lang)
    } catch {
      shown = false
    }
    kept.remove()
    if (!shown) page.classList.add(SKIP_PRERENDERED)
    page.classList.remove(WAIT)
  } else if (copy.lang !== page.lang) copy.remove()
}

/**
 * Starts the download of the reader's catalogue, which the app needs before its
 * first render. Not earlier: on a slow network, every byte fetched beside the
 * page delays the page's own, and with them its first paint.
 */
function fetchCatalogue(page: HTMLElement) {
  const href = page.dataset[CATALOGUE]
  if (!href) return
  delete page.dataset[CATALOGUE]
  // Asking for it costs the page a few milliseconds of its own: after the first paint, not before.
  requestAnimationFrame(() =>
    setTimeout(() =>
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', href, as: 'fetch', crossOrigin: 'anonymous' })),
    ),
  )
}

/** What waits for the app on a screen painted before it: buttons, menus, and what a component marks NEEDS_APP. */
export const WAITS_FOR_APP = `button, select, [${NEEDS_APP}]`

/** What a screen the app drew never holds: anything that loads, runs or restyles. */
const FOREIGN = 'script, style, link, meta, base, iframe, frame, object, embed'

/** Nor does it load anything or lead off the app: no handler, no source, and every link within the app (a path or #place). */
const isForeignAttribute = (name: string, value: string) =>
  name.startsWith('on') ||
  ['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'ping'].includes(name) ||
  ((name === 'href' || name === 'xlink:href') && !/^(\/(?!\/)|#)/.test(value))

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
    elements.some((element) => element.getAttributeNames().some((name) => isForeignAttribute(name, element.getAttribute(name) ?? '')))
  )
    return false
  for (const control of kept.querySelectorAll(WAITS_FOR_APP)) control.setAttribute('inert', '')
  for (const time of kept.querySelectorAll('time'))
    time.textContent = relativeTime(Date.parse(time.dateTime), Date.now(), lang, time.textContent ?? '')
  screen.replaceChildren(kept)
  screen.lang = lang
  return true
}

/** How long the page waits for the app before saying so. */
export const SCRIPT_LATE_MS = 8000

/**
 * The app's script has not arrived (once it runs, this note goes with the
 * page's other parts: boot/takeOver.ts, or the app's own screen): say so in
 * the reader's script, with a way to try again; and, where the page could be
 * ticked, that the ticks are kept all the same.
 */
function sayScriptIsLate(script: string, tickable: boolean) {
  const late = document.querySelector<HTMLElement>('.script-late')
  if (!late) return
  for (const block of late.querySelectorAll<HTMLElement>('[lang]')) block.hidden = block.lang !== script
  late.querySelector<HTMLAnchorElement>(`[lang="${script}"] a`)?.setAttribute('href', location.href)
  for (const kept of late.querySelectorAll<HTMLElement>('.late-kept')) kept.hidden = !tickable
  late.hidden = false
}
