import { useEffect, useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { formatDate } from '../lib/formatDate.ts'

/** Only on paper, above the guide: whose progress it is, and the day it was printed. */
export function PrintHeading({ person }: { person: string }) {
  const { t, i18n } = useTranslation()
  // The day is written when printing starts, not with the screen: the first date a page formats
  // costs a cheap phone a long task (the platform loads its calendar data), and a screen kept for
  // the next visit never carries a stale day.
  const [printedAt, setPrintedAt] = useState<number | null>(null)
  useEffect(() => {
    const paper = window.matchMedia?.('print')
    // React counts beforeprint as a discrete event: the day is in the page before the browser lays it out for paper.
    const show = (printing = paper?.matches) => setPrintedAt(printing ? Date.now() : null)
    const stop = new AbortController()
    window.addEventListener('beforeprint', () => show(true), stop)
    window.addEventListener('afterprint', () => show(false), stop)
    // Printing as the browser's print media, without those events (an emulated print, older Safari).
    paper?.addEventListener('change', () => show(), stop)
    return () => stop.abort()
  }, [])
  return (
    <p className="print-only">
      {printedAt === null ? null : t('share.printedFor', { person, date: formatDate(printedAt, i18n.language) })}
    </p>
  )
}
