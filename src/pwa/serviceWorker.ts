/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register'

interface ServiceWorkerEvents {
  /** A new version is waiting: given a function that switches to it. */
  offerUpdate: (apply: () => void) => void
  /** The first service worker has cached the whole app: it opens with no network from now on. */
  offlineReady: () => void
}

/**
 * Registers the service worker. When a new version is waiting, `offerUpdate`
 * is given a function that switches to it; the app never reloads by itself.
 * Ticks are saved the moment they are made, so reloading loses nothing.
 * (It imports nothing of the app's, so it stays a separate small chunk.)
 */
export function registerServiceWorker({ offerUpdate, offlineReady }: ServiceWorkerEvents) {
  const updateServiceWorker = registerSW({
    onOfflineReady: offlineReady,
    onNeedRefresh: () =>
      offerUpdate(() => {
        // Reload once the new version has taken over. (workbox-window's own reload
        // skips pages that had no service worker when they opened, i.e. a first visit.)
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
        void updateServiceWorker(false)
      }),
  })
}
