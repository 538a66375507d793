import { Suspense, useEffect } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router'
import { followOtherTabs, keepJournal } from '../progress/progressStore.ts'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { AppShell } from './AppShell.tsx'
import { lazyLater, loadLater } from './lazyLater.ts'
import { GuideScreen } from './screens/GuideScreen.tsx'
import { HomeScreen } from './screens/HomeScreen.tsx'

// Not on the first path: loaded when someone opens one of them.
const SettingsScreen = lazyLater('SettingsScreen')
const PeopleScreen = lazyLater('PeopleScreen')
const OpenLinkScreen = lazyLater('OpenLinkScreen')
const NotFoundScreen = lazyLater('NotFoundScreen')

/**
 * When storage had to keep saved progress aside as unreadable (at start, or
 * when another tab wrote it), takes back what can still be read of it. The
 * code for that loads only then.
 */
function followUnreadable(): () => void {
  const salvage = () => void loadLater().then(({ salvageUnreadable }) => salvageUnreadable())
  if (useStorageStatus.getState().unreadable !== null) salvage()
  return useStorageStatus.subscribe((state, before) => {
    if (state.unreadable !== null && state.unreadable !== before.unreadable) salvage()
  })
}

export function AppRoutes() {
  useEffect(followOtherTabs, [])
  useEffect(followUnreadable, [])
  useEffect(keepJournal, [])
  return (
    <AppShell>
      <Suspense fallback={null}>
        <Routes>
          <Route path="/" element={<HomeScreen />} />
          <Route path="/guides/:guideId" element={<GuideScreen />} />
          <Route path="/settings" element={<SettingsScreen />} />
          <Route path="/people" element={<PeopleScreen />} />
          {/* CONTINUE_PATH in share/shareLink.ts; importing it here would put that module on the first screen. */}
          <Route path="/continue" element={<OpenLinkScreen />} />
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
