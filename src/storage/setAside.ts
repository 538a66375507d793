import { downloadText } from '../lib/downloadText.ts'
import { setAsideCopies } from './safeStorage.ts'
import { PROGRESS_KEY } from './keys.ts'
import { deviceStorage } from './deviceStorage.ts'

/**
 * The copies of unreadable progress kept aside on this device, for
 * 进度与备份 and the notice: how many and how large, a file to keep them
 * in, and a way to remove them once they are safe elsewhere.
 */
function copies(): { key: string; at: number; text: string }[] {
  try {
    return setAsideCopies(deviceStorage(), PROGRESS_KEY)
  } catch {
    return []
  }
}

export function setAsideSummary(): { count: number; chars: number } {
  const found = copies()
  return { count: found.length, chars: found.reduce((sum, copy) => sum + copy.text.length, 0) }
}

export const SET_ASIDE_FORMAT = 'sim-cancel-checklist/unreadable-progress'

/** Downloads every copy as it was found, untouched, in one JSON file. */
export function exportSetAside(now = Date.now()) {
  const file = { format: SET_ASIDE_FORMAT, copies: copies().map(({ at, text }) => ({ keptAt: at, text })) }
  downloadText(`sim-cancel-checklist-unreadable-${new Date(now).toISOString().slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`)
}

export function removeSetAside() {
  for (const copy of copies()) {
    try {
      deviceStorage().removeItem(copy.key)
    } catch {
      return
    }
  }
}
