import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { LanguageSwitch } from '../language/LanguageSwitch.tsx'
import { StorageNotice } from './StorageNotice.tsx'
import { UpdateNotice } from './UpdateNotice.tsx'

/** A new screen starts at its top (a link with #step scrolls to that step instead). */
function useScrollToTopOnNewScreen() {
  const { pathname, hash } = useLocation()
  useEffect(() => {
    if (!hash) window.scrollTo({ top: 0, behavior: 'instant' })
  }, [pathname, hash])
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation()
  // The shell's own text comes with the catalogue; without it, the screen is just the catalogue's error.
  const textLoaded = i18n.exists('app.privacy')
  useScrollToTopOnNewScreen()
  return (
    <>
      {textLoaded && (
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
      )}
      <header className="app-header">
        <Link className="app-name" to="/">
          {t('app.name')}
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <UpdateNotice />
        <StorageNotice />
        {children}
      </main>
      {textLoaded && (
        <footer className="app-footer">
          <p>{t('app.privacy')}</p>
          <Link to="/settings">{t('app.settingsLink')}</Link>
        </footer>
      )}
    </>
  )
}
