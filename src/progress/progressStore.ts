import { persist } from 'zustand/middleware'
import { createAppStore } from '../lib/createAppStore.ts'
import { withoutBidiControls } from '../lib/plainText.ts'
import { usePersistentStorage } from './persistentStorage.ts'
import { mergeProgress, takenBack, withoutFutureTimes } from './mergeProgress.ts'
import { LAST_SCREEN_KEY } from '../storage/keys.ts'
import { deviceStorage } from '../storage/deviceStorage.ts'
import { PROGRESS_VERSION, upgradeProgress } from './migrations.ts'
import { createSafeStorage, readSavedText } from '../storage/safeStorage.ts'
import { PROGRESS_KEY } from '../storage/keys.ts'
import {
  cleanName,
  DEFAULT_PERSON_ID,
  emptyProgress,
  newId,
  newPerson,
  NOTE_MAX,
  OWN_STEP_MAX,
  ownEntry,
  type OwnStep,
  type GuideMarks,
  type GuideNotes,
  type Person,
  type SavedProgress,
} from './savedProgress.ts'
import { useStorageStatus } from './storageStatus.ts'

/** A change that a short-lived notice offers to undo; kept in memory only. */
export type Undoable =
  | {
      kind: 'untick' | 'reset'
      personId: string
      guideId: string
      /** The time stamped on the marks (and notes) this change wrote. */
      at: number
      /** The marks and notes as they were before, for the steps this change touched. */
      before: GuideMarks
      notesBefore: GuideNotes
    }
  | { kind: 'remove-person'; personId: string; at: number; before: Person; wasCurrent: boolean }
  | { kind: 'remove-own-step'; personId: string; guideId: string; stepId: string; at: number; before: OwnStep }
  /** A backup or a link taken in: everything as it was before, and as the take-in left it. */
  | { kind: 'take-in'; at: number; before: SavedProgress; after: SavedProgress }

interface ProgressState extends SavedProgress {
  undoable: Undoable | null
  toggleStep: (guideId: string, stepId: string, done: boolean) => void
  /** Writes the current person's note on a step; an empty text removes it. */
  setNote: (guideId: string, stepId: string, text: string) => void
  /** The current person's answer to one of a guide's questions (an option id); marks and notes stay as they are. */
  answerQuestion: (guideId: string, questionId: string, optionId: string) => void
  switchPerson: (personId: string) => void
  /** Adds a person with their own empty progress and switches to them; returns their id. */
  addPerson: (name: string) => string
  /** A new name (one with nothing visible in it changes nothing). */
  renamePerson: (personId: string, name: string) => void
  /** Removes a person and their progress (never "我"); 撤销 brings them back. */
  removePerson: (personId: string) => void
  /** Adds a step of the current person's own (one line) at the end of a section of a guide; returns its id, or null if the line is empty. */
  addOwnStep: (guideId: string, sectionId: string, title: string) => string | null
  /** A new wording for an own step (an empty one changes nothing). */
  renameOwnStep: (guideId: string, stepId: string, title: string) => void
  /** Deletes an own step (kept as an empty line with its time, so a merge cannot bring it back); 撤销 brings it back. */
  removeOwnStep: (guideId: string, stepId: string) => void
  /** 重新开始: clears these steps' ticks and notes for the current person (steps the guide no longer has keep theirs); 撤销 brings them back. */
  resetGuide: (guideId: string, stepIds: readonly string[]) => void
  /** 撤销 of the change on offer (an untick, 重新开始, a removed person or own step, a take-in), if nobody has changed those steps since. */
  undo: () => void
  dismissUndo: () => void
  /** Puts in place progress read back from a damaged save (salvage.ts). */
  restoreProgress: (restored: SavedProgress) => void
  /** Puts in place progress after taking in a backup or a link (backup/takeIn.ts); 撤销 takes it back. */
  takeInProgress: (after: SavedProgress) => void
  /** Folds in progress kept elsewhere on this device (the journal, taps before the script), step by step, the later change winning. */
  mergeIn: (incoming: SavedProgress) => void
}

const current = (state: SavedProgress): Person => state.people[state.currentPersonId] ?? newPerson(null, 0)

export function withGuide(state: SavedProgress, guideId: string, marks: GuideMarks, notes?: GuideNotes): Pick<SavedProgress, 'people'> {
  const person = current(state)
  return {
    people: {
      ...state.people,
      [state.currentPersonId]: {
        ...person,
        guides: { ...person.guides, [guideId]: marks },
        notes: notes ? { ...person.notes, [guideId]: notes } : person.notes,
      },
    },
  }
}

const marksOf = (state: SavedProgress, guideId: string): GuideMarks => current(state).guides[guideId] ?? {}
const notesOf = (state: SavedProgress, guideId: string): GuideNotes => current(state).notes[guideId] ?? {}

/** The current person with one own step of a guide set to `step`. */
function withOwnStep(state: SavedProgress, guideId: string, stepId: string, step: OwnStep): Pick<SavedProgress, 'people'> {
  const person = current(state)
  const ownSteps = { ...person.ownSteps, [guideId]: { ...person.ownSteps[guideId], [stepId]: step } }
  return { people: { ...state.people, [state.currentPersonId]: { ...person, ownSteps } } }
}

