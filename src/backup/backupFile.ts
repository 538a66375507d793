import { isTime } from '../lib/formatDate.ts'
import { parseBoundedJson } from '../lib/boundedJson.ts'
import { mergeProgress, withoutFutureTimes } from '../progress/mergeProgress.ts'
import { PROGRESS_VERSION, upgradeProgress } from '../progress/migrations.ts'
import {
  answerValues,
  DEFAULT_PERSON_ID,
  livePeople,
  ownEntry,
  withPlainText,
  type GuideMarks,
  type GuideOwnSteps,
  type SavedProgress,
} from '../progress/savedProgress.ts'

/**
 * A backup file: our progress with a label saying what it is. Imported
 * files are checked as strictly as saved data: size, JSON, our label, the
 * format version (older ones are migrated), then the schema.
 */
export const BACKUP_FORMAT = 'sim-cancel-checklist/progress-backup'
/** A real backup is a few KB; anything this large is not one of ours. */
export const MAX_BACKUP_BYTES = 256 * 1024
/**
 * How deeply a backup file or a link may nest its objects. The deepest the
 * app writes is a backup's step mark: file → state → people → person →
 * guides → guide → mark, 7 levels. 32 leaves room for many format changes
 * and stays thousands of levels below where reading it could run out of
 * stack; anything deeper is refused before it is parsed.
 */
export const MAX_NESTING = 32

export interface Backup {
  exportedAt: number
  state: SavedProgress
}

/**
 * Why a file was not imported: too big, unreadable (not JSON, or nested far
 * deeper than any backup), JSON without our label, from a newer app, or
 * labelled as ours but holding what the app does not accept (`rejected`).
 */
export type BackupProblem = 'too-big' | 'unreadable' | 'not-ours' | 'newer' | 'rejected'

/**
 * Which app wrote a backup: its version and build day, for a person (or us)
 * reading the file. Informational only: readBackup never reads it, so a file
 * without it, or with anything in it, imports the same.
 */
export const appOfBackup = () => ({ version: __APP_VERSION__, built: __BUILD_DATE__ })

export function backupText(state: SavedProgress, exportedAt: number): string {
  const { people, currentPersonId } = state
  const backup = { format: BACKUP_FORMAT, version: PROGRESS_VERSION, exportedAt, app: appOfBackup(), state: { people, currentPersonId } }
  return `${JSON.stringify(backup, null, 2)}\n`
}

export function backupFileName(exportedAt: number): string {
  const day = new Date(exportedAt)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `sim-cancel-checklist-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.json`
}

/**
 * What a version number found in a backup or a link means: one we can read
 * (this one, or an older one that migrates), one from a newer app, or junk.
 * `oldest` is the first version that kind of document was made in.
 */
export function versionStatus(version: unknown, oldest = 1): 'readable' | 'newer' | 'rejected' {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) return 'rejected'
  return version > PROGRESS_VERSION ? 'newer' : 'readable'
}

/** A backup file's text, checked as strictly as saved data; never throws. */
export function readBackup(text: string): { ok: true; backup: Backup } | { ok: false; problem: BackupProblem } {
  if (text.length > MAX_BACKUP_BYTES || new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-big' }
  const json = parseBoundedJson(text, { maxChars: MAX_BACKUP_BYTES, maxDepth: MAX_NESTING })
  if (!json.ok) return { ok: false, problem: 'unreadable' }
  const parsed = json.value
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: 'not-ours' }
  }
  try {
    const { version, exportedAt, state } = parsed as Record<string, unknown>
    const status = versionStatus(version)
    if (status !== 'readable') return { ok: false, problem: status }
    if (!isTime(exportedAt)) return { ok: false, problem: 'rejected' }
    const current = upgradeProgress(state, version as number)
    if (!current) return { ok: false, problem: 'rejected' }
    const people = Object.fromEntries(Object.entries(current.people).map(([personId, person]) => [personId, withPlainText(person)]))
    return { ok: true, backup: { exportedAt, state: { ...current, people } } }
  } catch {
    // Nothing above should throw on parsed JSON; if it ever does, the person is told, not left with a silent screen.
    return { ok: false, problem: 'rejected' }
  }
}

