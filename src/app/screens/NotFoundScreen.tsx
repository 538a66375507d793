import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts'

/** For unknown paths, and (with `what="guide"`) for a guide id the catalogue does not have. */
export function NotFoundScreen({ what = 'page' }: { what?: 'page' | 'guide' }) {
  const { t } = useTranslation()
  const title = what === 'guide' ? t('notFound.guideTitle') : t('notFound.title')
  useDocumentTitle(`${title} · ${t('app.name')}`)
  return (
    <div className="not-found">
      <h1>{title}</h1>
      <p>{what === 'guide' ? t('notFound.guideBody') : t('notFound.body')}</p>
      <Link className="button primary" to="/">
        {t('notFound.home')}
      </Link>
    </div>
  )
}
