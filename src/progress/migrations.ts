/**
 * The saved format's version, and how to bring older saved data up to it.
 *
 * Version 1 is the first release; version 2 added notes on steps and lets
 * people be renamed and removed (each person has `at`, `removed` and `notes`);
 * version 3 added each person's answers to a guide's questions (`answers`).
 * When the format changes:
 * 1. bump PROGRESS_VERSION,
 * 2. add a step to `steps` that turns version N-1 into version N,
 * 3. commit a fixture of the old format in tests/unit/fixtures/progress-vN.json
 *    (the fixture test fails until you do).
 */
import { isSavedProgress, type SavedProgress } from './savedProgress.ts'

export const PROGRESS_VERSION = 3

type MigrationStep = (state: unknown) => unknown

type Dict = Record<string, unknown>
const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value)

/** steps[n] turns version n into version n + 1. Anything unexpected is passed on for the schema check to refuse. */
const steps: Record<number, MigrationStep> = {
  1: (state) => {
    if (!isDict(state) || !isDict(state.people)) return state
    const people: Dict = {}
    for (const [id, person] of Object.entries(state.people)) {
      people[id] = isDict(person) ? { name: person.name, at: 0, removed: false, guides: person.guides, notes: {} } : person
    }
    return { ...state, people }
  },
  2: (state) => {
    if (!isDict(state) || !isDict(state.people)) return state
    const people: Dict = {}
    for (const [id, person] of Object.entries(state.people)) {
      people[id] = isDict(person) ? { ...person, answers: {} } : person
    }
    return { ...state, people }
  },
}

export function migrateProgress(state: unknown, fromVersion: number): unknown {
  let current = state
  for (let version = fromVersion; version < PROGRESS_VERSION; version += 1) {
    const step = steps[version]
    if (!step) throw new Error(`no migration from version ${version}`)
    current = step(current)
  }
  return current
}

/** Saved or backed-up progress of any known version, brought up to date and checked; null if it cannot be. */
export function upgradeProgress(state: unknown, fromVersion: number): SavedProgress | null {
  try {
    const current = migrateProgress(state, fromVersion)
    return isSavedProgress(current) ? current : null
  } catch {
    return null
  }
}
