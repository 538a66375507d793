import { useTranslation } from '../ui/useTranslation.ts'
import { formatDate } from '../ui/formatDate.ts'
import { useNow } from '../ui/useNow.ts'

/** Only on paper, above the guide: whose progress it is, and the date. */
export function PrintHeading({ person }: { person: string }) {
  const { t, i18n } = useTranslation()
  // Its own clock, so the guide around it does not re-render every minute.
  const now = useNow()
  return <p className="print-only">{t('share.printedFor', { person, date: formatDate(now, i18n.language) })}</p>
}