const ownStepOf = (state: SavedProgress, guideId: string, stepId: string): OwnStep | undefined =>
  ownEntry(ownEntry(current(state).ownSteps, guideId) ?? {}, stepId)

/** An own step's line as it is kept: no bidi controls, no spaces around it, at most OWN_STEP_MAX characters. */
const cleanLine = (title: string) => withoutBidiControls(title).trim().slice(0, OWN_STEP_MAX)

/** The state after 撤销 of `change`, for the person it was made for; nothing comes back that was changed since. */
function undone(state: ProgressState, change: Undoable): Partial<ProgressState> {
  const at = Date.now()
  switch (change.kind) {
    case 'untick':
    case 'reset': {
      if (change.personId !== state.currentPersonId) return {}
      const marks = { ...marksOf(state, change.guideId) }
      const notes = { ...notesOf(state, change.guideId) }
      // Only steps this change wrote and nobody has touched since.
      for (const [stepId, mark] of Object.entries(change.before)) {
        const now = marks[stepId]
        if (mark.done && now && !now.done && now.at === change.at) marks[stepId] = { done: true, at }
      }
      for (const [stepId, note] of Object.entries(change.notesBefore)) {
        if (notes[stepId]?.at === change.at) notes[stepId] = { text: note.text, at }
      }
      return withGuide(state, change.guideId, marks, notes)
    }
    case 'remove-person': {
      const now = ownEntry(state.people, change.personId)
      if (!now?.removed || now.at !== change.at) return {}
      return {
        people: { ...state.people, [change.personId]: { ...change.before, at } },
        currentPersonId: change.wasCurrent ? change.personId : state.currentPersonId,
      }
    }
    case 'take-in':
      return takenBack(saved(state), change.before, change.after, at)
    case 'remove-own-step': {
      if (change.personId !== state.currentPersonId) return {}
      const now = ownStepOf(state, change.guideId, change.stepId)
      if (now?.at !== change.at || now.title) return {}
      return withOwnStep(state, change.guideId, change.stepId, { ...change.before, at })
    }
  }
}

const saved = ({ people, currentPersonId }: SavedProgress): SavedProgress => ({ people, currentPersonId })

/**
 * Saved progress of any known version, brought up to date and checked, with
 * no time later than now: the one way saved text (this tab's, another tab's,
 * the journal's) becomes progress.
 */
function readProgress(state: unknown, version: number): SavedProgress | null {
  const progress = upgradeProgress(state, version)
  return progress && withoutFutureTimes(progress, Date.now())
}

/** The empty start; its `people` object tells a first load from a later one. */
const initial = emptyProgress()

