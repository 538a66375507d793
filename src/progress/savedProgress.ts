import * as v from 'valibot'
import { isTime } from '../lib/formatDate.ts'
import { isInvisible, withoutBidiControls } from '../lib/plainText.ts'

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

/** Whether any object inside `value`, at any depth, has such a key; walks with a list, not recursion, so no depth can overflow the stack. */
export function hasForbiddenKey(value: unknown): boolean {
  const waiting: unknown[] = [value]
  while (waiting.length > 0) {
    const next = waiting.pop()
    if (typeof next !== 'object' || next === null) continue
    for (const [key, child] of Object.entries(next)) {
      if (FORBIDDEN_KEYS.has(key)) return true
      waiting.push(child)
    }
  }
  return false
}

/** The saved format's version (migrations.ts tells how to raise it). */
export const PROGRESS_VERSION = 5

/** Longest name for a person ("妈妈的卡") and longest note on a step, in characters. */
export const NAME_MAX = 20
export const NOTE_MAX = 200
/** Longest step a person adds themselves ("解绑招商银行"), in characters. */
export const OWN_STEP_MAX = 60

/** Every key we save by (person, guide, step, question) and every answer: lower-case words joined by "-", at most 64 characters. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)

/** A person's name as typed: without bidi controls, trimmed and cut to NAME_MAX; '' when nothing of it would show. */
export function cleanName(name: string): string {
  const clean = withoutBidiControls(name).trim().slice(0, NAME_MAX)
  return isInvisible(clean) ? '' : clean
}

/** "我": there from the start, can be renamed, never removed, so there is always someone. */
export const DEFAULT_PERSON_ID = 'me'

/**
 * Every key we save by (person, guide, step, question) is an id: lower-case
 * words joined by "-" (person ids are "me" and "p-…"). So no saved key can be
 * an Object.prototype name such as toString or valueOf.
 */
const Key = v.pipe(
  v.string(),
  v.check((value: string) => isId(value)),
)
const byId = <S extends v.GenericSchema>(schema: S) => v.record(Key, schema)

/** An own step's id: "own-" and a few random letters, never a catalogue step's id (the catalogue refuses "own-"). */
export const isOwnStepId = (stepId: string) => stepId.startsWith('own-')
/** Own steps by id: an id that is not "own-…" could stand in for a catalogue step and show it twice. */
const byOwnStepId = <S extends v.GenericSchema>(schema: S) =>
  v.record(
    v.pipe(
      Key,
      v.check((key: string) => isOwnStepId(key)),
    ),
    schema,
  )

/** A time a Date can hold. */
const Time = v.pipe(
  v.number(),
  v.check((at: number) => isTime(at)),
)

const StepMarkSchema = v.strictObject({ done: v.boolean(), at: Time })
const NoteSchema = v.strictObject({ text: v.pipe(v.string(), v.maxLength(NOTE_MAX)), at: Time })
/** An answer to one of a guide's questions: an option's id, or '' once taken back (a backup's 替换). */
const AnswerSchema = v.strictObject({ value: v.union([v.literal(''), Key]), at: Time })
const NameSchema = v.nullable(v.pipe(v.string(), v.maxLength(NAME_MAX)))
/**
 * A step the person added to a section of a guide, one line as typed; deleted,
 * it stays as `title: ''` with its time, like an emptied note, so a merge
 * cannot bring it back. Its tick and note are kept by its id like any step's.
 */
const OwnStepSchema = v.strictObject({ section: Key, title: v.pipe(v.string(), v.maxLength(OWN_STEP_MAX)), at: Time })

/**
 * A person in each saved-format version, exactly: a body that does not match
 * the version it is labelled with is not read as that version (and loses
 * nothing by being "upgraded"); it is kept aside instead.
 */
const personV1 = {
  /** null means the default person, shown as "我" in the current script. */
  name: NameSchema,
  guides: byId(byId(StepMarkSchema)),
}
const personV2 = {
  ...personV1,
  /** When the name was last changed, or the person removed or brought back (0: never). */
  at: Time,
  removed: v.boolean(),
  notes: byId(byId(NoteSchema)),
}
const personV3 = {
  ...personV2,
  /** guide → question → answer; changing one hides or shows steps, never touches their marks. */
  answers: byId(byId(AnswerSchema)),
}
const personV4 = {
  ...personV3,
  /** guide → own step id ("own-…") → the step as the person wrote it. */
  ownSteps: byId(byOwnStepId(OwnStepSchema)),
}

