import i18n, { type BackendModule, type InitOptions, type LanguageDetectorModule } from 'i18next'
import { chooseScript, isLang, LANGS, scriptOf, type Lang } from './detect.ts'
import { savedLanguageChoice, saveLanguageChoice } from '../storage/languageChoice.ts'
import essential from './locales/essential.json'
import { followManifest } from './manifest.ts'

/** A script's UI strings (section → key → text), as the app's loader finds them, or null. */
export type UiStrings = Record<string, Record<string, string>>
export type LoadStrings = (lang: Lang) => Promise<UiStrings | null>

/**
 * First guess from the saved choice and navigator.languages: our own few
 * lines instead of i18next-browser-languagedetector, which costs 2.2 KB
 * gzip on the first screen and by default saves its guess as a choice.
 */
export const detector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () => chooseScript(savedLanguageChoice(), typeof navigator === 'undefined' ? [] : navigator.languages),
  cacheUserLanguage: () => {},
}

/**
 * The UI strings come from the app's loader (they travel with each script's
 * catalogue); only the essentials, for when that fails, are bundled.
 */
export function stringsBackend(load: LoadStrings): BackendModule {
  return {
    type: 'backend',
    init: () => {},
    read: (lng, _namespace, callback) => {
      if (!isLang(lng)) return callback(null, {})
      load(lng).then(
        (strings) => (strings ? callback(null, strings) : callback(`no strings for ${lng}`, false)),
        (error: unknown) => callback(String(error), false),
      )
    },
  }
}

function followDocument(lang: string) {
  document.documentElement.lang = lang
  if (isLang(lang)) followManifest(lang, import.meta.env.BASE_URL)
}

i18n.on('languageChanged', followDocument)

export const i18nOptions: InitOptions = {
  resources: {
    'zh-Hans': { essential: essential['zh-Hans'] },
    'zh-Hant': { essential: essential['zh-Hant'] },
    'zh-HK': { essential: essential['zh-HK'] },
  },
  partialBundledLanguages: true,
  ns: ['translation'],
  defaultNS: 'translation',
  fallbackNS: 'essential',
  supportedLngs: [...LANGS],
  fallbackLng: false,
  load: 'currentOnly',
  // React escapes what it renders.
  interpolation: { escapeValue: false },
}

const currentLang = (): Lang => scriptOf(i18n.resolvedLanguage)
let started: Promise<Lang> | null = null

/** Sets up i18next once; resolves with the script once its strings are loaded (or failed to). */
export function startLanguage(load: LoadStrings): Promise<Lang> {
  started ??= i18n.use(detector).use(stringsBackend(load)).init(i18nOptions).then(currentLang)
  return started
}

/** Asks the loader again, e.g. after the catalogue loaded on a retry. */
export async function reloadStrings(lang: Lang) {
  await i18n.reloadResources([lang], ['translation'])
}

/** Switches the script (once its strings are loaded) and remembers the choice. */
export function chooseLanguage(lang: Lang) {
  void i18n.changeLanguage(lang)
  saveLanguageChoice(lang)
}

export { i18n }
