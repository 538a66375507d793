import { create } from 'zustand'

interface KeepStorageState {
  /** We ask once per visit, after the first tick. */
  asked: boolean
  /** Asks the browser to keep our storage (navigator.storage.persist()); it may agree silently or decline. */
  askToKeep: () => void
}

export const useKeepStorage = create<KeepStorageState>()((set, get) => ({
  asked: false,
  askToKeep: () => {
    if (get().asked) return
    set({ asked: true })
    void navigator.storage?.persist?.().catch(() => false)
  },
}))
