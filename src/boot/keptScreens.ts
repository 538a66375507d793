import { LAST_SCREEN_KEY } from '../storage/keys.ts'

/**
 * The screen a returning visitor will see, kept for their next visit's first
 * paint: the app draws each home or guide screen afresh, as its first render
 * on the next visit will (keepLastScreen.tsx), and keeps the markup here
 * together with what it was drawn from. The page's early script (gate.ts)
 * shows it before the app's script has arrived, but only for the same path,
 * the same script (简体 or 繁體) and the very same saved progress (compared
 * by a fingerprint of its text): the person's own ticks, never older ones.
 * It also says whether it "fits": drawn by this very build (`drawing`: both
 * catalogues and every first-visit screen, `drawingOf` in
 * scripts/prerender.ts). A screen that fits is the app's first render as it
 * will be, and the app takes it over as it is; one kept by an earlier build
 * (a guide's text changed since) shows all the same, and the app draws its
 * own screen in its place as soon as it runs.
 *
 * Bundled into that early script: it imports nothing heavy.
 */
export interface KeptScreen {
  script: string
  /** `fingerprint` of the saved progress the screen was drawn from. */
  progress: string
  /** What the app rendered into #root. */
  html: string
}

interface KeptScreens {
  /** What the page's screens were drawn from, as its early script reads it (data-drawing). */
  drawing: string
  /** By path, the most recently drawn last. */
  screens: Record<string, KeptScreen>
}

/** Screens kept at most (home and a guide or two), and the longest one kept, in characters. */
export const MAX_SCREENS = 3
export const MAX_SCREEN_CHARS = 250_000

/** A short, stable fingerprint of a text (its length and FNV-1a hash): equal texts, equal fingerprints. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  return `${text.length}.${(hash >>> 0).toString(36)}`
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function readKept(text: string | null): KeptScreens | null {
  try {
    const kept: unknown = JSON.parse(text ?? 'null')
    return isRecord(kept) && typeof kept.drawing === 'string' && isRecord(kept.screens) ? (kept as unknown as KeptScreens) : null
  } catch {
    return null
  }
}

/** A screen the page may show: the kept markup, and whether this build drew it (the app can take it over as it is). */
export interface ShowableScreen {
  html: string
  fits: boolean
}

/** What the page may show at `path`: the kept markup, only if it was drawn for this path and script from exactly this saved progress. */
export function keptScreenFor(
  storage: Pick<Storage, 'getItem'>,
  { drawing, path, script, saved }: { drawing: string; path: string; script: string; saved: string },
): ShowableScreen | null {
  const kept = readKept(storage.getItem(LAST_SCREEN_KEY))
  if (!drawing || !kept || !Object.hasOwn(kept.screens, path)) return null
  const screen: unknown = kept.screens[path]
  if (!isRecord(screen) || screen.script !== script || screen.progress !== fingerprint(saved)) return null
  return typeof screen.html === 'string' && screen.html.length <= MAX_SCREEN_CHARS
    ? { html: screen.html, fits: kept.drawing === drawing }
    : null
}

/** Keeps `screen` for `path`, with the most recent others of the same drawing; false if storage would not take it. */
export function keepScreen(storage: Storage, drawing: string, path: string, screen: KeptScreen): boolean {
  if (screen.html.length > MAX_SCREEN_CHARS) return false
  const before = readKept(storage.getItem(LAST_SCREEN_KEY))
  const others = Object.entries(before?.drawing === drawing ? before.screens : {}).filter(([kept]) => kept !== path)
  const screens = Object.fromEntries([...others.slice(-(MAX_SCREENS - 1)), [path, screen]])
  try {
    storage.setItem(LAST_SCREEN_KEY, JSON.stringify({ drawing, screens } satisfies KeptScreens))
    return true
  } catch {
    // Full: a kept screen is only a nicety, so it gives way entirely.
    storage.removeItem(LAST_SCREEN_KEY)
    return false
  }
}
