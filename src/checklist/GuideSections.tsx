import { ChoiceGroup } from './ChoiceGroup.tsx'
import type { Guide } from '../catalogue/schema.ts'
import { StepItem, type StepExtras } from './StepItem.tsx'

interface GuideSectionsProps {
  guide: Guide
  extras: StepExtras
  /** Shown instead of a choice's hint once one way is done ("其他方式不用再做"). */
  choiceDoneHint: string
}

export function GuideSections({ guide, extras, choiceDoneHint }: GuideSectionsProps) {
  return guide.sections.map((section) => (
    <section key={section.id} className="guide-section" aria-labelledby={`section-${section.id}`}>
      <h2 id={`section-${section.id}`}>{section.title}</h2>
      {section.note && <p className="section-note">{section.note}</p>}
      <ol className="steps">
        {section.items.map((item) =>
          'kind' in item ? (
            <ChoiceGroup key={item.id} choice={item} extras={extras} doneHint={choiceDoneHint} />
          ) : (
            <StepItem key={item.id} step={item} extras={extras} />
          ),
        )}
      </ol>
    </section>
  ))
}
