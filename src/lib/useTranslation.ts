import i18n from 'i18next'
import { useSyncExternalStore } from 'react'

/**
 * The text of the script on screen: i18next's `t` and the instance itself,
 * re-rendering when the language changes or strings arrive (after a retry).
 * These few lines stand in for react-i18next, which put about 2 kB gzip on
 * the first screen for the one hook we use. i18next's default instance is
 * the one src/language/i18n.ts sets up.
 */
const bindT = () => i18n.t.bind(i18n)
/** A new `t` after each change (as react-i18next gives), so whatever depends on it updates too. */
let t = bindT()
const listeners = new Set<() => void>()
const changed = () => {
  t = bindT()
  for (const listener of listeners) listener()
}
i18n.on('languageChanged', changed)
i18n.on('loaded', changed)

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
const currentT = () => t

export function useTranslation() {
  return { t: useSyncExternalStore(subscribe, currentT, currentT), i18n }
}
