import { useTranslation } from '../lib/useTranslation.ts'
import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import { ProgressMeter } from '../ui/ProgressMeter.tsx'
import { itemAnchor, type GuideProgress } from '../catalogue/guideProgress.ts'
import type { Guide } from '../catalogue/schema.ts'

interface GuideCardProps {
  guide: Guide
  progress: GuideProgress
  /** When a step was last ticked or unticked, and that as "3 天前"; null when the guide was never touched. */
  lastTouched: { at: number; when: string } | null
}

export function GuideCard({ guide, progress, lastTouched }: GuideCardProps) {
  const { t } = useTranslation()
  const href = paths.guide(guide.id)
  const started = lastTouched !== null
  const finished = progress.nextId === null
  const headingId = `guide-card-${guide.id}`
  return (
    <article className="guide-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={href}>{guide.title}</Link>
      </h2>
      <p className="guide-summary">{guide.summary}</p>
      <ProgressMeter
        value={progress.done}
        max={progress.total}
        label={guide.title}
        text={t('home.progress', { done: progress.done, total: progress.total })}
      />
      <p className="guide-status">
        {finished ? (
          t('home.allDone')
        ) : lastTouched ? (
          <>
            {t('home.lastTouched')}
            {/* The next visit's first paint brings "3 天前" up to date from this (boot/gate.ts). The app
                takes that over even if a minute has turned since (the next minute's render says it anew). */}
            <time dateTime={new Date(lastTouched.at).toISOString()} suppressHydrationWarning>
              {lastTouched.when}
            </time>
          </>
        ) : (
          t('home.notStarted')
        )}
      </p>
      {!finished && (
        <Link
          className="button primary"
          to={started && progress.nextId ? `${href}#${itemAnchor(progress.nextId)}` : href}
          aria-describedby={headingId}
        >
          {started ? t('home.continue') : t('home.start')}
        </Link>
      )}
    </article>
  )
}
