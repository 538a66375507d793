import { useEffect } from 'react'
import { BrowserRouter } from 'react-router'
import { followOtherTabs, openJournal } from '../progress/progressStore.ts'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { AppScreens } from './AppScreens.tsx'

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
  useEffect(openJournal, [])
  return <AppScreens />
}

export function App() {
  return (
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <AppRoutes />
    </BrowserRouter>
  )
}
