import { lazy, Suspense, useEffect, type ReactNode } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { GuideQuestions } from './GuideQuestions.tsx'
import { findItem, itemAnchor, stepIds } from '../catalogue/guideProgress.ts'
import { GuideSections } from './GuideSections.tsx'
import { GuideTips } from './GuideTips.tsx'
import type { Contact, Guide, Step } from '../catalogue/schema.ts'
import { actionLine } from './actionLines.ts'
import { StepItem } from './StepItem.tsx'
import { useGuideView } from './useGuideView.ts'
import { AddOwnStep } from './AddOwnStep.tsx'
import { usePersonName } from '../people/personName.ts'
import { PersonSwitcher } from '../people/PersonSwitcher.tsx'
import { useProgress } from '../progress/progressStore.ts'
import { useAnswerQuestion, useCurrentPerson, useCurrentPersonId, useToggleStep } from '../progress/selectors.ts'
import { ProgressMeter } from '../ui/ProgressMeter.tsx'
import { elementIdOfHash } from '../lib/urlHash.ts'
import { pageTitle, useDocumentTitle } from '../lib/useDocumentTitle.ts'
import { CatalogueGate } from '../catalogue/CatalogueGate.tsx'
import { PrintHeading } from '../share/PrintHeading.tsx'
import { TakeAlong } from '../share/TakeAlong.tsx'
import { ResetGuide } from './ResetGuide.tsx'
import { paths } from '../config/paths.ts'
import './checklist.css'
import { GUIDE } from '../config/pageContract.ts'

// Shown for a few seconds after an untick or 重新开始, so it loads only then.
const UndoNotice = lazy(() => import('./UndoNotice.tsx'))

/** Opening /guides/x#item-y (the home screen's "继续") scrolls to that step and focuses it; any other # is ignored. */
function useScrollToHash() {
  const { hash } = useLocation()
  useEffect(() => {
    const id = elementIdOfHash(hash)
    if (!id) return
    const target = document.getElementById(id)
    target?.scrollIntoView({ block: 'start' })
    target?.querySelector('input')?.focus({ preventScroll: true })
  }, [hash])
}

function GuideView({ guide: wholeGuide, contacts }: { guide: Guide; contacts: readonly Contact[] }) {
  const { t } = useTranslation()
  const nameOf = usePersonName()
  const personId = useCurrentPersonId()
  const personName = nameOf(useCurrentPerson())
  const hasUndo = useProgress((state) => state.undoable !== null)
  const answerQuestion = useAnswerQuestion()
  const toggleStep = useToggleStep()
  const { hash, pathname } = useLocation()
  const navigate = useNavigate()
  // The step a 继续 or 下一步 jumped to stays marked until the person ticks something.
  const jumpedTo = elementIdOfHash(hash)
  const { guide, answers, progress, hiddenCount, situation, isDone, noteOf, actionsOf } = useGuideView(wholeGuide, contacts)
  const ids = stepIds(guide)
  const contactLinesOf = (step: Step) => actionsOf(step).map((action) => actionLine(action, t))
  const renderStep = (step: Step, skippable: boolean) => (
    <StepItem
      key={step.id}
      guideId={guide.id}
      step={step}
      done={isDone(step.id)}
      note={noteOf(step.id)}
      actions={actionsOf(step)}
      onToggle={(done) => {
        toggleStep(guide.id, step.id, done)
        if (jumpedTo) void navigate({ pathname }, { replace: true })
      }}
      current={itemAnchor(step.id) === jumpedTo}
      skippable={skippable}
    />
  )
  // Where the person stopped: shown once they have started and until they are done.
  const next = progress.done > 0 && progress.nextId ? findItem(guide, progress.nextId) : undefined
  const progressText = t('guide.progress', { done: progress.done, total: progress.total })
  useDocumentTitle(pageTitle(guide.title, t('app.name')))
  useScrollToHash()

  return (
    <article className="guide" {...{ [GUIDE]: guide.id }}>
      <Link className="back-link" to={paths.home}>
        ‹ {t('guide.backHome')}
      </Link>
      <PrintHeading person={personName} />
      <h1 tabIndex={-1}>{guide.title}</h1>
      <p className="lead">{guide.summary}</p>
      {next && (
        <p className="next-step">
          <span>{t('guide.nextStep')}</span>
          <Link to={{ hash: itemAnchor(next.id) }}>{next.title}</Link>
        </p>
      )}
      <PersonSwitcher />
      <GuideQuestions
        key={personId}
        guide={wholeGuide}
        answers={answers}
        hiddenCount={hiddenCount}
        onAnswer={(questionId, optionId) => answerQuestion(guide.id, questionId, optionId)}
      />
      <div className="guide-progress">
        <ProgressMeter value={progress.done} max={progress.total} label={t('guide.progressLabel')} text={progressText} />
        {progress.nextId === null && <p className="all-done">{t('guide.allDone')}</p>}
      </div>
      <GuideSections
        guide={guide}
        isDone={isDone}
        renderStep={renderStep}
        currentAnchor={jumpedTo}
        renderAdd={(section) => <AddOwnStep key={`${personId}-${section.id}`} guideId={guide.id} section={section} />}
      />
      <GuideTips guide={guide} />
      <TakeAlong
        guide={guide}
        parts={{
          isDone,
          noteOf,
          contactLinesOf,
          noteLabel: t('guide.noteLabel'),
          person: personName,
          progress: progressText,
          situation: situation && t('questions.summary', { answers: situation }),
        }}
      />
      <ResetGuide guide={guide} doneCount={progress.done} hasNotes={ids.some((stepId) => noteOf(stepId).trim())} />
      {hasUndo && (
        <Suspense fallback={null}>
          <UndoNotice guide={guide} />
        </Suspense>
      )}
    </article>
  )
}

/** `notFound`: what shows for a guide id the catalogue does not have. */
export function GuideScreen({ notFound }: { notFound: ReactNode }) {
  const { guideId } = useParams()
  return (
    <CatalogueGate errorHeading="h1">
      {(catalogue) => {
        const guide = catalogue.guides.find((candidate) => candidate.id === guideId)
        return guide ? <GuideView guide={guide} contacts={catalogue.contacts} /> : notFound
      }}
    </CatalogueGate>
  )
}
