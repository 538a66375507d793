import { lazy, Suspense, useRef, type ReactNode } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { Link, useLocation } from 'react-router'
import { useTextReady } from '../catalogue/useCurrentCatalogue.ts'
import { LanguageSwitch } from '../language/LanguageSwitch.tsx'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { useAppUpdate } from '../pwa/appUpdate.ts'
import { ScreenError } from '../ui/ScreenError.tsx'
import { paths } from '../config/paths.ts'
import { useNewScreen } from './useNewScreen.ts'
import './shell.css'

// Shown only when storage has a problem or an update is ready, so they load only then.
const StorageNotice = lazy(() => import('../progress/StorageNotice.tsx'))
const UpdateNotice = lazy(() => import('../pwa/UpdateNotice.tsx'))
// Said once, after the app's first render: it works offline now, or it was just updated.
const AppNewsNotice = lazy(() => import('../pwa/AppNewsNotice.tsx'))

/** 导出进度 from the storage notice: the backup feature's export, loaded when tapped. */
const exportProgress = () => void import('../backup/exportProgress.ts').then((backup) => backup.exportProgress())

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  // The shell's own text comes with the catalogue; without it, the screen is just the catalogue's error.
  const textLoaded = useTextReady()
  const storageProblem = useStorageStatus((state) => state.problem !== null)
  const updateReady = useAppUpdate((state) => state.applyUpdate !== null)
  const hasNews = useAppUpdate((state) => state.news.length > 0)
  const { pathname } = useLocation()
  const main = useRef<HTMLElement>(null)
  useNewScreen(main)
  return (
    <>
      {textLoaded && (
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
      )}
      <header className="app-header">
        <Link className="app-name" to={paths.home}>
          {t('app.name')}
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {updateReady && (
          <Suspense fallback={null}>
            <UpdateNotice />
          </Suspense>
        )}
        {hasNews && textLoaded && (
          <Suspense fallback={null}>
            <AppNewsNotice />
          </Suspense>
        )}
        {storageProblem && textLoaded && (
          <Suspense fallback={null}>
            <StorageNotice onExport={exportProgress} />
          </Suspense>
        )}
        {/* A screen that fails shows a message in its place; the next screen gets a fresh start. */}
        <ErrorBoundary fallback={<ScreenError />} resetKey={pathname}>
          {children}
        </ErrorBoundary>
      </main>
      {textLoaded && (
        <footer className="app-footer">
          <p>{t('app.privacy')}</p>
          {pathname !== paths.settings && <Link to={paths.settings}>{t('app.settingsLink')}</Link>}
        </footer>
      )}
    </>
  )
}
