import { useId, type ReactNode } from 'react'
import { useTranslation } from '../ui/useTranslation.ts'
import { itemAnchor } from '../catalogue/guideProgress.ts'
import type { Choice, Step } from '../catalogue/schema.ts'

interface ChoiceGroupProps {
  choice: Choice
  isDone: (stepId: string) => boolean
  /** Each option's row; `skippable` once another option is done. */
  renderOption: (option: Step, skippable: boolean) => ReactNode
}

/** "Choose one way": any one ticked option completes the group. */
export function ChoiceGroup({ choice, isDone, renderOption }: ChoiceGroupProps) {
  const { t } = useTranslation()
  const hintId = useId()
  const used = choice.options.some((option) => isDone(option.id))
  return (
    <li className={used ? 'choice choice-done' : 'choice'} id={itemAnchor(choice.id)}>
      <fieldset aria-describedby={hintId}>
        <legend>{choice.title}</legend>
        <p className="choice-hint" id={hintId}>
          {used ? t('guide.choiceDone') : choice.hint}
        </p>
        <ul className="choice-options">{choice.options.map((option) => renderOption(option, used && !isDone(option.id)))}</ul>
      </fieldset>
    </li>
  )
}
