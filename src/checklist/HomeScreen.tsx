import { useTranslation } from '../lib/useTranslation.ts'
import { personalGuide } from '../catalogue/fitToCase.ts'
import { GuideCard } from './GuideCard.tsx'
import { guideProgress } from '../catalogue/guideProgress.ts'
import type { Guide } from '../catalogue/schema.ts'
import { PersonSwitcher } from '../people/PersonSwitcher.tsx'
import { useLang } from '../language/useLang.ts'
import { isStepDone, lastTouchedAt, useGuideAnswers, useGuideMarks, useGuideOwnSteps } from '../progress/selectors.ts'
import { relativeTime } from '../lib/relativeTime.ts'
import { useNow } from '../lib/useNow.ts'
import { useDocumentTitle } from '../lib/useDocumentTitle.ts'
import { CatalogueGate } from '../catalogue/CatalogueGate.tsx'
import './checklist.css'

function GuideEntry({ guide, now }: { guide: Guide; now: number }) {
  const { t } = useTranslation()
  const lang = useLang()
  const marks = useGuideMarks(guide.id)
  const answers = useGuideAnswers(guide.id)
  const ownSteps = useGuideOwnSteps(guide.id)
  const touched = lastTouchedAt(marks)
  return (
    <li>
      <GuideCard
        guide={guide}
        progress={guideProgress(personalGuide(guide, answers, ownSteps), (stepId) => isStepDone(marks, stepId))}
        lastTouched={touched === null ? null : { at: touched, when: relativeTime(touched, now, lang, t('time.justNow')) }}
      />
    </li>
  )
}

export function HomeScreen() {
  const { t } = useTranslation()
  useDocumentTitle(t('app.name'))
  const now = useNow()
  return (
    <>
      <h1 tabIndex={-1}>{t('home.heading')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <PersonSwitcher />
      <CatalogueGate>
        {(catalogue) => (
          <ul className="guide-list">
            {catalogue.guides.map((guide) => (
              <GuideEntry key={guide.id} guide={guide} now={now} />
            ))}
          </ul>
        )}
      </CatalogueGate>
    </>
  )
}
