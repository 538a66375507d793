import { useTranslation } from '../ui/useTranslation.ts'
import type { Lang } from './detect.ts'
import { chooseLanguage } from './i18n.ts'
import { useLang } from './useLang.ts'
import './language.css'

/** The names are the scripts' own, so they read the same in either script. */
const CHOICES: { lang: Lang; name: string }[] = [
  { lang: 'zh-Hans', name: '简体' },
  { lang: 'zh-Hant', name: '繁體' },
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
