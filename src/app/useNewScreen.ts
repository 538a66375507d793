import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'

/**
 * What opening another screen does (another path, not a #step on the same
 * one): it starts at its top, and focus moves to its heading (each screen's
 * h1 has tabIndex={-1}), so a screen reader says where the person is now, as
 * GOV.UK's pages do. A screen whose code loads on demand gets focus when its
 * heading shows.
 *
 * Left alone: the screen the app opened on (the browser put focus and scroll
 * there, and someone may have scrolled the page's screen while the app
 * loaded; React takes it over as it is), and a path with a #step, where the
 * guide scrolls to that step and focuses it instead.
 */
export function useNewScreen(main: RefObject<HTMLElement | null>) {
  const { pathname, hash } = useLocation()
  const shownPath = useRef(pathname)
  useEffect(() => {
    if (shownPath.current === pathname) return
    shownPath.current = pathname
    if (hash) return
    window.scrollTo({ top: 0, behavior: 'instant' })
    const screen = main.current
    if (!screen) return
    // With the other screens' code: the first screen never needs it. The person may move on meanwhile.
    let stop: (() => void) | undefined
    let left = false
    void import('./focusHeading.ts').then(({ focusHeadingOnceShown }) => {
      if (!left) stop = focusHeadingOnceShown(screen)
    })
    return () => {
      left = true
      stop?.()
    }
  }, [pathname, hash, main])
}
