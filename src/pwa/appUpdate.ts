import { create } from 'zustand'
import { hydratesFromNow } from '../ui/hydratesFromNow.ts'

/** Set when a new version of the app is installed and waiting for the user's go-ahead. */
interface AppUpdate {
  applyUpdate: (() => void) | null
  offerUpdate: (apply: () => void) => void
  postponeUpdate: () => void
}

export const useAppUpdate = create<AppUpdate>()(
  hydratesFromNow((set) => ({
    applyUpdate: null,
    offerUpdate: (apply) => set({ applyUpdate: apply }),
    postponeUpdate: () => set({ applyUpdate: null }),
  })),
)