export interface GuideSummary {
  guideId: string
  marks: GuideMarks
  /** question → option id, for counting only the steps that apply. */
  answers: Record<string, string>
  /** The person's own steps in the guide, counted like the others. */
  ownSteps: GuideOwnSteps
  /** Ticked steps, counted one by one (the screen counts a choice once when it knows the guide). */
  ticked: number
  notes: number
}

export interface PersonSummary {
  personId: string
  name: string | null
  guides: GuideSummary[]
}

/** Per person and guide, what a backup or link holds: marks, answers, own steps and how many notes; guides with no ticks, notes or own steps left out. */
export function summarise(people: SavedProgress['people']): PersonSummary[] {
  return livePeople(people).map(([personId, person]) => ({
    personId,
    name: person.name,
    guides: [...new Set([...Object.keys(person.guides), ...Object.keys(person.notes), ...Object.keys(person.ownSteps)])]
      .map((guideId): GuideSummary => {
        const marks = ownEntry(person.guides, guideId) ?? {}
        return {
          guideId,
          marks,
          answers: answerValues(ownEntry(person.answers, guideId) ?? {}),
          ownSteps: ownEntry(person.ownSteps, guideId) ?? {},
          ticked: Object.values(marks).filter((mark) => mark.done).length,
          notes: Object.values(ownEntry(person.notes, guideId) ?? {}).filter((note) => note.text.trim()).length,
        }
      })
      .filter((guide) => guide.ticked > 0 || guide.notes > 0 || Object.values(guide.ownSteps).some((step) => step.title)),
  }))
}

/** 合并, 替换, or 作为新的人 (asNewPeople.ts). */
export type ImportMode = 'merge' | 'replace' | 'new'

/**
 * The progress after importing a backup.
 * "合并": both sides, step by step, the later change winning.
 * "替换": each person in the backup ends up exactly as in the backup; every
 * mark is stamped `now`, so the result also wins over older ticks that
 * another open tab still holds.
 */
export function progressAfterImport(current: SavedProgress, backup: SavedProgress, mode: ImportMode, now: number): SavedProgress {
  const imported = withoutFutureTimes(backup, now)
  if (mode === 'merge') return mergeProgress(current, imported)
  const people = { ...current.people }
  for (const [personId, person] of Object.entries(imported.people)) {
    const before = ownEntry(current.people, personId)
    if (person.removed) {
      people[personId] = { ...person, at: now, guides: {}, notes: {}, answers: {}, ownSteps: {} }
      continue
    }
    people[personId] = {
      name: person.name,
      at: now,
      removed: person.removed,
      guides: restamp(before?.guides, person.guides, (mark) => ({ done: mark?.done === true, at: now })),
      notes: restamp(before?.notes, person.notes, (note) => ({ text: note?.text ?? '', at: now })),
      answers: restamp(before?.answers, person.answers, (answer) => ({ value: answer?.value ?? '', at: now })),
      // An own step the backup does not have is deleted (it keeps its section, for the record).
      ownSteps: restamp(before?.ownSteps, person.ownSteps, (step, here) => ({
        section: step?.section ?? here?.section ?? 'own',
        title: step?.title ?? '',
        at: now,
      })),
    }
  }
  // A replace can remove the person on screen (a backup holds tombstones too).
  const currentPersonId = ownEntry(people, current.currentPersonId)?.removed === false ? current.currentPersonId : DEFAULT_PERSON_ID
  return { people, currentPersonId }
}

/** Every step (or question) either side has, set to the imported side's value and stamped `now`. */
function restamp<T>(
  before: Record<string, Record<string, T>> = {},
  imported: Record<string, Record<string, T>>,
  value: (entry: T | undefined, here: T | undefined) => T,
): Record<string, Record<string, T>> {
  const result: Record<string, Record<string, T>> = {}
  for (const guideId of new Set([...Object.keys(before), ...Object.keys(imported)])) {
    const theirs = ownEntry(imported, guideId) ?? {}
    const ours = ownEntry(before, guideId) ?? {}
    const stepIds = new Set([...Object.keys(ours), ...Object.keys(theirs)])
    result[guideId] = Object.fromEntries([...stepIds].map((stepId) => [stepId, value(ownEntry(theirs, stepId), ownEntry(ours, stepId))]))
  }
  return result
}
