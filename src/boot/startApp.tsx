import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'
import { App } from '../app/App.tsx'
import { useAppUpdate } from '../pwa/appUpdate.ts'
import { startLanguagePack } from '../catalogue/languagePack.ts'
import { useCatalogue } from '../catalogue/catalogueStore.ts'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { whenReleased } from './earlyTaps.ts'
import { screenToTakeOver, takeInEarlyTapsIfAny } from './takeOver.ts'
import { PageHandover } from './PageHandover.tsx'
import { ScreenError } from '../ui/ScreenError.tsx'
import './boot.css'

const app = (
  <StrictMode>
    {/* Around everything, the shell included: nothing the app reads can leave a blank page. */}
    <ErrorBoundary fallback={<ScreenError />}>
      <PageHandover>
        <App />
      </PageHandover>
    </ErrorBoundary>
  </StrictMode>
)

/**
 * Detects the script and fetches its catalogue (UI strings and guides, one
 * file, preloaded by the page's early script), then renders: over the page's
 * own screen where it is the app's first render already (takeOver.ts),
 * in its place otherwise. If the fetch fails, the bundled essentials show the
 * error and a retry.
 */
export async function startApp(root: HTMLElement) {
  // Evaluating the script is one long task already: the app starts in the next one.
  await new Promise((resolve) => window.setTimeout(resolve))
  const lang = await startLanguagePack()
  // The first render draws the page's screen only with its catalogue (else: the catalogue's error) and nothing to say of storage.
  const drawsPageScreen = useCatalogue.getState().byLang[lang]?.status === 'ready' && useStorageStatus.getState().problem === null
  const screen = drawsPageScreen ? screenToTakeOver(document) : null
  if (screen) {
    // Drawn from the state the page was drawn from; taps made on it come in once the app runs it (PageHandover.tsx).
    startTransition(() => {
      hydrateRoot(screen, app, { onRecoverableError: reportNotTakenOver })
    })
  } else {
    // Ticks made on the page while this script was on its way, in the first render.
    await takeInEarlyTapsIfAny()
    // This render replaces the page's screen with the app's: not under a finger that is pressing it.
    await whenReleased(document)
    const reactRoot = createRoot(root)
    startTransition(() => reactRoot.render(app))
  }
  whenLoaded(() => {
    // The screen on show, kept for the next visit's first paint.
    void import('./keepLastScreen.tsx').then(({ keepLastScreen }) => keepLastScreen())
    // The app's news (a newer version's first run, ready offline): its own small file, off the first screen.
    const news = import('../app/appNews.ts')
    void news.then(({ sayWhatsNew }) => sayWhatsNew())
    if ('serviceWorker' in navigator && !import.meta.env.DEV)
      void import('../pwa/serviceWorker.ts').then(({ registerServiceWorker }) =>
        registerServiceWorker({
          offerUpdate: useAppUpdate.getState().offerUpdate,
          offlineReady: () => void news.then(({ sayOfflineReady }) => sayOfflineReady()),
        }),
      )
  })
}

/**
 * React found the page's screen differs from its first render and drew that
 * part again: the person sees the app's screen all the same. Said in the
 * console, where the browser tests look for it.
 */
function reportNotTakenOver(error: unknown) {
  console.error("The app could not take over the page's screen as it was, and drew it again:", error)
}

/**
 * What is not needed for the first screen (offline support, keeping the screen) starts after the page has loaded, off its path.
 * With every file at hand (a service worker), the page has loaded before the app starts: then in a task of its own, not in
 * the one that starts React (in Lighthouse's traces with 4x CPU, the two together were one task of 75-110 ms).
 */
function whenLoaded(run: () => void) {
  if (document.readyState === 'complete') window.setTimeout(run)
  else window.addEventListener('load', run, { once: true })
}
