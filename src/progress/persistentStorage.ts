import { createAppStore } from '../lib/createAppStore.ts'

/*
 * Whether the browser keeps our storage when space runs low
 * (navigator.storage.persist()): asked once a visit, after the first tick,
 * and what the settings screen says about it.
 */

interface PersistentStorageState {
  /** We ask once per visit, after the first tick. */
  asked: boolean
  /** Asks the browser to keep our storage (navigator.storage.persist()); it may agree silently or decline. */
  askToPersist: () => void
}

export const usePersistentStorage = createAppStore<PersistentStorageState>()((set, get) => ({
  asked: false,
  askToPersist: () => {
    if (get().asked) return
    set({ asked: true })
    void navigator.storage?.persist?.().catch(() => false)
  },
}))

export type PersistenceStatus = 'granted' | 'not-granted' | 'not-asked' | 'unsupported'

/** What the settings screen says: whether the browser agreed to keep our storage. */
export async function persistenceStatus(asked: boolean): Promise<PersistenceStatus> {
  if (typeof navigator.storage?.persisted !== 'function') return 'unsupported'
  try {
    if (await navigator.storage.persisted()) return 'granted'
  } catch {
    return 'unsupported'
  }
  return asked ? 'not-granted' : 'not-asked'
}
