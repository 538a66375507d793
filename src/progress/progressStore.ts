import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { useKeepStorage } from './keepStorage.ts'
import { mergeProgress } from './mergeProgress.ts'
import { PROGRESS_VERSION, upgradeProgress } from './migrations.ts'
import { createSafeStorage } from './safeStorage.ts'
import { emptyProgress, type GuideMarks, type SavedProgress } from './savedProgress.ts'
import { useStorageStatus } from './storageStatus.ts'

export const PROGRESS_KEY = 'sim-cancel-checklist:progress'

/** A change that a short-lived notice offers to undo; kept in memory only. */
export interface Undoable {
  kind: 'untick' | 'reset'
  personId: string
  guideId: string
  /** The time stamped on the marks this change wrote. */
  at: number
  /** The marks as they were before, for the steps this change touched. */
  before: GuideMarks
}

interface ProgressState extends SavedProgress {
  undoable: Undoable | null
  toggleStep: (guideId: string, stepId: string, done: boolean) => void
  /** Clears the given steps (the guide's current ones; ticks on removed steps are kept). */
  resetGuide: (guideId: string, stepIds: readonly string[]) => void
  undo: () => void
  dismissUndo: () => void
  /** Puts in place progress restored from a backup (see backup.ts for merge or replace). */
  restoreProgress: (restored: SavedProgress) => void
}

function withGuideMarks(state: SavedProgress, guideId: string, marks: GuideMarks): Pick<SavedProgress, 'people'> {
  const person = state.people[state.currentPersonId] ?? { name: null, guides: {} }
  return {
    people: {
      ...state.people,
      [state.currentPersonId]: { ...person, guides: { ...person.guides, [guideId]: marks } },
    },
  }
}

const marksOf = (state: SavedProgress, guideId: string): GuideMarks =>
  state.people[state.currentPersonId]?.guides[guideId] ?? {}

const saved = ({ people, currentPersonId }: SavedProgress): SavedProgress => ({ people, currentPersonId })

/** The empty start; its `people` object tells a first load from a later one. */
const initial = emptyProgress()

export const useProgress = create<ProgressState>()(
  persist<ProgressState, [], [], SavedProgress>(
    (set) => ({
      ...initial,
      undoable: null,

      toggleStep: (guideId, stepId, done) => {
        set((state) => {
          const before = marksOf(state, guideId)
          const at = Date.now()
          const undoable: Undoable | null =
            !done && before[stepId]?.done
              ? { kind: 'untick', personId: state.currentPersonId, guideId, at, before: { [stepId]: before[stepId] } }
              : state.undoable
          return { ...withGuideMarks(state, guideId, { ...before, [stepId]: { done, at } }), undoable }
        })
        if (done) useKeepStorage.getState().askToKeep()
      },

      resetGuide: (guideId, stepIds) =>
        set((state) => {
          const marks = { ...marksOf(state, guideId) }
          const before: GuideMarks = {}
          const at = Date.now()
          for (const stepId of stepIds) {
            const mark = marks[stepId]
            if (!mark?.done) continue
            before[stepId] = mark
            marks[stepId] = { done: false, at }
          }
          return {
            ...withGuideMarks(state, guideId, marks),
            undoable: { kind: 'reset', personId: state.currentPersonId, guideId, at, before },
          }
        }),

      undo: () =>
        set((state) => {
          const change = state.undoable
          if (!change || change.personId !== state.currentPersonId) return { undoable: null }
          const at = Date.now()
          const marks = { ...marksOf(state, change.guideId) }
          for (const [stepId, mark] of Object.entries(change.before)) {
            const now = marks[stepId]
            // Only steps this change wrote and nobody has touched since.
            if (mark.done && now && !now.done && now.at === change.at) marks[stepId] = { done: true, at }
          }
          return { ...withGuideMarks(state, change.guideId, marks), undoable: null }
        }),

      dismissUndo: () => set({ undoable: null }),

      restoreProgress: (restored) => set({ ...saved(restored), undoable: null }),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: createSafeStorage<SavedProgress>({
        backend: () => window.localStorage,
        version: PROGRESS_VERSION,
        upgrade: upgradeProgress,
        mergeWithStored: (stored, incoming) => mergeProgress(incoming, stored),
        onProblem: (problem) => useStorageStatus.getState().reportProblem(problem),
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

/** Brings in ticks saved by another tab as soon as it saves them. Returns a stop function. */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) void useProgress.persist.rehydrate()
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
