import { createAppStore } from '../lib/createAppStore.ts'
import { catalogueInParts, type Catalogue } from './schema.ts'

export type CatalogueEntry =
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue }
  | { status: 'error' }

interface CatalogueState {
  byLang: Partial<Record<string, CatalogueEntry>>
  /** Fetches once (or again after a failure); resolves with the entry as it then stands. */
  loadCatalogue: (lang: string) => Promise<CatalogueEntry>
}

export const catalogueUrl = (lang: string) => `${import.meta.env.BASE_URL}catalogue/${lang}.json`

async function fetchCatalogue(lang: string): Promise<Catalogue> {
  const response = await fetch(catalogueUrl(lang))
  if (!response.ok) throw new Error(`catalogue ${lang}: HTTP ${response.status}`)
  const catalogue = await catalogueInParts(await response.json(), nextTask)
  if (!catalogue) throw new Error(`catalogue ${lang} is malformed (npm run traditional says where)`)
  if (catalogue.lang !== lang) throw new Error(`catalogue ${lang} says it is ${catalogue.lang}`)
  return catalogue
}

/** Lets the page answer taps and paint between two parts of the app's start. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve))

/** Loads in flight, so that callers asking at the same time share one fetch. */
const inFlight = new Map<string, Promise<CatalogueEntry>>()

/** One catalogue per script, fetched once; a failed load can be retried. */
export const useCatalogue = createAppStore<CatalogueState>()((set, get) => ({
    byLang: {},
    loadCatalogue: (lang) => {
      const known = get().byLang[lang]
      if (known?.status === 'ready') return Promise.resolve(known)
      const pending = inFlight.get(lang)
      if (pending) return pending
      set((state) => ({ byLang: { ...state.byLang, [lang]: { status: 'loading' } } }))
      const load = fetchCatalogue(lang)
        .then((catalogue): CatalogueEntry => ({ status: 'ready', catalogue }))
        .catch((error: unknown): CatalogueEntry => {
          console.error(error)
          return { status: 'error' }
        })
        .then((entry) => {
          inFlight.delete(lang)
          set((state) => ({ byLang: { ...state.byLang, [lang]: entry } }))
          return entry
        })
      inFlight.set(lang, load)
      return load
    },
  }))

export function useCatalogueEntry(lang: string): CatalogueEntry {
  return useCatalogue((state) => state.byLang[lang]) ?? { status: 'loading' }
}
