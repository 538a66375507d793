import { useTranslation } from '../lib/useTranslation.ts'
import { scriptOf, type Lang } from './detect.ts'

/** The script on screen now; re-renders when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation()
  return scriptOf(i18n.resolvedLanguage)
}
