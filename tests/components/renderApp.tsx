import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { vi } from 'vitest'
import { AppRoutes } from '../../src/app/App.tsx'
import { useCatalogue } from '../../src/catalogue/catalogueStore.ts'
import { startLanguagePack } from '../../src/catalogue/languagePack.ts'
import { i18n } from '../../src/language/i18n.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { useStorageStatus } from '../../src/progress/storageStatus.ts'

const initialProgress = useProgress.getState()

/** The generated catalogue as the browser would fetch it from public/. */
export function catalogueFile(lang: string): unknown {
  return JSON.parse(readFileSync(resolve('public/catalogue', `${lang}.json`), 'utf8'))
}

/** Serves /catalogue/*.json from public/ (or whatever `respond` says) to fetch. */
export function serveCatalogue(respond: (lang: string) => Response | Promise<Response> = (lang) => Response.json(catalogueFile(lang))) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const match = /catalogue\/(zh-Han[st])\.json$/.exec(String(input))
    if (!match?.[1]) return new Response('not found', { status: 404 })
    return respond(match[1])
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** Back to an empty store; resetting writes through persist, so the saved data is put back after. */
function resetProgressKeepingStorage() {
  const saved = Array.from({ length: window.localStorage.length }, (_, index) => {
    const key = window.localStorage.key(index) ?? ''
    return [key, window.localStorage.getItem(key) ?? ''] as const
  })
  useProgress.setState(initialProgress, true)
  window.localStorage.clear()
  for (const [key, value] of saved) window.localStorage.setItem(key, value)
}

/**
 * Fresh stores, saved progress re-read from localStorage (seed it first to
 * simulate a returning visitor), then the app at `path` with a user-event user.
 */
export async function renderApp(
  path = '/',
  { lang = 'zh-Hans', beforeStart }: { lang?: 'zh-Hans' | 'zh-Hant'; beforeStart?: () => void } = {},
) {
  useCatalogue.setState({ byLang: {} })
  resetProgressKeepingStorage()
  useStorageStatus.setState({ problem: null, lost: null, unreadable: null })
  // e.g. make storage throw, after the reset above has used it
  beforeStart?.()
  await useProgress.persist.rehydrate()
  if (!vi.isMockFunction(globalThis.fetch)) serveCatalogue()
  await startLanguagePack()
  await i18n.changeLanguage(lang)
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
