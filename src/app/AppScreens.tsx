import { lazy, Suspense, type ReactNode } from 'react'
import { Route, Routes } from 'react-router'
import { GuideScreen } from '../checklist/GuideScreen.tsx'
import { HomeScreen } from '../checklist/HomeScreen.tsx'
import { AppShell } from './AppShell.tsx'
import { routes } from '../config/paths.ts'

// Not on the first screen: each loads when someone opens it.
const SettingsScreen = lazy(() => import('../backup/SettingsScreen.tsx'))
const PeopleScreen = lazy(() => import('../people/PeopleScreen.tsx'))
const OpenLinkScreen = lazy(() => import('../backup/OpenLinkScreen.tsx'))
const NotFoundScreen = lazy(() => import('./NotFoundScreen.tsx'))
// The service worker's side of 进度与备份 (offline use, the version), with it.
const AboutApp = lazy(() => import('../pwa/AboutApp.tsx'))

/** A screen that loads when someone opens it; until it has come, the shell shows nothing under its header. */
const later = (screen: ReactNode) => <Suspense fallback={null}>{screen}</Suspense>

/**
 * Every screen in the shell, as the router picks it: what the app draws,
 * and also what the build prerenders and the app keeps for a next visit's
 * first paint (nothing in here starts anything that lasts). The home and
 * guide screens hold no Suspense boundary: React takes them over from the
 * page's markup in one pass (boot/takeOver.ts), not part by part later.
 */
export function AppScreens() {
  return (
    <AppShell>
      <Routes>
        <Route path={routes.home} element={<HomeScreen />} />
        <Route path={routes.guide} element={<GuideScreen notFound={later(<NotFoundScreen what="guide" />)} />} />
        <Route path={routes.settings} element={later(<SettingsScreen aboutApp={<AboutApp />} />)} />
        <Route path={routes.people} element={later(<PeopleScreen />)} />
        <Route path={routes.continue} element={later(<OpenLinkScreen />)} />
        <Route path="*" element={later(<NotFoundScreen />)} />
      </Routes>
    </AppShell>
  )
}
