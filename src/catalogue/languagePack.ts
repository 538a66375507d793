import { useCatalogue, type CatalogueEntry } from './catalogueStore.ts'
import { i18n, reloadStrings, startLanguage, type UiStrings } from '../language/i18n.ts'
import type { Lang } from '../language/detect.ts'

/** A script's UI strings travel with its catalogue: one fetch brings all the text. */
async function loadUiStrings(lang: Lang): Promise<UiStrings | null> {
  const entry = await useCatalogue.getState().loadCatalogue(lang)
  return entry.status === 'ready' ? entry.catalogue.ui : null
}

/** Starts i18next with the catalogue as its source of strings; safe to call more than once. */
export const startLanguagePack = () => startLanguage(loadUiStrings)

/**
 * Loads a script's catalogue (again, after a failure) and makes sure its UI
 * strings reach i18next too, so guides never show without their labels.
 */
export async function loadLanguagePack(lang: Lang): Promise<CatalogueEntry> {
  const entry = await useCatalogue.getState().loadCatalogue(lang)
  if (entry.status === 'ready' && !i18n.hasResourceBundle(lang, 'translation')) await reloadStrings(lang)
  return entry
}
