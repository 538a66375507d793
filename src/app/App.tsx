import { useEffect, useLayoutEffect } from 'react'
import { BrowserRouter } from 'react-router'
import { followOtherTabs, openJournal, takeInEarlyTaps } from '../progress/progressStore.ts'
import { giveBackPlace } from '../page/earlyTaps.ts'
import { settleTakenOverScreen } from '../page/takeOver.ts'
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
  // The page's screen, taken over, is the app's from its first commit on.
  useLayoutEffect(() => settleTakenOverScreen(document), [])
  useEffect(() => {
    // Taps on the page's screen the first render did not draw, and the 说明 opened and the focus it left.
    takeInEarlyTaps()
    giveBackPlace(document)
  }, [])
  return <AppScreens />
}

export function App() {
  return (
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <AppRoutes />
    </BrowserRouter>
  )
}
