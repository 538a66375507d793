import { lazy, Suspense, useEffect } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router'
import { followOtherTabs } from '../progress/progressStore.ts'
import { AppShell } from './AppShell.tsx'
import { GuideScreen } from './screens/GuideScreen.tsx'
import { HomeScreen } from './screens/HomeScreen.tsx'
import { NotFoundScreen } from './screens/NotFoundScreen.tsx'

// Not on the first path: loaded when someone opens it.
const SettingsScreen = lazy(() => import('./screens/SettingsScreen.tsx'))

export function AppRoutes() {
  useEffect(followOtherTabs, [])
  return (
    <AppShell>
      <Suspense fallback={null}>
        <Routes>
          <Route path="/" element={<HomeScreen />} />
          <Route path="/guides/:guideId" element={<GuideScreen />} />
          <Route path="/settings" element={<SettingsScreen />} />
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
