import { useTranslation } from 'react-i18next'
import type { PersonSummary } from '../progress/backup.ts'
import { useCurrentCatalogue } from './useCurrentCatalogue.ts'

/** What a backup file or a link holds, person by person, before anything is imported. */
export function ProgressSummary({ people }: { people: PersonSummary[] }) {
  const { t } = useTranslation()
  const { entry } = useCurrentCatalogue()
  const guideTitle = (guideId: string) =>
    (entry.status === 'ready' && entry.catalogue.guides.find((guide) => guide.id === guideId)?.title) || guideId

  return (
    <ul className="progress-summary">
      {people.map((person) => (
        <li key={person.personId}>
          <strong>{person.name ?? t('people.me')}</strong>
          <ul>
            {person.guides.length === 0 && <li>{t('settings.importEmpty')}</li>}
            {person.guides.map(({ guideId, ticked, notes }) => (
              <li key={guideId}>
                {t(notes > 0 ? 'settings.importGuideNotes' : 'settings.importGuide', { guide: guideTitle(guideId), steps: ticked, notes })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
