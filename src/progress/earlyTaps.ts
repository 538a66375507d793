import { isTime } from '../ui/formatDate.ts'
import { DEFAULT_PERSON_ID, isId, newPerson, type SavedProgress } from './savedProgress.ts'

/**
 * A tap on the prerendered page before the app's script ran (page/earlyTaps.ts
 * keeps them, storage/earlyTaps.ts holds them): a step ticked or unticked, or
 * a question answered, in a guide, at a time.
 */
export type EarlyTap = { guideId: string; at: number } & ({ stepId: string; done: boolean } | { questionId: string; value: string })

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
