import { useTranslation } from '../lib/useTranslation.ts'
import { personalGuide } from '../catalogue/fitToCase.ts'
import { guideProgress } from '../catalogue/guideProgress.ts'
import type { GuideSummary, PersonSummary } from './backupFile.ts'
import { isStepDone } from '../progress/selectors.ts'
import { useCurrentCatalogue } from '../catalogue/useCurrentCatalogue.ts'
import { usePersonName } from '../people/personName.ts'

/** What a backup file or a link holds, person by person, before anything is imported. */
export function ProgressSummary({ people }: { people: PersonSummary[] }) {
  const { t } = useTranslation()
  const { entry } = useCurrentCatalogue()
  const nameOf = usePersonName()

  // Counted as the guide screen counts: with the person's own steps, only the steps that fit the answers, a choice once.
  const describe = ({ guideId, marks, answers, ownSteps, ticked, notes }: GuideSummary) => {
    const guide = entry.status === 'ready' ? entry.catalogue.guides.find((candidate) => candidate.id === guideId) : undefined
    if (!guide) return t('settings.importGuideUnknown', { guide: guideId, steps: ticked })
    const { done, total } = guideProgress(personalGuide(guide, answers, ownSteps), (stepId) => isStepDone(marks, stepId))
    return t(notes > 0 ? 'settings.importGuideNotes' : 'settings.importGuide', { guide: guide.title, done, total, notes })
  }

  return (
    <ul className="progress-summary">
      {people.map((person) => (
        <li key={person.personId}>
          <strong>
            <bdi>{nameOf(person)}</bdi>
          </strong>
          <ul>
            {person.guides.length === 0 && <li>{t('settings.importEmpty')}</li>}
            {person.guides.map((guide) => (
              <li key={guide.guideId}>{describe(guide)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
