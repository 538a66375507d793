import { createAppStore } from '../lib/createAppStore.ts'
import type { StorageProblem } from '../storage/safeStorage.ts'

/** How much of an unreadable save could not be read back, by kind. */
export interface Unreadable {
  marks: number
  notes: number
  answers: number
  ownSteps: number
  people: number
  other: number
}

/** The latest storage problem, for a notice; not saved anywhere. */
interface StorageStatus {
  problem: StorageProblem | null
  /** The unreadable text just kept aside, held in memory until what can be read of it is taken back. */
  unreadable: string | null
  /** After that: what could not be read, or null when none of it could. */
  lost: Unreadable | null
  reportProblem: (problem: StorageProblem) => void
  reportUnreadable: (raw: string) => void
  reportSalvaged: (lost: Unreadable | null) => void
  dismissProblem: () => void
}

/** A newer-version or unreadable-data notice outranks a later write failure. */
const weight: Record<StorageProblem, number> = { newer: 3, recovered: 2, unavailable: 1, 'not-saving': 1 }

export const useStorageStatus = createAppStore<StorageStatus>()((set) => ({
  problem: null,
  unreadable: null,
  lost: null,
  reportProblem: (problem) => set((state) => (state.problem && weight[state.problem] > weight[problem] ? state : { problem })),
  reportUnreadable: (raw) => set({ unreadable: raw, lost: null }),
  reportSalvaged: (lost) => set({ unreadable: null, lost }),
  dismissProblem: () => set({ problem: null }),
}))
