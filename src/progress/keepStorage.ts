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

export type KeepStatus = 'granted' | 'not-granted' | 'not-asked' | 'unsupported'

/** What the settings screen says: whether the browser agreed to keep our storage. */
export async function keepStatus(asked: boolean): Promise<KeepStatus> {
  if (typeof navigator.storage?.persisted !== 'function') return 'unsupported'
  try {
    if (await navigator.storage.persisted()) return 'granted'
  } catch {
    return 'unsupported'
  }
  return asked ? 'not-granted' : 'not-asked'
}
