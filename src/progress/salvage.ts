/**
 * Reading what can still be read of saved progress that failed its check:
 * every person, mark, note and answer that is whole on its own is kept; the
 * rest is counted, so the notice can say what could not be read. The
 * original text has been kept aside before this runs (safeStorage.ts).
 * Loaded only when that happens.
 */
import { mergeProgress, withoutFutureTimes } from './mergeProgress.ts'
import { withVersion5Answers } from './migrations.ts'
import { useProgress } from './progressStore.ts'
import {
  DEFAULT_PERSON_ID,
  hasForbiddenKey,
  isAnswer,
  isKey,
  isName,
  isNote,
  isOwnStep,
  isOwnStepId,
  isSavedProgress,
  isSavedTime,
  isStepMark,
  newPerson,
  type Person,
  type SavedProgress,
} from './savedProgress.ts'
import { useStorageStatus, type Unreadable } from './storageStatus.ts'

type Dict = Record<string, unknown>
const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value)
const isSafeKey = (key: string) => isKey(key) && !hasForbiddenKey({ [key]: null })

const PERSON_FIELDS = new Set(['name', 'at', 'removed', 'guides', 'notes', 'answers', 'ownSteps'])

export interface Salvaged {
  progress: SavedProgress
  lost: Unreadable
}

/** The saved state inside the text, whatever its version says, and that version (0 if it says none); null when there is nothing to read at all. */
function peopleIn(raw: string): { people: Dict; currentPersonId: unknown; lost: number; version: number } | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return null
  }
  const state = isDict(parsed) && isDict(parsed.state) ? parsed.state : parsed
  if (!isDict(state) || !isDict(state.people)) return null
  const extra = Object.keys(state).filter((key) => key !== 'people' && key !== 'currentPersonId').length
  const version = isDict(parsed) && typeof parsed.version === 'number' ? parsed.version : 0
  return { people: state.people, currentPersonId: state.currentPersonId, lost: extra, version }
}

/** guide → step → entry, keeping the entries that are whole; `count` hears how many were not. */
function readEntries<T>(
  value: unknown,
  isEntry: (entry: unknown) => boolean,
  count: (lost: number) => void,
  isEntryKey: (key: string) => boolean = isSafeKey,
): Record<string, Record<string, T>> {
  if (value === undefined) return {}
  if (!isDict(value)) {
    count(1)
    return {}
  }
  const result: Record<string, Record<string, T>> = {}
  for (const [guideId, steps] of Object.entries(value)) {
    if (!isSafeKey(guideId) || !isDict(steps)) {
      count(isDict(steps) ? Math.max(1, Object.keys(steps).length) : 1)
      continue
    }
    const kept: Record<string, T> = {}
    for (const [stepId, entry] of Object.entries(steps)) {
      if (isEntryKey(stepId) && isEntry(entry)) kept[stepId] = entry as T
      else count(1)
    }
    result[guideId] = kept
  }
  return result
}

function readPerson(value: Dict, lost: Unreadable): Person {
  lost.other += Object.keys(value).filter((key) => !PERSON_FIELDS.has(key)).length
  const name = isName(value.name) ? (value.name as string | null) : null
  if (value.name !== undefined && !isName(value.name)) lost.other += 1
  const person: Person = {
    name,
    at: isSavedTime(value.at) ? (value.at as number) : 0,
    removed: value.removed === true,
    guides: readEntries(value.guides, isStepMark, (n) => (lost.marks += n)),
    notes: readEntries(value.notes, isNote, (n) => (lost.notes += n)),
    answers: readEntries(value.answers, isAnswer, (n) => (lost.answers += n)),
    ownSteps: readEntries(
      value.ownSteps,
      isOwnStep,
      (n) => (lost.ownSteps += n),
      (key) => isSafeKey(key) && isOwnStepId(key),
    ),
  }
  // A removed person keeps nothing (see mergeProgress).
  return person.removed ? { ...person, guides: {}, notes: {}, answers: {}, ownSteps: {} } : person
}

/** Everything that can be read of `raw`, and what could not; null when none of it reads. */
export function salvageProgress(raw: string): Salvaged | null {
  const found = peopleIn(raw)
  if (!found) return null
  const lost: Unreadable = { marks: 0, notes: 0, answers: 0, ownSteps: 0, people: 0, other: found.lost }
  const people: SavedProgress['people'] = {}
  for (const [personId, value] of Object.entries(found.people)) {
    if (!isSafeKey(personId) || !isDict(value)) lost.people += 1
    else {
      // "我" is never removed, whatever the data says.
      const person = readPerson(personId === DEFAULT_PERSON_ID ? { ...value, removed: false } : value, lost)
      // Answers saved before version 5 are to the guides' old questions.
      people[personId] = found.version < 5 ? withVersion5Answers(person) : person
    }
  }
  people[DEFAULT_PERSON_ID] ??= newPerson(null, 0)
  const wanted = found.currentPersonId
  const currentPersonId =
    typeof wanted === 'string' && Object.hasOwn(people, wanted) && !people[wanted]?.removed ? wanted : DEFAULT_PERSON_ID
  const progress = { people, currentPersonId }
  return isSavedProgress(progress) ? { progress, lost } : null
}

/**
 * Takes back what can be read of the text storage just kept aside: merged
 * step by step into what is on screen (the person may have ticked since),
 * and the notice told what could not be read.
 */
export function salvageUnreadable() {
  const { unreadable, reportSalvaged } = useStorageStatus.getState()
  if (unreadable === null) return
  const salvaged = salvageProgress(unreadable)
  if (!salvaged) return reportSalvaged(null)
  // On a tie (nothing touched since the page opened) the salvaged side wins, and its person is shown.
  const state = useProgress.getState()
  state.restoreProgress(mergeProgress(withoutFutureTimes(salvaged.progress, Date.now()), state))
  reportSalvaged(salvaged.lost)
}
