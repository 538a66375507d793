import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { vi } from 'vitest'
import { AppRoutes } from '../../src/app/App.tsx'
import { loadLanguagePack, startLanguagePack } from '../../src/catalogue/languagePack.ts'
import { i18n } from '../../src/language/i18n.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { resetAllStores } from '../storeResets.ts'
import { fixtureCatalogue } from './fixtures/catalogue.ts'
import type { Lang } from '../../src/language/detect.ts'

/** The catalogue file a script's fetch gets: the app's UI strings and the test guides (fixtures/catalogue.ts). */
export const catalogueFile = fixtureCatalogue

/** Serves /catalogue/*.json (the test catalogue, or whatever `respond` says) to fetch. */
export function serveCatalogue(respond: (lang: Lang) => Response | Promise<Response> = (lang) => Response.json(catalogueFile(lang))) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const match = /catalogue\/(zh-Han[st]|zh-HK)\.json$/.exec(String(input))
    if (!match?.[1]) return new Response('not found', { status: 404 })
    return respond(match[1] as Lang)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/**
 * Fresh stores, as on a new page load. Resetting writes through persist, so
 * it writes to empty storage (not over what a test seeded, which it might
 * find unreadable), and the saved data is put back after.
 */
function newPageLoad() {
  const saved = Array.from({ length: window.localStorage.length }, (_, index) => {
    const key = window.localStorage.key(index) ?? ''
    return [key, window.localStorage.getItem(key) ?? ''] as const
  })
  window.localStorage.clear()
  resetAllStores()
  window.localStorage.clear()
  for (const [key, value] of saved) window.localStorage.setItem(key, value)
}

/**
 * Fresh stores, saved progress re-read from localStorage (seed it first to
 * simulate a returning visitor), then the app at `path` with a user-event user.
 */
export async function renderApp(path = '/', { lang = 'zh-Hans', beforeStart }: { lang?: Lang; beforeStart?: () => void } = {}) {
  newPageLoad()
  // e.g. make storage throw, after the reset above has used it
  beforeStart?.()
  await useProgress.persist.rehydrate()
  if (!vi.isMockFunction(globalThis.fetch)) serveCatalogue()
  await startLanguagePack()
  await i18n.changeLanguage(lang)
  // As the app starts: its catalogue is in before the first render (startApp.tsx), also after the reset above.
  await loadLanguagePack(lang)
  // A person can pick any file in the picker, whatever `accept` suggests.
  const user = userEvent.setup({ applyAccept: false })
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  )
  return { user, ...view }
}

/** Downloads (exports) caught instead of saved: the files' contents and names. */
export function captureDownloads() {
  const blobs: Blob[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  const names: string[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download)
  })
  return { blobs, names }
}
