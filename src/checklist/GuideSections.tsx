import type { ReactNode } from 'react'
import { itemAnchor } from '../catalogue/guideProgress.ts'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import type { Guide, Section, Step } from '../catalogue/schema.ts'

interface GuideSectionsProps {
  guide: Guide
  isDone: (stepId: string) => boolean
  /** A step's row (a plain step, or an option of a choice, then `skippable` once another option is done). */
  renderStep: (step: Step, skippable: boolean) => ReactNode
  /** The element id a 继续 or 下一步 jumped to, if any. */
  currentAnchor: string | null
  /** Under each section's steps: a way to add one (自己加一步). */
  renderAdd?: (section: Section) => ReactNode
}

/** The guide's sections in order, each a list of steps and choices. */
export function GuideSections({ guide, isDone, renderStep, currentAnchor, renderAdd }: GuideSectionsProps) {
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
              renderOption={renderStep}
              current={itemAnchor(item.id) === currentAnchor}
            />
          ) : (
            renderStep(item, false)
          ),
        )}
      </ol>
      {renderAdd?.(section)}
    </section>
  ))
}
