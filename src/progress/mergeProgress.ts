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

/** How far ahead of this device's clock a time from outside may be before it is taken as now. */
export const CLOCK_SKEW = 5 * 60 * 1000

/**
 * Progress from outside this moment (a backup, a link, another tab's write,
 * the journal, saved text, taps before the script) with every time more than
 * a few minutes ahead of ours set to now. A phone whose clock runs a day
 * ahead, a clock put back, or a file dated in 2255 would otherwise stamp
 * changes that win over every real change made here later.
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

type Entries<T> = Record<string, Record<string, T>>

/**
 * 撤销 of a take-in (a backup or a link): `now` with each thing the take-in
 * changed and nobody has touched since put back as it was `before`, stamped
 * `at` so it wins over copies elsewhere. What did not exist before is taken
 * back the way the saved format takes things back (an untick, an emptied
 * note or answer, a deleted own step, a removed person).
 */
export function takenBack(now: SavedProgress, before: SavedProgress, after: SavedProgress, at: number): SavedProgress {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  const people = { ...now.people }
  for (const personId of new Set([...Object.keys(before.people), ...Object.keys(after.people)])) {
    const was = ownEntry(before.people, personId)
    const wrote = ownEntry(after.people, personId)
    const is = ownEntry(now.people, personId)
    if (!wrote || !is || same(was, wrote)) continue
    const back = <T>(pick: (person: Person) => Entries<T>, empty: (entry: T) => T): Entries<T> => {
      const result: Entries<T> = { ...pick(is) }
      const groups = new Set([...Object.keys(was ? pick(was) : {}), ...Object.keys(pick(wrote))])
      for (const group of groups) {
        const old = (was && ownEntry(pick(was), group)) || {}
        const written = ownEntry(pick(wrote), group) ?? {}
        const current = { ...(ownEntry(pick(is), group) ?? {}) }
        for (const key of new Set([...Object.keys(old), ...Object.keys(written)])) {
          const entry = ownEntry(written, key)
          const prior = ownEntry(old, key)
          if (same(prior, entry) || !same(ownEntry(current, key), entry)) continue
          if (prior) current[key] = { ...prior, at }
          else if (entry) current[key] = { ...empty(entry), at }
        }
        result[group] = current
      }
      return result
    }
    const unchanged = is.at === wrote.at && is.removed === wrote.removed && is.name === wrote.name
    const person =
      unchanged && !same([was?.name, was?.removed], [wrote.name, wrote.removed])
        ? { name: was?.name ?? null, removed: was ? was.removed : true, at }
        : {}
    people[personId] = {
      ...is,
      ...person,
      guides: back(
        (p) => p.guides,
        (mark) => ({ ...mark, done: false }),
      ),
      notes: back(
        (p) => p.notes,
        (note) => ({ ...note, text: '' }),
      ),
      answers: back(
        (p) => p.answers,
        (answer) => ({ ...answer, value: '' }),
      ),
      ownSteps: back(
        (p) => p.ownSteps,
        (step) => ({ ...step, title: '' }),
      ),
    }
    // A person taken back out keeps nothing, as a removal does.
    if (people[personId]?.removed) people[personId] = { ...people[personId]!, guides: {}, notes: {}, answers: {}, ownSteps: {} }
  }
  const wanted = now.currentPersonId === after.currentPersonId ? before.currentPersonId : now.currentPersonId
  return { people, currentPersonId: ownEntry(people, wanted)?.removed === false ? wanted : DEFAULT_PERSON_ID }
}
