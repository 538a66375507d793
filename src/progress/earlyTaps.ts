import { isTime } from '../ui/formatDate.ts'
import { EARLY_TAPS_KEY, isId } from './progressKey.ts'
import type { SavedProgress } from './savedProgress.ts'

/**
 * Taps on the prerendered page before the app's script has run. Its
 * checkboxes and radios are native, so a tap shows at once; the page's early
 * script keeps each tap here the moment it happens, and the app takes them
 * in when it starts (the same per-step merge as everything else), even on a
 * later visit if the script never arrived in this one.
 *
 * This module is bundled into that early script: it imports nothing heavy.
 */
export type EarlyTap = { guideId: string; at: number } & ({ stepId: string; done: boolean } | { questionId: string; value: string })

/** More than anyone taps before a script arrives; keeps a stuck page from filling storage. */
const MAX_TAPS = 500

function readTaps(storage: Pick<Storage, 'getItem'>): unknown[] {
  try {
    const taps: unknown = JSON.parse(storage.getItem(EARLY_TAPS_KEY) ?? '[]')
    return Array.isArray(taps) ? taps : []
  } catch {
    return []
  }
}

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
 * happens, and notes what has focus. `showTick` shows a tick or untick on
 * the page (its count and bar).
 */
export function keepEarlyTaps(page: Document, storage: Storage, showTick: (box: HTMLInputElement) => void = () => {}) {
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
    if (!tap) return
    if (step) showTick(input)
    try {
      storage.setItem(EARLY_TAPS_KEY, JSON.stringify([...readTaps(storage), tap].slice(-MAX_TAPS)))
    } catch {
      // Storage blocked or full: the app will say so once it starts.
    }
  })
}

const isTap = (tap: unknown): tap is EarlyTap => {
  if (typeof tap !== 'object' || tap === null) return false
  const { guideId, at, stepId, done, questionId, value } = tap as Record<string, unknown>
  if (!isId(guideId) || !isTime(at)) return false
  return (isId(stepId) && typeof done === 'boolean') || (isId(questionId) && isId(value))
}

/**
 * The taps kept so far, as saved progress of the person a first visit is
 * ("我"), ready to merge; null when there are none. Anything malformed is
 * left out: a tap is small, and the page wrote it a moment ago.
 */
export function earlyTapsAsProgress(storage: Pick<Storage, 'getItem'>): SavedProgress | null {
  const taps = readTaps(storage).filter(isTap)
  if (taps.length === 0) return null
  const me = { name: null, at: 0, removed: false, guides: {}, notes: {}, answers: {} } as SavedProgress['people'][string]
  for (const tap of taps) {
    if ('stepId' in tap) {
      me.guides[tap.guideId] = { ...me.guides[tap.guideId], [tap.stepId]: { done: tap.done, at: tap.at } }
    } else {
      me.answers[tap.guideId] = { ...me.answers[tap.guideId], [tap.questionId]: { value: tap.value, at: tap.at } }
    }
  }
  return { people: { me }, currentPersonId: 'me' }
}
