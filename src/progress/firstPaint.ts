import { isTime } from '../ui/formatDate.ts'
import { isId, NOTE_MAX, OWN_STEP_MAX, PROGRESS_VERSION } from './format.ts'

/**
 * What a returning visitor's first paint may show before the app's script
 * arrives, read by the page's early script from the saved text: the steps
 * ticked in one guide. Only for the simplest saved state, checked as
 * strictly as the app checks it, so the app's first render will draw the
 * very same screen: version 4 (or 3), just "我" (unnamed), and in this
 * guide no answers, no notes and no own steps (those change what the screen shows). Anything else:
 * null, and the page shows its stand-in until the app has started.
 *
 * Bundled into the page's early script: it imports nothing heavy.
 */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const hasExactly = (value: Record<string, unknown>, keys: string[]) =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key))

/** guide → id → entry, every key an id and every entry as `isEntry` says. */
const isNested = (value: unknown, isEntry: (entry: Record<string, unknown>) => boolean) =>
  isRecord(value) &&
  Object.entries(value).every(
    ([guideId, entries]) =>
      isId(guideId) && isRecord(entries) && Object.entries(entries).every(([id, entry]) => isId(id) && isRecord(entry) && isEntry(entry)),
  )

const isMark = (mark: Record<string, unknown>) => hasExactly(mark, ['done', 'at']) && typeof mark.done === 'boolean' && isTime(mark.at)
const isNote = (note: Record<string, unknown>) =>
  hasExactly(note, ['text', 'at']) && typeof note.text === 'string' && note.text.length <= NOTE_MAX && isTime(note.at)
const isAnswer = (answer: Record<string, unknown>) =>
  hasExactly(answer, ['value', 'at']) && (answer.value === '' || isId(answer.value)) && isTime(answer.at)
const isOwnStep = (step: Record<string, unknown>) =>
  hasExactly(step, ['section', 'title', 'at']) &&
  isId(step.section) &&
  typeof step.title === 'string' &&
  step.title.length <= OWN_STEP_MAX &&
  isTime(step.at)

export function stepsTickedForFirstPaint(savedText: string, guideId: string): string[] | null {
  let saved: unknown
  try {
    saved = JSON.parse(savedText)
  } catch {
    return null
  }
  // Version 3 is version 4 without own steps: a save from before them still draws at once.
  if (!isRecord(saved) || !hasExactly(saved, ['version', 'state']) || (saved.version !== PROGRESS_VERSION && saved.version !== 3))
    return null
  const { state } = saved
  if (!isRecord(state) || !hasExactly(state, ['people', 'currentPersonId']) || state.currentPersonId !== 'me') return null
  const { people } = state
  if (!isRecord(people) || !hasExactly(people, ['me'])) return null
  const me = people.me
  const fields = ['name', 'at', 'removed', 'guides', 'notes', 'answers']
  if (!isRecord(me) || !hasExactly(me, saved.version === 3 ? fields : [...fields, 'ownSteps'])) return null
  if (me.name !== null || me.removed !== false || !isTime(me.at)) return null
  if (
    !isNested(me.guides, isMark) ||
    !isNested(me.notes, isNote) ||
    !isNested(me.answers, isAnswer) ||
    (me.ownSteps !== undefined && !isNested(me.ownSteps, isOwnStep))
  )
    return null
  const of = (record: unknown) =>
    isRecord(record) && Object.hasOwn(record, guideId) ? (record[guideId] as Record<string, Record<string, unknown>>) : {}
  if (Object.values(of(me.answers)).some((answer) => answer.value !== '')) return null
  if (Object.values(of(me.notes)).some((note) => typeof note.text === 'string' && note.text.trim() !== '')) return null
  if (Object.values(of(me.ownSteps)).some((step) => step.title !== '')) return null
  // As the app refuses them: own steps under any id but own-….
  if (
    isRecord(me.ownSteps) &&
    Object.values(me.ownSteps).some((steps) => Object.keys(steps as object).some((id) => !id.startsWith('own-')))
  )
    return null
  return Object.entries(of(me.guides))
    .filter(([, mark]) => mark.done === true)
    .map(([stepId]) => stepId)
}
