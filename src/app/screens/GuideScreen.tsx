import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router'
import { guideProgress, stepIds } from '../../catalogue/guideProgress.ts'
import { GuideSections } from '../../catalogue/GuideSections.tsx'
import { GuideTips } from '../../catalogue/GuideTips.tsx'
import type { Guide } from '../../catalogue/schema.ts'
import { isStepDone, useGuideMarks, useToggleStep } from '../../progress/selectors.ts'
import { ProgressMeter } from '../../ui/ProgressMeter.tsx'
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts'
import { CatalogueGate } from '../CatalogueGate.tsx'
import { ResetGuide } from '../ResetGuide.tsx'
import { UndoNotice } from '../UndoNotice.tsx'
import { NotFoundScreen } from './NotFoundScreen.tsx'

/** Opening /guides/x#item-y (the home screen's "继续") scrolls to that step and focuses it. */
function useScrollToHash() {
  const { hash } = useLocation()
  useEffect(() => {
    if (!hash) return
    const target = document.getElementById(decodeURIComponent(hash.slice(1)))
    target?.scrollIntoView({ block: 'start' })
    target?.querySelector('input')?.focus({ preventScroll: true })
  }, [hash])
}

function GuideView({ guide }: { guide: Guide }) {
  const { t } = useTranslation()
  const marks = useGuideMarks(guide.id)
  const toggleStep = useToggleStep()
  const isDone = (stepId: string) => isStepDone(marks, stepId)
  const progress = guideProgress(guide, isDone)
  useDocumentTitle(`${guide.title} · ${t('app.name')}`)
  useScrollToHash()

  return (
    <article className="guide">
      <Link className="back-link" to="/">
        ‹ {t('guide.backHome')}
      </Link>
      <h1>{guide.title}</h1>
      <p className="lead">{guide.summary}</p>
      <div className="guide-progress">
        <ProgressMeter
          value={progress.done}
          max={progress.total}
          label={t('guide.progressLabel')}
          text={t('guide.progress', { done: progress.done, total: progress.total })}
        />
        {progress.nextId === null && <p className="all-done">{t('guide.allDone')}</p>}
      </div>
      <GuideSections guide={guide} isDone={isDone} onToggle={(stepId, done) => toggleStep(guide.id, stepId, done)} />
      <GuideTips guide={guide} />
      <ResetGuide guide={guide} tickedCount={stepIds(guide).filter(isDone).length} />
      <UndoNotice guide={guide} />
    </article>
  )
}

export function GuideScreen() {
  const { guideId } = useParams()
  return (
    <CatalogueGate errorHeading="h1">
      {(catalogue) => {
        const guide = catalogue.guides.find((candidate) => candidate.id === guideId)
        return guide ? <GuideView guide={guide} /> : <NotFoundScreen what="guide" />
      }}
    </CatalogueGate>
  )
}
