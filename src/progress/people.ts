/**
 * The writes for the people on this device (progressStore.ts holds them as
 * `people`): add, rename, remove and undo the removal. They live beside the
 * store but load with the 为谁办理 screen, the one place that makes them, so
 * the first screen does not carry them.
 */
import { useProgress } from './progressStore.ts'
import { cleanName, DEFAULT_PERSON_ID, newId, newPerson, own } from './savedProgress.ts'

/** Adds a person with their own empty progress and switches to them; returns their id. */
export function addPerson(name: string): string {
  const personId = newId('p-')
  useProgress.setState((state) => ({
    people: { ...state.people, [personId]: newPerson(cleanName(name), Date.now()) },
    currentPersonId: personId,
  }))
  return personId
}

/** A new name (one with nothing visible in it changes nothing). */
export function renamePerson(personId: string, name: string) {
  useProgress.setState((state) => {
    const person = own(state.people, personId)
    if (!person || person.removed || !cleanName(name)) return {}
    return { people: { ...state.people, [personId]: { ...person, name: cleanName(name), at: Date.now() } } }
  })
}

/** Removes a person and their progress (never "我"); undoRemovePerson brings them back. */
export function removePerson(personId: string) {
  useProgress.setState((state) => {
    const person = own(state.people, personId)
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

/** 撤销 of a removal: the person comes back with all they had, if nobody has brought them back or changed them since. */
export function undoRemovePerson() {
  useProgress.setState((state) => {
    const change = state.undoable
    if (change?.kind !== 'remove-person') return { undoable: null }
    const now = state.people[change.personId]
    if (!now?.removed || now.at !== change.at) return { undoable: null }
    return {
      people: { ...state.people, [change.personId]: { ...change.before, at: Date.now() } },
      currentPersonId: change.wasCurrent ? change.personId : state.currentPersonId,
      undoable: null,
    }
  })
}
