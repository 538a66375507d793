/**
 * The saved format's version, and how to bring older saved data up to it.
 *
 * Version 1 is the first release; version 2 added notes on steps and lets
 * people be renamed and removed (each person has `at`, `removed` and `notes`);
 * version 3 added each person's answers to a guide's questions (`answers`);
 * version 4 added the steps a person adds to a guide themselves (`ownSteps`).
 * When the format changes:
 * 1. bump PROGRESS_VERSION and add the new exact shape to SCHEMA_OF_VERSION,
 * 2. add a step to `steps` that turns version N-1 into version N,
 * 3. commit a fixture of the old format in tests/unit/fixtures/progress-vN.json
 *    (the fixture test fails until you do).
 */
import * as v from 'valibot'
import { hasForbiddenKey, isSavedProgress, PROGRESS_VERSION, SCHEMA_OF_VERSION, type SavedProgress } from './savedProgress.ts'

export { PROGRESS_VERSION } from './savedProgress.ts'

type Dict = Record<string, unknown>
type Person = Dict
type State = { people: Record<string, Person>; currentPersonId: string }

/** Each person changed by `change`; the state was checked against its version's exact shape first. */
const eachPerson =
  (change: (person: Person) => Person) =>
  (state: State): State => ({
    ...state,
    people: Object.fromEntries(Object.entries(state.people).map(([id, person]) => [id, change(person)])),
  })

/** steps[n] turns version n into version n + 1. */
const steps: Record<number, (state: State) => State> = {
  1: eachPerson((person) => ({ ...person, at: 0, removed: false, notes: {} })),
  2: eachPerson((person) => ({ ...person, answers: {} })),
  3: eachPerson((person) => ({ ...person, ownSteps: {} })),
}

/**
 * Saved or backed-up progress of any known version, brought up to date and
 * checked; null if it cannot be. Data must match the exact shape of the
 * version it says it is: a newer body labelled as an older version would lose
 * whatever the older version did not have, so it is refused, never upgraded.
 */
export function upgradeProgress(state: unknown, fromVersion: number): SavedProgress | null {
  const schema = SCHEMA_OF_VERSION[fromVersion]
  if (!schema || hasForbiddenKey(state) || !v.is(schema, state)) return null
  let current = state as State
  for (let version = fromVersion; version < PROGRESS_VERSION; version += 1) {
    const step = steps[version]
    if (!step) return null
    current = step(current)
  }
  return isSavedProgress(current) ? current : null
}