export const useProgress = createAppStore<ProgressState>()(
  persist<ProgressState, [], [], SavedProgress>(
    (set, get) => ({
      ...initial,
      undoable: null,

      toggleStep: (guideId, stepId, done) => {
        set((state) => {
          const before = marksOf(state, guideId)
          const at = Date.now()
          const undoable: Undoable | null =
            !done && before[stepId]?.done
              ? { kind: 'untick', personId: state.currentPersonId, guideId, at, before: { [stepId]: before[stepId] }, notesBefore: {} }
              : state.undoable
          return { ...withGuide(state, guideId, { ...before, [stepId]: { done, at } }), undoable }
        })
        if (done) usePersistentStorage.getState().askToPersist()
      },

      setNote: (guideId, stepId, text) =>
        set((state) => {
          const notes = { ...notesOf(state, guideId), [stepId]: { text: withoutBidiControls(text).slice(0, NOTE_MAX), at: Date.now() } }
          return withGuide(state, guideId, marksOf(state, guideId), notes)
        }),

      answerQuestion: (guideId, questionId, optionId) =>
        set((state) => {
          const person = current(state)
          const answers = { ...person.answers[guideId], [questionId]: { value: optionId, at: Date.now() } }
          return {
            people: { ...state.people, [state.currentPersonId]: { ...person, answers: { ...person.answers, [guideId]: answers } } },
          }
        }),

      switchPerson: (personId) => set((state) => (state.people[personId]?.removed === false ? { currentPersonId: personId } : {})),

      addPerson: (name) => {
        const personId = newId('p-')
        set((state) => ({
          people: { ...state.people, [personId]: newPerson(cleanName(name), Date.now()) },
          currentPersonId: personId,
        }))
        return personId
      },

      renamePerson: (personId, name) =>
        set((state) => {
          const person = ownEntry(state.people, personId)
          if (!person || person.removed || !cleanName(name)) return {}
          return { people: { ...state.people, [personId]: { ...person, name: cleanName(name), at: Date.now() } } }
        }),

      removePerson: (personId) =>
        set((state) => {
          const person = ownEntry(state.people, personId)
          if (personId === DEFAULT_PERSON_ID || !person || person.removed) return {}
          const at = Date.now()
          const wasCurrent = state.currentPersonId === personId
          return {
            people: { ...state.people, [personId]: { ...newPerson(null, at), removed: true } },
            currentPersonId: wasCurrent ? DEFAULT_PERSON_ID : state.currentPersonId,
            undoable: { kind: 'remove-person', personId, at, before: person, wasCurrent },
          }
        }),

      addOwnStep: (guideId, sectionId, title) => {
        const line = cleanLine(title)
        if (!line) return null
        const stepId = newId('own-')
        set((state) => withOwnStep(state, guideId, stepId, { section: sectionId, title: line, at: Date.now() }))
        return stepId
      },

      renameOwnStep: (guideId, stepId, title) =>
        set((state) => {
          const step = ownStepOf(state, guideId, stepId)
          if (!step?.title || !cleanLine(title)) return {}
          return withOwnStep(state, guideId, stepId, { ...step, title: cleanLine(title), at: Date.now() })
        }),

      removeOwnStep: (guideId, stepId) =>
        set((state) => {
          const before = ownStepOf(state, guideId, stepId)
          if (!before?.title) return {}
          const at = Date.now()
          return {
            ...withOwnStep(state, guideId, stepId, { ...before, title: '', at }),
            undoable: { kind: 'remove-own-step', personId: state.currentPersonId, guideId, stepId, at, before },
          }
        }),

      resetGuide: (guideId, stepIds) =>
        set((state) => {
          const marks = { ...marksOf(state, guideId) }
          const notes = { ...notesOf(state, guideId) }
          const before: GuideMarks = {}
          const notesBefore: GuideNotes = {}
          const at = Date.now()
          for (const stepId of stepIds) {
            const mark = marks[stepId]
            if (mark?.done) {
              before[stepId] = mark
              marks[stepId] = { done: false, at }
            }
            const note = notes[stepId]
            if (note?.text) {
              notesBefore[stepId] = note
              notes[stepId] = { text: '', at }
            }
          }
          return {
            ...withGuide(state, guideId, marks, notes),
            undoable: { kind: 'reset', personId: state.currentPersonId, guideId, at, before, notesBefore },
          }
        }),

      undo: () => set((state) => ({ ...(state.undoable ? undone(state, state.undoable) : {}), undoable: null })),

      dismissUndo: () => set({ undoable: null }),

      restoreProgress: (restored) => set({ ...saved(restored), undoable: null }),

      takeInProgress: (after) =>
        set((state) => ({ ...saved(after), undoable: { kind: 'take-in', at: Date.now(), before: saved(state), after: saved(after) } })),

      // Nothing new (the journal's copy of what is saved, at most starts): no write, and nothing told of a change.
      mergeIn: (incoming) => {
        const before = saved(get())
        const merged = mergeProgress(before, withoutFutureTimes(incoming, Date.now()))
        if (JSON.stringify(merged) !== JSON.stringify(before)) set(merged)
      },
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: createSafeStorage<SavedProgress>({
        backend: deviceStorage,
        version: PROGRESS_VERSION,
        upgrade: readProgress,
        mergeWithStored: mergeProgress,
        onProblem: (problem) => useStorageStatus.getState().reportProblem(problem),
        onUnreadable: (raw) => useStorageStatus.getState().reportUnreadable(raw),
        disposable: [LAST_SCREEN_KEY],
        onSaved: (text) => void journaled.then((journal) => journal?.writeJournal(text)),
      }),
      partialize: saved,
      // On start-up: the saved state as it is. Whenever another tab saves: ours and
      // theirs, step by step (the person on screen stays this tab's).
      merge: (persisted, current) => {
        if (!persisted) return current
        const theirs = persisted as SavedProgress
        const firstLoad = current.people === initial.people
        return { ...current, ...(firstLoad ? saved(theirs) : mergeProgress(saved(current), theirs)) }
      },
    },
  ),
)

/**
 * Saved text as progress, read exactly as the store reads its own (the
 * envelope, then migrations and the schema): null if it cannot be read or
 * comes from a newer version of the app.
 */
export function readSavedProgress(text: string): SavedProgress | null {
  const read = readSavedText(text, PROGRESS_VERSION, readProgress)
  return read === 'newer' ? null : read
}

/**
 * The durable journal (journal.ts), loaded when the app starts. Writes wait
 * until what it held from the last visit has been folded in, so a tick that
 * localStorage lost to a killed browser is read before anything replaces it.
 */
let journalOpened: (journal: typeof import('../storage/journal.ts') | null) => void = () => {}
const journaled = new Promise<typeof import('../storage/journal.ts') | null>((resolve) => (journalOpened = resolve))

let journalStarted = false

/** Folds in what the journal kept (the same per-step merge as another tab's writes), then journals every save. Once a page. */
export function openJournal() {
  if (journalStarted) return
  journalStarted = true
  void import('../storage/journal.ts')
    .then(async (journal) => {
      const text = await journal.readJournal()
      const kept = text === null ? null : readSavedProgress(text)
      if (kept !== null) useProgress.getState().mergeIn(kept)
      journalOpened(journal)
    })
    .catch(() => journalOpened(null))
}

/** Brings in ticks saved by another tab as soon as it saves them. Returns a stop function. */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) void useProgress.persist.rehydrate()
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
