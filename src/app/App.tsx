import { lazy, Suspense, useEffect } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router'
import { GuideScreen } from '../checklist/GuideScreen.tsx'
import { HomeScreen } from '../checklist/HomeScreen.tsx'
import { followOtherTabs, keepJournal, takeInEarlyTaps } from '../progress/progressStore.ts'
import { giveBackFocus } from '../progress/earlyTaps.ts'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { AppShell } from './AppShell.tsx'
import { routes } from '../config/paths.ts'

// Not on the first screen: each loads when someone opens it.
const SettingsScreen = lazy(() => import('../backup/SettingsScreen.tsx'))
const PeopleScreen = lazy(() => import('../people/PeopleScreen.tsx'))
const OpenLinkScreen = lazy(() => import('../backup/OpenLinkScreen.tsx'))
const NotFoundScreen = lazy(() => import('./NotFoundScreen.tsx'))

/**
 * When storage had to keep saved progress aside as unreadable (at start, or
 * when another tab wrote it), takes back what can still be read of it. The
 * code for that loads only then.
 */
function followUnreadable(): () => void {
  const salvage = () => void import('../progress/salvage.ts').then(({ salvageUnreadable }) => salvageUnreadable())
  if (useStorageStatus.getState().unreadable !== null) salvage()
  return useStorageStatus.subscribe((state, before) => {
    if (state.unreadable !== null && state.unreadable !== before.unreadable) salvage()
  })
}

export function AppRoutes() {
  useEffect(followOtherTabs, [])
  useEffect(followUnreadable, [])
  useEffect(keepJournal, [])
  useEffect(() => {
    // A tap on the prerendered page between start-up and the first render, and the focus it left.
    takeInEarlyTaps()
    giveBackFocus(document)
  }, [])
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

export function App() {
  return (
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <AppRoutes />
    </BrowserRouter>
  )
}
