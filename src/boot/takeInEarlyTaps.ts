import { isTime } from '../lib/formatDate.ts'
import { useProgress } from '../progress/progressStore.ts'
import { DEFAULT_PERSON_ID, isId, newPerson, type SavedProgress } from '../progress/savedProgress.ts'
import { deviceStorage } from '../storage/deviceStorage.ts'
import { forgetEarlyTaps, readEarlyTaps, type EarlyTap } from './earlyTaps.ts'

/*
 * The app's half of the taps made on the prerendered page (earlyTaps.ts is
 * the page's): read as progress and merged in like another tab's, then
 * forgotten. Not in the page's early script: it needs the progress store.
 */

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
export function earlyTapsAsProgress(kept: readonly unknown[]): SavedProgress | null {
  const taps = kept.filter(isTap)
  if (taps.length === 0) return null
  const me = newPerson(null, 0)
  for (const tap of taps) {
    if ('stepId' in tap) {
      me.guides[tap.guideId] = { ...me.guides[tap.guideId], [tap.stepId]: { done: tap.done, at: tap.at } }
    } else {
      me.answers[tap.guideId] = { ...me.answers[tap.guideId], [tap.questionId]: { value: tap.value, at: tap.at } }
    }
  }
  return { people: { [DEFAULT_PERSON_ID]: me }, currentPersonId: DEFAULT_PERSON_ID }
}

/**
 * Takes in the taps made on the prerendered page before the app's script
 * ran, then forgets them. Safe to call more than once: the app calls it
 * before its first render (when it draws its own screen) and again just
 * after, for a tap that came in between.
 */
export function takeInEarlyTaps() {
  try {
    const storage = deviceStorage()
    const taps = earlyTapsAsProgress(readEarlyTaps(storage))
    if (taps !== null) useProgress.getState().mergeIn(taps)
    // Taken in, or nothing in it could be read: either way the page may show its first screen again.
    forgetEarlyTaps(storage)
  } catch {
    // Storage blocked: there can be no taps kept either.
  }
}
