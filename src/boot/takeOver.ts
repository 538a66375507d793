import { deviceStorage } from '../storage/deviceStorage.ts'
import { hasEarlyTaps } from './earlyTaps.ts'
import { KEPT_OLDER, PRERENDERED, SKIP_PRERENDERED, WAIT } from './pageClasses.ts'

/**
 * How the app's first render meets the screen the page painted before it.
 *
 * The page shows the app's own drawing, made by react-dom/server: the build's
 * prerender of a first visit (src/boot/prerender.tsx), or the screen the app
 * kept from a returning visitor's last visit, drawn from the very progress it
 * reads now (keepLastScreen.tsx). When the app's first render would draw
 * exactly that, React takes it over as it is (hydrateRoot): no node is made
 * again, nothing is laid out twice, and nothing a person is pressing, reading
 * or has opened is swapped under them. Otherwise (the stand-in, a #place to
 * jump to) the app draws its own screen in the page's place.
 */

/** The copies of the page's screen, in #root. */
const PAGE_SCREENS = `#root > .${PRERENDERED}`

/** The class the screen's holder takes once the app runs it (app/shell.css). */
const APP_SCREEN = 'app-screen'

/**
 * The page's screen the app's first render can take over as it stands, or
 * null: the one copy on show (the prerender, or the screen kept in its
 * place), with no #place in the address (the app marks the step it jumps to,
 * which the drawing did not).
 */
export function screenToTakeOver(page: Document): HTMLElement | null {
  const { classList } = page.documentElement
  if ([SKIP_PRERENDERED, WAIT, KEPT_OLDER].some((name) => classList.contains(name)) || page.location.hash !== '') return null
  const copies = page.querySelectorAll<HTMLElement>(PAGE_SCREENS)
  const [screen] = copies
  return copies.length === 1 && screen ? screen : null
}

/**
 * Right after the app has taken over the page's screen (in the same task as
 * React's commit): the screen is the app's from now on. Its buttons and menus
 * stop waiting (inert was the page's; React neither draws nor removes it), it
 * no longer follows the page's rules for copies (class, lang), taps on it are
 * the app's alone, and the page's own parts beside it go: the stand-in, the
 * note for a late script, the page's scripts. Nothing to do when the app drew
 * its own screen (its first render cleared the page's).
 */
export function settleTakenOverScreen(page: Document) {
  const screen = page.querySelector<HTMLElement>(PAGE_SCREENS)
  if (!screen) return
  for (const waiting of screen.querySelectorAll('[inert]')) waiting.removeAttribute('inert')
  screen.className = APP_SCREEN
  screen.removeAttribute('lang')
  for (const pagePart of [...(screen.parentElement?.children ?? [])]) if (pagePart !== screen) pagePart.remove()
}

/**
 * Takes in the taps made on the page before the app ran, if any are kept:
 * the code that reads them as progress (takeInEarlyTaps.ts) loads only then
 * (not here in earlyTaps.ts, which the page's early script bundles).
 */
export async function takeInEarlyTapsIfAny() {
  try {
    if (!hasEarlyTaps(deviceStorage())) return
  } catch {
    return // Storage blocked: there can be no taps kept either.
  }
  const { takeInEarlyTaps } = await import('./takeInEarlyTaps.ts')
  takeInEarlyTaps()
}
