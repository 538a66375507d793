import { create } from 'zustand'

/** Whether the browser promised to keep our storage (navigator.storage.persist()). */
export type KeepStatus = 'unknown' | 'granted' | 'not-granted' | 'unsupported'

interface KeepStorageState {
  status: KeepStatus
  /** We ask once per visit, after the first tick. */
  asked: boolean
  /** Asks once per visit; the browser may grant it silently or decline. */
  askToKeep: () => Promise<void>
  checkKept: () => Promise<void>
}

const storageManager = (): StorageManager | undefined =>
  typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function' ? navigator.storage : undefined

export const useKeepStorage = create<KeepStorageState>()((set, get) => ({
  status: 'unknown',
  asked: false,
  askToKeep: async () => {
    if (get().asked) return
    set({ asked: true })
    const manager = storageManager()
    if (!manager) return set({ status: 'unsupported' })
    try {
      set({ status: (await manager.persisted()) || (await manager.persist()) ? 'granted' : 'not-granted' })
    } catch {
      set({ status: 'not-granted' })
    }
  },
  checkKept: async () => {
    const manager = storageManager()
    if (!manager) return set({ status: 'unsupported' })
    try {
      set({ status: (await manager.persisted()) ? 'granted' : 'not-granted' })
    } catch {
      set({ status: 'not-granted' })
    }
  },
}))
