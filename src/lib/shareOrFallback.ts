/**
 * The system share sheet (navigator.share), where the browser has one, for
 * a link or text, or for files where it says it takes them (canShare); the
 * old way (copy, download) everywhere else.
 */

/** How it went: the sheet took it, the person closed the sheet, or `fallback` ran instead (and what it gave). */
export type ShareOutcome<T> = { by: 'sheet' } | { by: 'cancelled' } | { by: 'fallback'; result: T }

/** Whether this browser has a share sheet for `data` (files: of that kind), so a 分享 button is worth showing. */
export function canShare(data: ShareData): boolean {
  if (typeof navigator.share !== 'function') return false
  if (data.files) return typeof navigator.canShare === 'function' && navigator.canShare(data)
  return true
}

/**
 * Shares `data` through the system share sheet where it can, else runs
 * `fallback`. Closing the sheet (AbortError) is the person's own answer:
 * nothing more happens. Any other refusal (no permission, a file the target
 * will not take) falls back, so the person still gets the link or the file.
 */
export async function shareOrFallback<T>(data: ShareData, fallback: () => T | Promise<T>): Promise<ShareOutcome<T>> {
  if (canShare(data)) {
    try {
      await navigator.share(data)
      return { by: 'sheet' }
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return { by: 'cancelled' }
    }
  }
  return { by: 'fallback', result: await fallback() }
}
