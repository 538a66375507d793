import { useTranslation } from '../lib/useTranslation.ts'

/**
 * What shows when a screen (or the whole app) fails to render: a plain
 * message and two ways on. Plain links and a reload rather than the router,
 * which may be what broke; the strings are bundled, so it speaks even when
 * the catalogue is what failed.
 */
export function ScreenError() {
  const { t } = useTranslation()
  return (
    <div className="load-error" role="alert">
      <h1 tabIndex={-1}>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <div className="button-row">
        <a className="button primary" href={import.meta.env.BASE_URL}>
          {t('error.home')}
        </a>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </div>
  )
}
