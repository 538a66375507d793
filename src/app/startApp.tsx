import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'
import { App } from './App.tsx'
import { useAppUpdate } from '../pwa/appUpdate.ts'
import { startLanguagePack } from '../catalogue/languagePack.ts'
import { takeInEarlyTaps } from '../progress/progressStore.ts'
import { whenReleased } from '../page/earlyTaps.ts'
import { ScreenError } from '../ui/ScreenError.tsx'

/**
 * Detects the script and fetches its catalogue (UI strings and guides, one
 * file, preloaded by the page's early script), then renders. If the fetch
 * fails, the bundled essentials show the error and a retry.
 */
export async function startApp(root: HTMLElement) {
  // Evaluating the script is one long task already: the app starts in the next one.
  await new Promise((resolve) => window.setTimeout(resolve))
  await startLanguagePack()
  // Ticks made on the prerendered page while this script was on its way.
  takeInEarlyTaps()
  // The first render replaces the page's screen with the app's: not under a finger that is pressing it.
  await whenReleased(document)
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
  whenLoaded(() => {
    // The screen on show, kept for the next visit's first paint.
    void import('../page/keepLastScreen.tsx').then(({ keepLastScreen }) => keepLastScreen())
    if ('serviceWorker' in navigator && !import.meta.env.DEV)
      void import('../pwa/serviceWorker.ts').then(({ registerServiceWorker }) => registerServiceWorker(useAppUpdate.getState().offerUpdate))
  })
}

/** What is not needed for the first screen (offline support, keeping the screen) starts after the page has loaded, off its path. */
function whenLoaded(run: () => void) {
  if (document.readyState === 'complete') run()
  else window.addEventListener('load', run, { once: true })
}
