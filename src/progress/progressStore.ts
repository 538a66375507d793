import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { migrateProgress, PROGRESS_VERSION } from './migrations.ts'
import { createSafeStorage } from './safeStorage.ts'
import { emptyProgress, isSavedProgress, type GuideMarks, type SavedProgress } from './savedProgress.ts'
import { useStorageStatus } from './storageStatus.ts'

export const PROGRESS_KEY = 'sim-cancel-checklist:progress'

interface ProgressState extends SavedProgress {
  /** What "重新开始" cleared, so it can be undone; kept in memory only. */
  lastReset: { personId: string; guideId: string; at: number; before: GuideMarks } | null
  toggleStep: (guideId: string, stepId: string, done: boolean) => void
  resetGuide: (guideId: string) => void
  undoReset: () => void
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

export const useProgress = create<ProgressState>()(
  persist(
    (set) => ({
      ...emptyProgress(),
      lastReset: null,

      toggleStep: (guideId, stepId, done) =>
        set((state) =>
          withGuideMarks(state, guideId, { ...marksOf(state, guideId), [stepId]: { done, at: Date.now() } }),
        ),

      resetGuide: (guideId) =>
        set((state) => {
          const before = marksOf(state, guideId)
          const at = Date.now()
          const cleared: GuideMarks = {}
          for (const [stepId, mark] of Object.entries(before)) {
            cleared[stepId] = mark.done ? { done: false, at } : mark
          }
          return {
            ...withGuideMarks(state, guideId, cleared),
            lastReset: { personId: state.currentPersonId, guideId, at, before },
          }
        }),

      undoReset: () =>
        set((state) => {
          const reset = state.lastReset
          if (!reset || reset.personId !== state.currentPersonId) return state
          const at = Date.now()
          const marks = { ...marksOf(state, reset.guideId) }
          for (const [stepId, mark] of Object.entries(reset.before)) {
            const now = marks[stepId]
            // Only steps the reset cleared and nobody has touched since.
            if (mark.done && now && !now.done && now.at === reset.at) marks[stepId] = { done: true, at }
          }
          return { ...withGuideMarks(state, reset.guideId, marks), lastReset: null }
        }),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: createSafeStorage<SavedProgress>({
        backend: () => window.localStorage,
        version: PROGRESS_VERSION,
        isValid: isSavedProgress,
        migrate: migrateProgress,
        onProblem: (problem) => useStorageStatus.getState().reportProblem(problem),
      }),
      partialize: ({ people, currentPersonId }) => ({ people, currentPersonId }),
    },
  ),
)
