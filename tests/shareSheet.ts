import { onTestFinished, vi } from 'vitest'

/**
 * A browser with a system share sheet, for one test: `share` answers as
 * `answer` says (shared, or refused with a DOMException), and `canShare`
 * says whether it takes files (links and text it always takes). jsdom has
 * neither, as many desktop browsers do not.
 */
export function withShareSheet(answer: 'shared' | 'AbortError' | 'NotAllowedError' | 'DataError', { takesFiles = true } = {}) {
  const share = vi.fn((_data: ShareData) =>
    answer === 'shared' ? Promise.resolve() : Promise.reject(new DOMException('The share sheet said no.', answer)),
  )
  const canShare = vi.fn((data?: ShareData) => (data?.files ? takesFiles : true))
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true })
  Object.defineProperty(navigator, 'canShare', { value: canShare, configurable: true, writable: true })
  onTestFinished(() => {
    Reflect.deleteProperty(navigator, 'share')
    Reflect.deleteProperty(navigator, 'canShare')
  })
  return share
}

/**
 * Until the share sheet's answer and all it led to (a copy, a download, or
 * nothing) have run: each is a promise settled at once, so every one of
 * them has run by the next task. Checks that nothing happened wait here.
 */
export const shareSettled = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0))
