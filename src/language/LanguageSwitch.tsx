import { useTranslation } from '../lib/useTranslation.ts'
import type { Lang } from './detect.ts'
import { chooseLanguage } from './i18n.ts'
import { useLang } from './useLang.ts'
import './language.css'

/**
 * The names are the scripts' own, so they read the same in every script:
 * Traditional as Taiwan writes it, and as Hong Kong does. Short enough for
 * three buttons on a 360 px screen.
 */
const CHOICES: { lang: Lang; name: string }[] = [
  { lang: 'zh-Hans', name: '简体' },
  { lang: 'zh-Hant', name: '繁·台' },
  { lang: 'zh-HK', name: '繁·港' },
]

export function LanguageSwitch() {
  const { t } = useTranslation()
  const current = useLang()
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {CHOICES.map(({ lang, name }) => (
        <button key={lang} type="button" lang={lang} aria-pressed={current === lang} onClick={() => chooseLanguage(lang)}>
          {name}
        </button>
      ))}
    </div>
  )
}
