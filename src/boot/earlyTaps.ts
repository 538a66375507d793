import { GUIDE, QUESTION, STEP } from '../config/pageContract.ts'
import { EARLY_TAPS_KEY } from '../storage/keys.ts'
import { PRERENDERED } from './pageClasses.ts'

/**
 * Taps on the prerendered page before the app's script has run, in one
 * place: how they are heard and kept, and what the app gives back of them.
 * The page's checkboxes and radios are native, so a tap shows at once; the
 * page's early script keeps each tap in storage the moment it happens, and
 * the app takes them in when it starts (takeInEarlyTaps.ts), even on a later
 * visit if the script never arrived in this one. Bundled into that early
 * script: it imports nothing heavy.
 */

/**
 * A tap on the prerendered page before the app's script ran: a step ticked
 * or unticked, or a question answered, in a guide, at a time. Kept in
 * storage as a list (EARLY_TAPS_KEY) until the app takes them in
 * (takeInEarlyTaps.ts).
 */
export type EarlyTap = { guideId: string; at: number } & ({ stepId: string; done: boolean } | { questionId: string; value: string })

/** More than anyone taps before a script arrives; keeps a stuck page from filling storage. */
const MAX_TAPS = 500

/** The taps kept so far, as they were written (checked by whoever reads them); [] when none or unreadable. */
export function readEarlyTaps(storage: Pick<Storage, 'getItem'>): unknown[] {
  try {
    const taps: unknown = JSON.parse(storage.getItem(EARLY_TAPS_KEY) ?? '[]')
    return Array.isArray(taps) ? taps : []
  } catch {
    return []
  }
}

/** Whether any tap is waiting for the app. */
export const hasEarlyTaps = (storage: Pick<Storage, 'getItem'>) => storage.getItem(EARLY_TAPS_KEY) !== null

/** Keeps one more tap; on blocked or full storage the app will say so once it starts. */
function recordEarlyTap(storage: Storage, tap: EarlyTap) {
  try {
    storage.setItem(EARLY_TAPS_KEY, JSON.stringify([...readEarlyTaps(storage), tap].slice(-MAX_TAPS)))
  } catch {
    // As above.
  }
}

/** Forgets the taps once the app has taken them in (or found nothing readable in them). */
export function forgetEarlyTaps(storage: Storage) {
  storage.removeItem(EARLY_TAPS_KEY)
}

/** Within the page's own screen (not yet the app's). */
const ON_PAGE_SCREEN = `.${PRERENDERED}`

/** Where the page's early script notes the control that has focus, for the app to give it back. */
const FOCUSED = 'prerenderedFocus'

/** The selector of the step's checkbox or the answer's radio, or '' for anything else. */
function controlSelector(target: EventTarget | null): string {
  if (!(target instanceof HTMLInputElement)) return ''
  const step = target.getAttribute(STEP)
  const question = target.getAttribute(QUESTION)
  if (step) return `input[${STEP}="${step}"]`
  return question ? `input[${QUESTION}="${question}"][value="${target.value}"]` : ''
}

/** Where the page's early script notes the steps whose 说明 someone opened (their ids, space-separated). */
const OPENED = 'prerenderedOpen'

/** A step's own disclosure (说明和备注): the <details> right under the step's item. */
const stepDetails = (item: Element | null) => item?.querySelector<HTMLDetailsElement>(':scope > details') ?? null

/**
 * Once the app runs the screen, what the person left on the page's as it
 * was: each 说明 they opened is open, with what the app adds under it, and
 * the focus goes back to the same checkbox or radio, as the app draws it, if
 * the app drew its own screen. A 说明 the app took over open is still open,
 * but React did not see it open: it hears so now.
 */
export function giveBackPlace(page: Document) {
  const { dataset } = page.documentElement
  const opened = (dataset[OPENED] ?? '').split(' ').filter(Boolean)
  const selector = dataset[FOCUSED]
  delete dataset[OPENED]
  delete dataset[FOCUSED]
  for (const id of opened) {
    const details = stepDetails(page.getElementById(id))
    if (details?.open) details.dispatchEvent(new Event('toggle'))
    else if (details) details.open = true
  }
  if (!selector || (page.activeElement && page.activeElement !== page.body)) return
  page.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true })
}

/** Where the page's early script notes that a finger (or a mouse button) is down on the page. */
const PRESSING = 'pressing'

/** How long the app waits at most for a press to end before it draws anyway (a finger held still, a press that ended outside). */
const LONGEST_PRESS_MS = 2000

/**
 * Resolves once nothing is pressed on the page: at once, or when the press
 * ends and its click has landed. A first render that replaces the page's
 * screen (one the app cannot take over, boot/takeOver.ts) waits for it, so a
 * box someone is pressing is not swapped for the app's own under their finger.
 */
export function whenReleased(page: Document): Promise<void> {
  const root = page.documentElement
  if (root.dataset[PRESSING] === undefined) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      page.removeEventListener('pointerup', released, true)
      page.removeEventListener('pointercancel', released, true)
      window.clearTimeout(timer)
      resolve()
    }
    // The click that follows the pointerup is dispatched in the same task: the next task comes after it.
    const released = () => window.setTimeout(done)
    page.addEventListener('pointerup', released, true)
    page.addEventListener('pointercancel', released, true)
    const timer = window.setTimeout(done, LONGEST_PRESS_MS)
  })
}

/**
 * On the prerendered page: keeps every tick, untick and answer as it
 * happens, and notes what has focus and whether something is pressed. The
 * box shows the tap itself (it is native, and the step's look follows it in
 * CSS); the count follows when the app starts.
 */
export function recordEarlyTaps(page: Document, storage: Storage) {
  const root = page.documentElement
  page.addEventListener(
    'pointerdown',
    (event) => {
      // Only on the page's own screen: once the app has drawn its own, nothing waits for a press.
      if (event.target instanceof Element && event.target.closest(ON_PAGE_SCREEN)) root.dataset[PRESSING] = ''
    },
    true,
  )
  for (const type of ['pointerup', 'pointercancel']) page.addEventListener(type, () => delete root.dataset[PRESSING], true)
  page.addEventListener('focusin', (event) => {
    if (event.target instanceof Element && event.target.closest(ON_PAGE_SCREEN))
      page.documentElement.dataset[FOCUSED] = controlSelector(event.target)
  })
  // toggle does not bubble: heard on its way down.
  page.addEventListener(
    'toggle',
    (event) => {
      const details = event.target
      if (!(details instanceof HTMLDetailsElement)) return
      const item = details.parentElement
      if (!item?.id || !item.closest(ON_PAGE_SCREEN) || stepDetails(item) !== details) return
      const opened = new Set((root.dataset[OPENED] ?? '').split(' ').filter(Boolean))
      if (details.open) opened.add(item.id)
      else opened.delete(item.id)
      root.dataset[OPENED] = [...opened].join(' ')
    },
    true,
  )
  page.addEventListener('change', (event) => {
    const input = event.target
    if (!(input instanceof HTMLInputElement) || !input.closest(ON_PAGE_SCREEN)) return
    const guideId = input.closest(`[${GUIDE}]`)?.getAttribute(GUIDE) ?? ''
    const step = input.getAttribute(STEP)
    const question = input.getAttribute(QUESTION)
    const at = Date.now()
    const tap: EarlyTap | null = step
      ? { guideId, stepId: step, done: input.checked, at }
      : question && input.checked
        ? { guideId, questionId: question, value: input.value, at }
        : null
    if (tap) recordEarlyTap(storage, tap)
  })
}