const PersonSchema = v.strictObject(personV4)

const progressOf = <P extends v.GenericSchema>(person: P) => v.strictObject({ people: byId(person), currentPersonId: Key })

export const SavedProgressSchema = v.pipe(
  progressOf(PersonSchema),
  v.check((saved) => saved.people[DEFAULT_PERSON_ID]?.removed === false, '"我" must be there'),
  v.check(
    (saved) => Object.hasOwn(saved.people, saved.currentPersonId) && saved.people[saved.currentPersonId]?.removed === false,
    'the current person must be there',
  ),
)

/** Each version's exact shape, for reading data labelled with it before migrating. */
export const SCHEMA_OF_VERSION: Record<number, v.GenericSchema> = {
  1: v.pipe(
    progressOf(v.strictObject(personV1)),
    v.check((saved) => Object.hasOwn(saved.people, saved.currentPersonId), 'the current person must be there'),
  ),
  2: v.pipe(
    progressOf(v.strictObject(personV2)),
    v.check((saved) => saved.people[DEFAULT_PERSON_ID]?.removed === false && saved.people[saved.currentPersonId]?.removed === false),
  ),
  3: v.pipe(
    progressOf(v.strictObject(personV3)),
    v.check((saved) => saved.people[DEFAULT_PERSON_ID]?.removed === false && saved.people[saved.currentPersonId]?.removed === false),
  ),
  4: SavedProgressSchema,
  // Version 5 has version 4's shape; only the answers' question ids moved.
  5: SavedProgressSchema,
}

/**
 * A record's own entry, never one inherited from Object.prototype: records
 * keyed by ids from outside (a link, a file, another tab) are read this way.
 */
export const ownEntry = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined

/** A new id for something made on this device (a person, an own step): `prefix`, the time, and a little chance. */
export const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** The parts a damaged save can still be read by, one at a time. */
export const isKey = (key: string) => v.is(Key, key)
export const isStepMark = (value: unknown) => v.is(StepMarkSchema, value)
export const isNote = (value: unknown) => v.is(NoteSchema, value)
export const isAnswer = (value: unknown) => v.is(AnswerSchema, value)
export const isName = (value: unknown) => v.is(NameSchema, value)
export const isOwnStep = (value: unknown) => v.is(OwnStepSchema, value)
export const isSavedTime = (value: unknown) => v.is(Time, value)

export type StepMark = v.InferOutput<typeof StepMarkSchema>
export type StepNote = v.InferOutput<typeof NoteSchema>
export type GuideMarks = Record<string, StepMark>
export type GuideNotes = Record<string, StepNote>
export type Answer = v.InferOutput<typeof AnswerSchema>
export type GuideAnswers = Record<string, Answer>
export type OwnStep = v.InferOutput<typeof OwnStepSchema>
export type GuideOwnSteps = Record<string, OwnStep>
export type Person = v.InferOutput<typeof PersonSchema>
export type SavedProgress = v.InferOutput<typeof SavedProgressSchema>

export const newPerson = (name: string | null, at: number): Person => ({
  name,
  at,
  removed: false,
  guides: {},
  notes: {},
  answers: {},
  ownSteps: {},
})

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

/** A person from elsewhere (a backup, a link) with no bidi controls left in their name, notes or own steps. */
export function withPlainText(person: Person): Person {
  const notes = mapEntries(person.notes, (note) => ({ ...note, text: withoutBidiControls(note.text) }))
  const ownSteps = mapEntries(person.ownSteps, (step) => ({ ...step, title: withoutBidiControls(step.title) }))
  return { ...person, name: person.name === null ? null : withoutBidiControls(person.name), notes, ownSteps }
}

/** guide → step (or question) → entry, each entry changed by `change`. */
export const mapEntries = <T>(entries: Record<string, Record<string, T>>, change: (entry: T) => T): Record<string, Record<string, T>> =>
  Object.fromEntries(
    Object.entries(entries).map(([guideId, steps]) => [
      guideId,
      Object.fromEntries(Object.entries(steps).map(([stepId, entry]) => [stepId, change(entry)])),
    ]),
  )

/** A guide's answers as question id → option id (what the catalogue's fitGuide reads). */
export const answerValues = (answers: GuideAnswers): Record<string, string> =>
  Object.fromEntries(Object.entries(answers).map(([questionId, answer]) => [questionId, answer.value]))
