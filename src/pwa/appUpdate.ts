import { createAppStore } from '../lib/createAppStore.ts'

/**
 * What the app says once about itself: the service worker has cached it all
 * for the first time (it opens with no network now), or this is the first
 * start of a newer version than the one this device last ran.
 */
export type AppNews = 'offline-ready' | 'updated'

/** Set when a new version of the app is installed and waiting for the user's go-ahead; and the app's own news. */
interface AppUpdate {
  applyUpdate: (() => void) | null
  offerUpdate: (apply: () => void) => void
  postponeUpdate: () => void
  /** Said until the person taps 知道了 (each at most once: app/appNews.ts remembers what was said). */
  news: readonly AppNews[]
  tell: (news: AppNews) => void
  dismissNews: () => void
}

export const useAppUpdate = createAppStore<AppUpdate>()((set) => ({
  applyUpdate: null,
  offerUpdate: (apply) => set({ applyUpdate: apply }),
  postponeUpdate: () => set({ applyUpdate: null }),
  news: [],
  tell: (news) => set((state) => (state.news.includes(news) ? state : { news: [...state.news, news] })),
  dismissNews: () => set({ news: [] }),
}))
