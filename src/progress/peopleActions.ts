/**
 * Adding, renaming and removing people: actions on the progress store that
 * only the "为谁办理" screen uses, kept out of progressStore.ts so they load
 * with that screen instead of on the first one (switching people, which the
 * first screen does, and the undo of a removal stay in the store).
 */
import { useProgress } from './progressStore.ts'
import { isInvisible, withoutBidiControls } from '../ui/plainText.ts'
import { DEFAULT_PERSON_ID, NAME_MAX, newPerson } from './savedProgress.ts'

/** A person's name as typed: without bidi controls, trimmed and cut to NAME_MAX; '' when nothing of it would show. */
export function cleanName(name: string): string {
  const clean = withoutBidiControls(name).trim().slice(0, NAME_MAX)
  return isInvisible(clean) ? '' : clean
}

const newPersonId = () => `p-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** Adds a person with their own empty progress and switches to them; returns their id. */
export function addPerson(name: string): string {
  const personId = newPersonId()
  useProgress.setState((state) => ({
    people: { ...state.people, [personId]: newPerson(cleanName(name), Date.now()) },
    currentPersonId: personId,
  }))
  return personId
}

/** A new name (an empty one changes nothing). */
export function renamePerson(personId: string, name: string) {
  useProgress.setState((state) => {
    const person = state.people[personId]
    if (!person || person.removed || !cleanName(name)) return {}
    return { people: { ...state.people, [personId]: { ...person, name: cleanName(name), at: Date.now() } } }
  })
}

/** Removes a person and their progress (never "我"); the store's undo brings them back. */
export function removePerson(personId: string) {
  useProgress.setState((state) => {
    const person = state.people[personId]
    if (personId === DEFAULT_PERSON_ID || !person || person.removed) return {}
    const at = Date.now()
    const wasCurrent = state.currentPersonId === personId
    return {
      people: { ...state.people, [personId]: { ...newPerson(null, at), removed: true } },
      currentPersonId: wasCurrent ? DEFAULT_PERSON_ID : state.currentPersonId,
      undoable: { kind: 'remove-person', personId, at, before: person, wasCurrent },
    }
  })
}
