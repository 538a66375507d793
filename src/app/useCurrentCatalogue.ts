import { useEffect } from 'react'
import { useCatalogue, useCatalogueEntry, type CatalogueEntry } from '../catalogue/catalogueStore.ts'
import { useLang } from '../language/useLang.ts'

/** The catalogue in the script on screen, loaded on demand; `retry` after a failure. */
export function useCurrentCatalogue(): { entry: CatalogueEntry; retry: () => void } {
  const lang = useLang()
  const entry = useCatalogueEntry(lang)
  const loadCatalogue = useCatalogue((state) => state.loadCatalogue)
  useEffect(() => {
    void loadCatalogue(lang)
  }, [lang, loadCatalogue])
  return { entry, retry: () => void loadCatalogue(lang) }
}
