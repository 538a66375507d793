import { create } from 'zustand'
import type { StorageProblem } from './safeStorage.ts'

/** The latest storage problem, for a notice; not saved anywhere. */
interface StorageStatus {
  problem: StorageProblem | null
  reportProblem: (problem: StorageProblem) => void
  dismissProblem: () => void
}

/** A newer-version or unreadable-data notice outranks a later write failure. */
const weight: Record<StorageProblem, number> = { newer: 3, recovered: 2, unavailable: 1, 'not-saving': 1 }

export const useStorageStatus = create<StorageStatus>()((set) => ({
  problem: null,
  reportProblem: (problem) =>
    set((state) => (state.problem && weight[state.problem] > weight[problem] ? state : { problem })),
  dismissProblem: () => set({ problem: null }),
}))
