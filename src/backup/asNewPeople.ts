import { withoutFutureTimes } from '../progress/mergeProgress.ts'
import { NAME_MAX, ownEntry, type SavedProgress } from '../progress/savedProgress.ts'

/**
 * The progress after taking in a backup's or a link's people as new people,
 * beside everyone already here: each gets a new id, their ticks, notes and
 * answers as they came, and a name no one here has ("妈妈的卡（2）").
 * With `show`, the last one added becomes the current person, as opening a
 * link shows whose progress it brought.
 */
export function progressAsNewPeople(
  current: SavedProgress,
  incoming: SavedProgress['people'],
  { names, now, show }: { names: NewPeopleNames; now: number; show: boolean },
): SavedProgress {
  const people = { ...current.people }
  const taken = new Set(Object.values(people).flatMap((person) => (person.removed ? [] : [names.here(person.name)])))
  const arrived = withoutFutureTimes({ people: incoming, currentPersonId: '' }, now).people
  let currentPersonId = current.currentPersonId
  let index = 0
  for (const person of Object.values(arrived)) {
    if (person.removed) continue
    let personId: string
    do personId = `p-${now.toString(36)}-${(index += 1)}`
    while (ownEntry(people, personId))
    const name = unusedName(names.arriving(person.name), taken)
    taken.add(name)
    people[personId] = { ...person, name, at: now }
    if (show) currentPersonId = personId
  }
  return { people, currentPersonId }
}

/** Names as shown: of people here ("我" for the one without a name of their own), and of people arriving (the sender's "我" is someone else here). */
export interface NewPeopleNames {
  here: (name: string | null) => string
  arriving: (name: string | null) => string
}

/** `wanted`, or with （2）, （3）… after it (shortened to fit NAME_MAX) until no one has it. */
export function unusedName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted
  for (let count = 2; ; count += 1) {
    const suffix = `（${count}）`
    const name = wanted.slice(0, NAME_MAX - suffix.length) + suffix
    if (!taken.has(name)) return name
  }
}
