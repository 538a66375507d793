import { create } from 'zustand'
import { parseCatalogue, type Catalogue } from './schema.ts'

export type CatalogueEntry =
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue }
  | { status: 'error' }

interface CatalogueState {
  byLang: Partial<Record<string, CatalogueEntry>>
  loadCatalogue: (lang: string) => Promise<void>
}

export const catalogueUrl = (lang: string) => `${import.meta.env.BASE_URL}catalogue/${lang}.json`

async function fetchCatalogue(lang: string): Promise<Catalogue> {
  const response = await fetch(catalogueUrl(lang))
  if (!response.ok) throw new Error(`catalogue ${lang}: HTTP ${response.status}`)
  const result = parseCatalogue(await response.json())
  if (!result.ok) throw new Error(`catalogue ${lang} is malformed:\n${result.problems.join('\n')}`)
  if (result.value.lang !== lang) throw new Error(`catalogue ${lang} says it is ${result.value.lang}`)
  return result.value
}

/** One catalogue per script, fetched once; a failed load can be retried. */
export const useCatalogue = create<CatalogueState>()((set, get) => ({
  byLang: {},
  loadCatalogue: async (lang) => {
    const status = get().byLang[lang]?.status
    if (status === 'loading' || status === 'ready') return
    set((state) => ({ byLang: { ...state.byLang, [lang]: { status: 'loading' } } }))
    let entry: CatalogueEntry
    try {
      entry = { status: 'ready', catalogue: await fetchCatalogue(lang) }
    } catch (error) {
      console.error(error)
      entry = { status: 'error' }
    }
    set((state) => ({ byLang: { ...state.byLang, [lang]: entry } }))
  },
}))

export function useCatalogueEntry(lang: string): CatalogueEntry {
  return useCatalogue((state) => state.byLang[lang]) ?? { status: 'loading' }
}
