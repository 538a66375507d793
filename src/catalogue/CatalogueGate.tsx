import type { ReactNode } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import type { Catalogue } from './schema.ts'
import { useCurrentCatalogue } from './useCurrentCatalogue.ts'

/** Shows the catalogue once loaded; until then a quiet loading line, or a retry on failure. */
interface CatalogueGateProps {
  children: (catalogue: Catalogue) => ReactNode
  /** The error's heading level, so headings stay in order on screens without their own h1. */
  errorHeading?: 'h1' | 'h2'
}

export function CatalogueGate({ children, errorHeading: Heading = 'h2' }: CatalogueGateProps) {
  const { t } = useTranslation()
  const { entry, retry } = useCurrentCatalogue()
  if (entry.status === 'ready') return children(entry.catalogue)
  if (entry.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('catalogue.loading')}
      </p>
    )
  }
  return (
    <div className="load-error" role="alert">
      <Heading>{t('catalogue.errorTitle')}</Heading>
      <p>{t('catalogue.errorBody')}</p>
      <button type="button" className="button primary" onClick={retry}>
        {t('catalogue.retry')}
      </button>
    </div>
  )
}
