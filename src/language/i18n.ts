import i18n, { type InitOptions } from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { LANGS, toScript, type Lang } from './detect.ts'
import zhHans from './locales/zh-Hans.json'
import zhHant from './locales/zh-Hant.json'

/** Where the user's own choice of script is remembered (only an explicit choice). */
export const LANGUAGE_KEY = 'sim-cancel-checklist:language'

function followDocument(lang: string) {
  document.documentElement.lang = lang
}

i18n.on('languageChanged', followDocument)

export const i18nOptions: InitOptions = {
  resources: { 'zh-Hans': { translation: zhHans }, 'zh-Hant': { translation: zhHant } },
  supportedLngs: [...LANGS],
  fallbackLng: 'zh-Hans',
  load: 'currentOnly',
  interpolation: { escapeValue: false },
  detection: {
    order: ['localStorage', 'navigator'],
    lookupLocalStorage: LANGUAGE_KEY,
    // The detector would otherwise save its guess as if the user had chosen it.
    caches: [],
    convertDetectedLanguage: toScript,
  },
}

void i18n.use(LanguageDetector).use(initReactI18next).init(i18nOptions)

/** Switches the script and remembers the choice; storage problems only cost the memory. */
export function chooseLanguage(lang: Lang) {
  void i18n.changeLanguage(lang)
  try {
    window.localStorage.setItem(LANGUAGE_KEY, lang)
  } catch {
    // Blocked storage: the switch still works for this visit.
  }
}

export { i18n }
