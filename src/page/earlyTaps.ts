import { keepEarlyTap } from '../storage/earlyTaps.ts'
import type { EarlyTap } from '../progress/earlyTaps.ts'

/**
 * Taps on the prerendered page before the app's script has run. Its
 * checkboxes and radios are native, so a tap shows at once; the page's early
 * script keeps each tap the moment it happens (storage/earlyTaps.ts), and the
 * app takes them in when it starts, even on a later visit if the script never
 * arrived in this one. Bundled into that early script.
 */

/** Where the page's early script notes the control that has focus, for the app to give it back. */
const FOCUSED = 'prerenderedFocus'

/** The selector of the step's checkbox or the answer's radio, or '' for anything else. */
function controlSelector(target: EventTarget | null): string {
  if (!(target instanceof HTMLInputElement)) return ''
  const { step, question } = target.dataset
  if (step) return `input[data-step="${step}"]`
  return question ? `input[data-question="${question}"][value="${target.value}"]` : ''
}

/**
 * After the app has replaced the prerendered page: the focus goes back to
 * the same checkbox or radio, as the app draws it, if it was on one.
 */
export function giveBackFocus(page: Document) {
  const selector = page.documentElement.dataset[FOCUSED]
  delete page.documentElement.dataset[FOCUSED]
  if (!selector || (page.activeElement && page.activeElement !== page.body)) return
  page.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true })
}

/**
 * On the prerendered page: keeps every tick, untick and answer as it
 * happens, and notes what has focus. The box shows the tap itself (it is
 * native, and the step's look follows it in CSS); the count follows when the
 * app starts.
 */
export function keepEarlyTaps(page: Document, storage: Storage) {
  page.addEventListener('focusin', (event) => {
    if (event.target instanceof Element && event.target.closest('.prerendered'))
      page.documentElement.dataset[FOCUSED] = controlSelector(event.target)
  })
  page.addEventListener('change', (event) => {
    const input = event.target
    if (!(input instanceof HTMLInputElement) || !input.closest('.prerendered')) return
    const guideId = input.closest<HTMLElement>('[data-guide]')?.dataset.guide ?? ''
    const { step, question } = input.dataset
    const at = Date.now()
    const tap: EarlyTap | null = step
      ? { guideId, stepId: step, done: input.checked, at }
      : question && input.checked
        ? { guideId, questionId: question, value: input.value, at }
        : null
    if (tap) keepEarlyTap(storage, tap)
  })
}
