import * as v from 'valibot'

/**
 * What we keep on the device: person → guide → step → the latest mark.
 * An untick is kept as `done: false` with its time, so a later merge (another
 * tab, an imported backup) can tell which change is newer.
 */
/**
 * Keys that could reach an object's prototype. valibot quietly skips them,
 * but we refuse the whole document instead of loading it half-read.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function hasForbiddenKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  return Object.keys(value).some(
    (key) => FORBIDDEN_KEYS.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key]),
  )
}

const StepMarkSchema = v.strictObject({
  done: v.boolean(),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

const PersonSchema = v.strictObject({
  /** null means the default person, shown as "我" in the current script. */
  name: v.nullable(v.string()),
  guides: v.record(v.string(), v.record(v.string(), StepMarkSchema)),
})

export const SavedProgressSchema = v.pipe(
  v.strictObject({
    people: v.record(v.string(), PersonSchema),
    currentPersonId: v.string(),
  }),
  v.check((saved) => Object.hasOwn(saved.people, saved.currentPersonId), 'the current person must exist'),
)

export type StepMark = v.InferOutput<typeof StepMarkSchema>
export type GuideMarks = Record<string, StepMark>
export type SavedProgress = v.InferOutput<typeof SavedProgressSchema>

export const DEFAULT_PERSON_ID = 'me'

export function emptyProgress(): SavedProgress {
  return { people: { [DEFAULT_PERSON_ID]: { name: null, guides: {} } }, currentPersonId: DEFAULT_PERSON_ID }
}

export function isSavedProgress(value: unknown): value is SavedProgress {
  return !hasForbiddenKey(value) && v.is(SavedProgressSchema, value)
}
