import * as v from 'valibot'

/**
 * What we keep on the device: person → guide → step → the latest mark, plus
 * each person's notes on steps and answers to each guide's questions. An untick is kept as `done: false` with its
 * time, an emptied note as `text: ''` with its time, and a removed person as
 * an empty record marked `removed`, so a later merge (another tab, an
 * imported backup or link) can tell which change is newer instead of bringing
 * back what was taken away.
 */

/** Keys that could reach an object's prototype. valibot quietly skips them,
 * but we refuse the whole document instead of loading it half-read. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function hasForbiddenKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  return Object.keys(value).some(
    (key) => FORBIDDEN_KEYS.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key]),
  )
}

/** Where the progress is kept in localStorage. */
export const PROGRESS_KEY = 'sim-cancel-checklist:progress'

/** Longest name for a person ("妈妈的卡") and longest note on a step, in characters. */
export const NAME_MAX = 20
export const NOTE_MAX = 200

/** "我": there from the start, can be renamed, never removed, so there is always someone. */
export const DEFAULT_PERSON_ID = 'me'

const Time = v.pipe(v.number(), v.integer(), v.minValue(0))

const StepMarkSchema = v.strictObject({ done: v.boolean(), at: Time })

const NoteSchema = v.strictObject({ text: v.pipe(v.string(), v.maxLength(NOTE_MAX)), at: Time })

/** An answer to one of a guide's questions: an option's id, or '' once taken back (a backup's 替换). */
const AnswerSchema = v.strictObject({ value: v.pipe(v.string(), v.maxLength(64), v.regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/)), at: Time })

const PersonSchema = v.strictObject({
  /** null means the default person, shown as "我" in the current script. */
  name: v.nullable(v.pipe(v.string(), v.maxLength(NAME_MAX))),
  /** When the name was last changed, or the person removed or brought back (0: never). */
  at: Time,
  removed: v.boolean(),
  guides: v.record(v.string(), v.record(v.string(), StepMarkSchema)),
  notes: v.record(v.string(), v.record(v.string(), NoteSchema)),
  /** guide → question → answer; changing one hides or shows steps, never touches their marks. */
  answers: v.record(v.string(), v.record(v.string(), AnswerSchema)),
})

export const SavedProgressSchema = v.pipe(
  v.strictObject({
    people: v.record(v.string(), PersonSchema),
    currentPersonId: v.string(),
  }),
  v.check((saved) => saved.people[DEFAULT_PERSON_ID]?.removed === false, '"我" must be there'),
  v.check((saved) => saved.people[saved.currentPersonId]?.removed === false, 'the current person must be there'),
)

export type StepMark = v.InferOutput<typeof StepMarkSchema>
export type StepNote = v.InferOutput<typeof NoteSchema>
export type GuideMarks = Record<string, StepMark>
export type GuideNotes = Record<string, StepNote>
export type Answer = v.InferOutput<typeof AnswerSchema>
export type GuideAnswers = Record<string, Answer>
export type Person = v.InferOutput<typeof PersonSchema>
export type SavedProgress = v.InferOutput<typeof SavedProgressSchema>

export const newPerson = (name: string | null, at: number): Person => ({ name, at, removed: false, guides: {}, notes: {}, answers: {} })

export function emptyProgress(): SavedProgress {
  return { people: { [DEFAULT_PERSON_ID]: newPerson(null, 0) }, currentPersonId: DEFAULT_PERSON_ID }
}

export function isSavedProgress(value: unknown): value is SavedProgress {
  return !hasForbiddenKey(value) && v.is(SavedProgressSchema, value)
}

/** The people who are here (not removed), in the order they were added, "我" first. */
export function livePeople(people: SavedProgress['people']): [string, Person][] {
  return Object.entries(people).filter(([, person]) => !person.removed)
}

/** A guide's answers as question id → option id (what the catalogue's fitGuide reads). */
export const answerValues = (answers: GuideAnswers): Record<string, string> =>
  Object.fromEntries(Object.entries(answers).map(([questionId, answer]) => [questionId, answer.value]))
