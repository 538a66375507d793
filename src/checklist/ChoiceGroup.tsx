import { useId } from 'react'
import { itemAnchor } from '../catalogue/guideProgress.ts'
import type { Choice } from '../catalogue/schema.ts'
import { StepItem, type StepExtras } from './StepItem.tsx'

interface ChoiceGroupProps {
  choice: Choice
  extras: StepExtras
  /** Shown instead of the hint once one way is done ("其他方式不用再做"). */
  doneHint: string
}

/** "Choose one way": any one ticked option completes the group. */
export function ChoiceGroup({ choice, extras, doneHint }: ChoiceGroupProps) {
  const hintId = useId()
  const used = choice.options.some((option) => extras.isDone(option.id))
  return (
    <li className={used ? 'choice choice-done' : 'choice'} id={itemAnchor(choice.id)}>
      <fieldset aria-describedby={hintId}>
        <legend>{choice.title}</legend>
        <p className="choice-hint" id={hintId}>
          {used ? doneHint : choice.hint}
        </p>
        <ul className="choice-options">
          {choice.options.map((option) => (
            <StepItem key={option.id} step={option} extras={extras} skippable={used && !extras.isDone(option.id)} />
          ))}
        </ul>
      </fieldset>
    </li>
  )
}
