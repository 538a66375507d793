import { useEffect } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { useCatalogue, useCatalogueEntry, type CatalogueEntry } from './catalogueStore.ts'
import { useLang } from '../language/useLang.ts'
import { loadLanguagePack } from './languagePack.ts'

/** The catalogue in the script on screen, loaded on demand; `retry` after a failure. */
export function useCurrentCatalogue(): { entry: CatalogueEntry; retry: () => void } {
  const lang = useLang()
  const entry = useCatalogueEntry(lang)
  useEffect(() => {
    // Only a first load here; after a failure, the person decides when to retry.
    if (!useCatalogue.getState().byLang[lang]) void loadLanguagePack(lang)
  }, [lang])
  return { entry, retry: () => void loadLanguagePack(lang) }
}

/**
 * Whether the UI text of the script on screen is here. It comes with the
 * catalogue, so this is the one place that answers: without it, only the
 * bundled essentials speak (the catalogue's error and its retry).
 */
export function useTextReady(): boolean {
  const { i18n } = useTranslation()
  return i18n.hasResourceBundle(useLang(), 'translation')
}
