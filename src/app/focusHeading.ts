/** Focuses the screen's h1 now, or as soon as it is drawn; the returned function stops waiting (the person moved on). */
export function focusHeadingOnceShown(main: HTMLElement): (() => void) | undefined {
  const focusHeading = () => {
    const heading = main.querySelector<HTMLElement>('h1')
    if (!heading) return false
    // At the top already (above); a heading without tabindex cannot take focus, and then the screen's <main> does.
    ;(heading.hasAttribute('tabindex') ? heading : main).focus({ preventScroll: true })
    return true
  }
  if (focusHeading()) return undefined
  const observer = new MutationObserver(() => {
    if (focusHeading()) observer.disconnect()
  })
  observer.observe(main, { childList: true, subtree: true })
  return () => observer.disconnect()
}
