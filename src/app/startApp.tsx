import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'
import { App } from './App.tsx'
import { useAppUpdate } from '../pwa/appUpdate.ts'
import { startLanguagePack } from '../catalogue/languagePack.ts'
import { takeInEarlyTaps } from '../progress/progressStore.ts'
import { ScreenError } from '../ui/ScreenError.tsx'

/**
 * Detects the script and fetches its catalogue (UI strings and guides, one
 * file, preloaded by index.html for Simplified), then renders. If the fetch
 * fails, the bundled essentials show the error and a retry.
 */
export async function startApp(root: HTMLElement) {
  await startLanguagePack()
  // Ticks made on the prerendered page while this script was on its way.
  takeInEarlyTaps()
  const reactRoot = createRoot(root)
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        {/* Around everything, the shell included: nothing the app reads can leave a blank page. */}
        <ErrorBoundary fallback={<ScreenError />}>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  )
  whenLoaded(
    () =>
      void import('../pwa/serviceWorker.ts').then(({ registerServiceWorker }) =>
        registerServiceWorker(useAppUpdate.getState().offerUpdate),
      ),
  )
}

/** Offline support is set up after the page has loaded, off the first screen's path. */
function whenLoaded(run: () => void) {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  if (document.readyState === 'complete') run()
  else window.addEventListener('load', run, { once: true })
}
