import { chooseScript } from '../language/detect.ts'
import { keepEarlyTaps } from './earlyTaps.ts'
import { deviceStorage } from '../storage/deviceStorage.ts'
import { hasEarlyTaps } from '../storage/earlyTaps.ts'
import { stepsTickedForFirstPaint } from '../progress/firstPaint.ts'
import { LANGUAGE_KEY, PROGRESS_KEY } from '../storage/keys.ts'
import { relativeTime } from '../ui/relativeTime.ts'
import { keptScreenFor } from '../storage/keptScreens.ts'

/*
 * The home and guide screens are prerendered at build time (scripts/prerender.ts)
 * as a first visit sees them, nothing ticked: in Simplified, then in
 * Traditional. Each reader's copy paints as it arrives, before any JavaScript,
 * and React's first render replaces it.
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
/** The class of each copy of the prerendered screen, one per script. */
const PRERENDERED = 'prerendered'
/** Where the early script puts the screen as the app last drew it, for the second one to show. */
const KEPT_SCREEN = 'kept-screen'
/** Where on <html> the early script leaves the reader's catalogue for the second one to fetch. */
const CATALOGUE = 'catalogue'

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
  if (pathname !== prerenderedPath || !prerenderedScripts.includes(script) || hasEarlyTaps(storage)) return null
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
export function gatePrerendered(self: HTMLOrSVGScriptElement | null = document.currentScript) {
  const page = document.documentElement
  const gate = self?.dataset ?? {}
  let shown: FirstPaint | null = null
  let script = 'zh-Hans'
  try {
    const storage = deviceStorage()
    script = chooseScript(storage.getItem(LANGUAGE_KEY), navigator.languages)
    shown = firstPaint({
      build: gate.build ?? '',
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
  // Its checkboxes and radios work before the app does: every tap is kept for it, and counted at once.
  else keepEarlyTaps(document, deviceStorage(), showTick)
  if (shown?.script === 'zh-Hant') {
    page.lang = 'zh-Hant'
    if (gate.titleHant) document.title = gate.titleHant
  }
  // The second script has work to do: until it is done, the stand-in shows.
  if (shown && (shown.ticked.length > 0 || shown.kept)) {
    page.classList.add(WAIT)
    page.dataset.ticked = shown.ticked.join(' ')
  }
  if (shown?.kept) {
    const kept = Object.assign(document.createElement('template'), { id: KEPT_SCREEN })
    kept.innerHTML = shown.kept
    document.head.append(kept)
  }
  // The reader's catalogue, and only that one, is fetched beside the app's script, once the page is in.
  const catalogue = script === 'zh-Hant' ? gate.catalogueHant : gate.catalogueHans
  if (catalogue) page.dataset[CATALOGUE] = catalogue
  window.setTimeout(() => sayScriptIsLate(script, shown !== null), SCRIPT_LATE_MS)
}

/**
 * Runs inline right after each copy of the prerendered screen, Simplified then
 * Traditional, before it paints; finishes the copy it follows.
 *
 * After the Simplified copy: puts the screen as the app last drew it in its
 * place for a returning visitor, or their ticks; a Traditional reader's copy
 * is the next one, so this one goes. After the Traditional copy: whichever
 * copy is not the screen goes, and a Traditional reader's ticks go in. So each
 * reader's screen paints as it arrives, as a static page does: a Simplified
 * reader's before the Traditional copy has come, a Traditional reader's without
 * waiting for its end. If anything would differ from the app's first render,
 * the stand-in shows instead.
 */
export function finishPrerenderedScreen(self: HTMLOrSVGScriptElement | null = document.currentScript) {
  const page = document.documentElement
  const copy = self?.previousElementSibling
  if (!(copy instanceof HTMLElement) || !copy.classList.contains(PRERENDERED)) return
  const traditional = copy.lang === 'zh-Hant'
  if (traditional) fetchCatalogue(page)
  let finished = false
  try {
    const kept = document.getElementById(KEPT_SCREEN)
    if (!traditional && kept instanceof HTMLTemplateElement) {
      finished = showKeptScreen(copy, kept.content, page.lang)
      kept.remove()
    } else if (traditional ? document.querySelector(`.${PRERENDERED}`) !== copy : page.lang === 'zh-Hant') {
      // Not the reader's screen: for a Simplified reader (or a kept screen) the Traditional copy, for a Traditional reader the Simplified one.
      copy.remove()
      return
    } else {
      const ticked = new Set((page.dataset.ticked ?? '').split(' ').filter(Boolean))
      const labels = document.querySelector<HTMLElement>('script[data-path]')?.dataset ?? {}
      finished = showTicks(copy, ticked, traditional ? labels.nextHant : labels.nextHans, labels.path)
    }
  } catch {
    finished = false
  }
  if (!page.classList.contains(WAIT)) return
  if (!finished) page.classList.add(SKIP_PRERENDERED)
  page.classList.remove(WAIT)
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
