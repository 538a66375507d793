import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { remembering, resetAllStores } from './storeResets.ts'

// Every zustand store starts each test fresh (see storeResets.ts).
vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof import('zustand')>()
  return { ...zustand, create: remembering(zustand.create) }
})

const hasDom = typeof window !== 'undefined'

if (hasDom) {
  // jsdom has <dialog> but not its modal methods; this stand-in only opens and
  // closes it. The real modal behaviour is covered by the browser tests.
  if (!HTMLDialogElement.prototype.showModal) {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '')
    }
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return
      this.removeAttribute('open')
      this.dispatchEvent(new Event('close'))
    }
  }
  // jsdom does no layout, so it has no scrolling; the browser tests check the real scroll.
  Element.prototype.scrollIntoView ??= function scrollIntoView() {}
  window.scrollTo = () => {}
}

beforeEach(() => {
  if (hasDom) window.localStorage.clear()
})

afterEach(() => {
  if (hasDom) cleanup()
  resetAllStores()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})
