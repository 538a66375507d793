import { lazy, Suspense } from 'react'
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

/**
 * Every screen in the shell, as the router picks it: what the app draws,
 * and also what the build prerenders and the app keeps for a next visit's
 * first paint (nothing in here starts anything that lasts).
 */
export function AppScreens() {
  return (
    <AppShell>
      <Suspense fallback={null}>
        <Routes>
          <Route path={routes.home} element={<HomeScreen />} />
          <Route path={routes.guide} element={<GuideScreen notFound={<NotFoundScreen what="guide" />} />} />
          <Route path={routes.settings} element={<SettingsScreen />} />
          <Route path={routes.people} element={<PeopleScreen />} />
          <Route path={routes.continue} element={<OpenLinkScreen />} />
          <Route path="*" element={<NotFoundScreen />} />
        </Routes>
      </Suspense>
    </AppShell>
  )
}
