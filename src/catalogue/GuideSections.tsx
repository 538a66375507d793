import { useTranslation } from 'react-i18next'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import type { Guide } from './schema.ts'
import { StepItem } from './StepItem.tsx'

interface GuideSectionsProps {
  guide: Guide
  isDone: (stepId: string) => boolean
  onToggle: (stepId: string, done: boolean) => void
}

export function GuideSections({ guide, isDone, onToggle }: GuideSectionsProps) {
  const { t } = useTranslation()
  const detailLabel = t('guide.showDetail')
  return guide.sections.map((section) => (
    <section key={section.id} className="guide-section" aria-labelledby={`section-${section.id}`}>
      <h2 id={`section-${section.id}`}>{section.title}</h2>
      {section.note && <p className="section-note">{section.note}</p>}
      <ol className="steps">
        {section.items.map((item) =>
          'kind' in item ? (
            <ChoiceGroup
              key={item.id}
              choice={item}
              isDone={isDone}
              onToggle={onToggle}
              detailLabel={detailLabel}
              doneHint={t('guide.choiceDone')}
            />
          ) : (
            <StepItem key={item.id} step={item} checked={isDone(item.id)} onToggle={onToggle} detailLabel={detailLabel} />
          ),
        )}
      </ol>
    </section>
  ))
}
