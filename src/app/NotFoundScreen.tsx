import { useTranslation } from '../lib/useTranslation.ts'
import { Link } from 'react-router'
import { pageTitle, useDocumentTitle } from '../lib/useDocumentTitle.ts'
import { CatalogueGate } from '../catalogue/CatalogueGate.tsx'
import { useTextReady } from '../catalogue/useCurrentCatalogue.ts'
import { paths } from '../config/paths.ts'

function NotFound({ what }: { what: 'page' | 'guide' }) {
  const { t } = useTranslation()
  const title = what === 'guide' ? t('notFound.guideTitle') : t('notFound.title')
  useDocumentTitle(pageTitle(title, t('app.name')))
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{what === 'guide' ? t('notFound.guideBody') : t('notFound.body')}</p>
      <Link className="button primary" to={paths.home}>
        {t('notFound.home')}
      </Link>
    </div>
  )
}

/**
 * For unknown paths, and (with `what="guide"`) for a guide id the catalogue
 * does not have. Its text comes with the catalogue: if that could not load,
 * the catalogue's error and retry show instead.
 */
export default function NotFoundScreen({ what = 'page' }: { what?: 'page' | 'guide' }) {
  const textReady = useTextReady()
  if (!textReady) return <CatalogueGate errorHeading="h1">{() => <NotFound what={what} />}</CatalogueGate>
  return <NotFound what={what} />
}
