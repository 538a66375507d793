/**
 * The saved format's version, and how to bring older saved data up to it.
 *
 * Version 1 is the first release. When the format changes:
 * 1. bump PROGRESS_VERSION,
 * 2. add a step to `steps` that turns version N-1 into version N,
 * 3. commit a fixture of the old format in tests/unit/fixtures/progress-vN.json
 *    (the fixture test fails until you do).
 */
import { isSavedProgress, type SavedProgress } from './savedProgress.ts'

export const PROGRESS_VERSION = 1

type MigrationStep = (state: unknown) => unknown

/** steps[n] turns version n into version n + 1. */
const steps: Record<number, MigrationStep> = {}

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
