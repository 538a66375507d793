import { BrowserRouter, Route, Routes } from 'react-router'
import { AppShell } from './AppShell.tsx'
import { GuideScreen } from './screens/GuideScreen.tsx'
import { HomeScreen } from './screens/HomeScreen.tsx'
import { NotFoundScreen } from './screens/NotFoundScreen.tsx'

export function AppRoutes() {
  return (
    <AppShell>
      <Routes>
        <Route path="/" element={<HomeScreen />} />
        <Route path="/guides/:guideId" element={<GuideScreen />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Routes>
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
