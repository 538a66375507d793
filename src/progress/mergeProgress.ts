import { DEFAULT_PERSON_ID, mapEntries, ownEntry, type Person, type SavedProgress } from './savedProgress.ts'

type Timed = { at: number }
type Dated<T extends Timed> = Record<string, Record<string, T>>

const newer = <T extends Timed>(ours: T | undefined, theirs: T | undefined): T | undefined =>
  !ours ? theirs : !theirs ? ours : theirs.at > ours.at ? theirs : ours

/** guide → step (or question) → the later of the two entries (marks, notes, answers or own steps). */
function mergeDated<T extends Timed>(ours: Dated<T> = {}, theirs: Dated<T> = {}): Dated<T> {
  const merged: Dated<T> = {}
  for (const guideId of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const mine = ownEntry(ours, guideId) ?? {}
    const other = ownEntry(theirs, guideId) ?? {}
    const steps: Record<string, T> = {}
    for (const stepId of new Set([...Object.keys(mine), ...Object.keys(other)])) {
      const entry = newer(ownEntry(mine, stepId), ownEntry(other, stepId))
      if (entry) steps[stepId] = entry
    }
    merged[guideId] = steps
  }
  return merged
}

function mergePerson(ours: Person | undefined, theirs: Person | undefined): Person {
  // The name and whether the person is here go together: the later change wins.
  const { name, at, removed } = newer(ours, theirs) as Person
  // A removal keeps nothing, so the other side's older ticks cannot bring the person back.
  if (removed) return { name, at, removed, guides: {}, notes: {}, answers: {}, ownSteps: {} }
  return {
    name,
    at,
    removed,
    guides: mergeDated(ours?.guides, theirs?.guides),
    notes: mergeDated(ours?.notes, theirs?.notes),
    answers: mergeDated(ours?.answers, theirs?.answers),
    ownSteps: mergeDated(ours?.ownSteps, theirs?.ownSteps),
  }
}

/** How far ahead of this device's clock an imported time may be before it is taken as now. */
export const CLOCK_SKEW = 5 * 60 * 1000

/**
 * Progress from another device (a backup, a link) with every time more than
 * a few minutes ahead of ours set to now. A phone whose clock runs a day
 * ahead would otherwise stamp ticks that win over the real changes made here
 * in the meantime.
 */
export function withoutFutureTimes(progress: SavedProgress, now: number): SavedProgress {
  const clamp = <T extends Timed>(entry: T): T => (entry.at > now + CLOCK_SKEW ? { ...entry, at: now } : entry)
  const people = Object.fromEntries(
    Object.entries(progress.people).map(([personId, person]) => [
      personId,
      {
        ...clamp(person),
        guides: mapEntries(person.guides, clamp),
        notes: mapEntries(person.notes, clamp),
        answers: mapEntries(person.answers, clamp),
        ownSteps: mapEntries(person.ownSteps, clamp),
      },
    ]),
  )
  return { ...progress, people }
}

/**
 * Both sides' progress: for each step's mark and note, and each answer, the later change wins
 * (on a tie, ours), and the same for each person's name and removal. Nothing
 * either side has is dropped, except what a later removal took away. Used for
 * a second tab's writes and for importing a backup or a link with "合并".
 * Our person on screen stays, unless it was removed: then it is "我".
 */
export function mergeProgress(ours: SavedProgress, theirs: SavedProgress): SavedProgress {
  const people: SavedProgress['people'] = {}
  for (const personId of new Set([...Object.keys(ours.people), ...Object.keys(theirs.people)])) {
    people[personId] = mergePerson(ownEntry(ours.people, personId), ownEntry(theirs.people, personId))
  }
  const current = ownEntry(people, ours.currentPersonId)?.removed === false ? ours.currentPersonId : DEFAULT_PERSON_ID
  return { people, currentPersonId: current }
}
