import { renderToString } from 'react-dom/server'
import { createPath, matchPath, Router, type Navigator } from 'react-router'
import { useCatalogue } from '../catalogue/catalogueStore.ts'
import { routes } from '../config/paths.ts'
import { scriptOf } from '../language/detect.ts'
import { i18n } from '../language/i18n.ts'
import { PROGRESS_KEY } from '../storage/keys.ts'
import { readSavedProgress, useProgress } from '../progress/progressStore.ts'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { useAppUpdate } from '../pwa/appUpdate.ts'
import { AppScreens } from '../app/AppScreens.tsx'
import { fingerprint, keepScreen, keptScreenFor } from './keptScreens.ts'
import { deviceStorage, readValue } from '../storage/deviceStorage.ts'

/** Ticks come in bursts: the screen is drawn again this long after the last change. */
const SETTLE_MS = 1000

/**
 * The home or guide screen as the next visit's first render will draw it,
 * kept for that visit's first paint (keptScreens.ts). The screen is drawn
 * afresh, off the page, from the saved progress alone, and as the build draws
 * the prerender (react-dom/server), so the next visit's first render can take
 * it over as it is (boot/takeOver.ts): nothing this visit opened, jumped to or
 * typed shows in it. It starts once the page has loaded (drawing at once only
 * if what is kept is for other progress) and follows it while it is open
 * (the returned function stops it). Nothing is kept while the screen
 * would differ next time (an 撤销 on offer, a storage problem, an update
 * waiting, the app's news on show) or while the saved progress is not what the screen shows (a
 * tick not saved yet, or merged with another tab's).
 */
export function keepLastScreen(): () => void {
  // Only a built page can show it: the dev server has no drawing to match.
  const drawing = document.querySelector<HTMLElement>('script[data-drawing]')?.dataset.drawing
  if (!drawing) return () => {}
  let timer: number | undefined
  const keep = () => {
    window.clearTimeout(timer)
    timer = undefined
    try {
      drawAndKeep(drawing)
    } catch {
      // Only a nicety: the next visit shows its prerender or the stand-in.
    }
  }
  const keepSoon = () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(keep, SETTLE_MS)
  }
  // Leaving the page (for another app, or closing the tab) keeps the screen it leaves, whichever it is, at
  // once. The app's news (可以离线使用了, said once) has been on screen by then: it counts as read, so the
  // screen is kept without it, as the next visit draws it. (While it shows, nothing is kept.)
  const onHide = () => {
    if (document.visibilityState !== 'hidden') return
    const { news, dismissNews } = useAppUpdate.getState()
    if (news.length > 0) dismissNews()
    keep()
  }
  // A screen kept for this very progress is already what this visit's first render drew (and its
  // times are brought up to date when it is shown): drawing it again (one task of 65-150 ms on a
  // slow phone) waits for a change, or for the page being left. So does one an earlier build drew
  // (a text has changed since): the next visit shows it all the same and draws the app's screen in
  // its place, so drawing it now, as the visit starts, would only block it.
  if (!keptForThisProgress(drawing)) keepSoon()
  const stops = [useProgress, useStorageStatus, useCatalogue, useAppUpdate].map((store) => store.subscribe(keepSoon))
  i18n.on('languageChanged', keepSoon)
  document.addEventListener('visibilitychange', onHide)
  return () => {
    window.clearTimeout(timer)
    for (const stop of stops) stop()
    i18n.off('languageChanged', keepSoon)
    document.removeEventListener('visibilitychange', onHide)
  }
}

/** Whether this path's screen is kept for the script and saved progress on show (by this build or an earlier one). */
function keptForThisProgress(drawing: string): boolean {
  const saved = readValue(PROGRESS_KEY)
  const where = { drawing, path: window.location.pathname, script: scriptOf(i18n.resolvedLanguage) }
  return saved !== null && keptScreenFor(deviceStorage(), { ...where, saved }) !== null
}

/** Draws the screen as the stores have it now and keeps it, in one go (the drawing is synchronous, so nothing can change meanwhile). */
function drawAndKeep(drawing: string) {
  const base = import.meta.env.BASE_URL
  const path = window.location.pathname
  const inApp = path.startsWith(base) ? `/${path.slice(base.length)}` : ''
  const guideId = matchPath(routes.guide, inApp)?.params.guideId
  const script = scriptOf(i18n.resolvedLanguage)
  const entry = useCatalogue.getState().byLang[script]
  // Only the screens that have a page of their own to show it on.
  if (entry?.status !== 'ready') return
  if (!matchPath(routes.home, inApp) && !entry.catalogue.guides.some((guide) => guide.id === guideId)) return
  const { people, currentPersonId, undoable } = useProgress.getState()
  const { applyUpdate, news } = useAppUpdate.getState()
  if (undoable !== null || useStorageStatus.getState().problem !== null || applyUpdate !== null || news.length > 0) return
  const saved = readValue(PROGRESS_KEY)
  if (saved === null || !savedAsShown(saved, { people, currentPersonId })) return
  keepScreen(deviceStorage(), drawing, path, { script, progress: fingerprint(saved), html: drawScreen(base, path) })
}

/** Whether the saved text, read as the store reads it, holds exactly the progress on screen (keys in any order). */
function savedAsShown(saved: string, shown: object): boolean {
  const read = readSavedProgress(saved)
  return read !== null && sameJson(read, JSON.parse(JSON.stringify(shown)))
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  )
}

/** A router that stays at its one location: links get their hrefs, nothing navigates. */
const stayPut: Navigator = {
  createHref: (to) => (typeof to === 'string' ? to : createPath(to)),
  push: () => {},
  replace: () => {},
  go: () => {},
}

/** What the app's first render draws at `path` (off the page). */
const screenAt = (base: string, path: string) => (
  <Router basename={base} location={path} navigator={stayPut}>
    <AppScreens />
  </Router>
)

/**
 * What the app's first render draws at `path` with the stores as they are,
 * drawn as the build draws the prerender: the markup a render over it can
 * take over (lib/createAppStore.ts gives it the stores as they are).
 */
const drawScreen = (base: string, path: string): string => renderToString(screenAt(base, path))
