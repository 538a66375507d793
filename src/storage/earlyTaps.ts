import { EARLY_TAPS_KEY } from './keys.ts'

/**
 * Where taps on the prerendered page wait for the app (page/earlyTaps.ts
 * keeps them, progress/earlyTaps.ts reads them as progress). Bundled into
 * the page's early script: it imports nothing heavy.
 */

/** More than anyone taps before a script arrives; keeps a stuck page from filling storage. */
const MAX_TAPS = 500

/** The taps kept so far, as they were written (checked by whoever reads them); [] when none or unreadable. */
export function readEarlyTaps(storage: Pick<Storage, 'getItem'>): unknown[] {
  try {
    const taps: unknown = JSON.parse(storage.getItem(EARLY_TAPS_KEY) ?? '[]')
    return Array.isArray(taps) ? taps : []
  } catch {
    return []
  }
}

/** Whether any tap is waiting for the app. */
export const hasEarlyTaps = (storage: Pick<Storage, 'getItem'>) => storage.getItem(EARLY_TAPS_KEY) !== null

/** Keeps one more tap; on blocked or full storage the app will say so once it starts. */
export function recordEarlyTap(storage: Storage, tap: object) {
  try {
    storage.setItem(EARLY_TAPS_KEY, JSON.stringify([...readEarlyTaps(storage), tap].slice(-MAX_TAPS)))
  } catch {
    // As above.
  }
}

/** Forgets the taps once the app has taken them in (or found nothing readable in them). */
export function forgetEarlyTaps(storage: Storage) {
  storage.removeItem(EARLY_TAPS_KEY)
}
