import { useTranslation } from '../lib/useTranslation.ts'
import { useProgress } from '../progress/progressStore.ts'
import { useCurrentCatalogue } from '../catalogue/useCurrentCatalogue.ts'
import { usePersonName } from '../people/personName.ts'
import { lossesOfTakingIn, type ClearedGuide, type Incoming, type Losses } from './takeIn.ts'

interface TakeInLossesProps {
  incoming: Incoming
  /** The ways to take it in that can take something away, with their buttons' words. */
  choices: { mode: 'merge' | 'replace'; label: string }[]
}

/**
 * Before a yes: what each way of taking the backup or link in would remove
 * from this device, person by person and guide by guide, computed the way
 * the take-in itself will do it. What is not named here is not removed.
 */
export function TakeInLosses({ incoming, choices }: TakeInLossesProps) {
  const { t } = useTranslation()
  const nameOf = usePersonName()
  const { entry } = useCurrentCatalogue()
  const people = useProgress((state) => state.people)
  const currentPersonId = useProgress((state) => state.currentPersonId)
  const guideTitle = (guideId: string) =>
    (entry.status === 'ready' && entry.catalogue.guides.find((guide) => guide.id === guideId)?.title) || guideId
  const counts = ({ ticks, notes, ownSteps }: ClearedGuide) =>
    [
      ticks > 0 && t('settings.lossTicks', { count: ticks }),
      notes > 0 && t('settings.lossNotes', { count: notes }),
      ownSteps > 0 && t('settings.lossOwnSteps', { count: ownSteps }),
    ]
      .filter(Boolean)
      .join('、')

  // Ways that would take away the same things are named together ("合并"或"替换").
  const warnings: { labels: string[]; losses: Losses }[] = []
  for (const { mode, label } of choices) {
    const losses = lossesOfTakingIn({ people, currentPersonId }, incoming, mode)
    if (losses.people.length === 0 && losses.guides.length === 0) continue
    const same = warnings.find((warning) => JSON.stringify(warning.losses) === JSON.stringify(losses))
    if (same) same.labels.push(label)
    else warnings.push({ labels: [label], losses })
  }
  return warnings.map(({ labels, losses }) => {
    const choice = labels.map((label) => t('settings.lossChoice', { choice: label })).join(t('settings.lossOr'))
    return (
      <div key={labels.join()} className="notice notice-warning take-in-losses">
        <p>{t('settings.lossIntro', { choice })}</p>
        <ul>
          {losses.people.map(({ personId, person }) => (
            <li key={personId}>{t('settings.lossPerson', { person: nameOf(person) })}</li>
          ))}
          {losses.guides.map((cleared) => (
            <li key={`${cleared.personId}/${cleared.guideId}`}>
              {t('settings.lossGuide', { person: nameOf(cleared.person), guide: guideTitle(cleared.guideId), what: counts(cleared) })}
            </li>
          ))}
        </ul>
      </div>
    )
  })
}
