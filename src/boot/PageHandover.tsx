import { useEffect, useLayoutEffect, type ReactNode } from 'react'
import { giveBackPlace } from './earlyTaps.ts'
import { settleTakenOverScreen, takeInEarlyTapsIfAny } from './takeOver.ts'

/**
 * Around the app (startApp.tsx): once its first render is on screen, what
 * the page held before it becomes the app's. The page's screen, taken over,
 * is the app's from its first commit; then the taps made on the page that
 * the first render did not draw come in, and the 说明 opened and the focus
 * left there are given back.
 */
export function PageHandover({ children }: { children: ReactNode }) {
  useLayoutEffect(() => settleTakenOverScreen(document), [])
  useEffect(() => {
    void takeInEarlyTapsIfAny()
    giveBackPlace(document)
  }, [])
  return children
}
