import { useId } from 'react'
import { itemAnchor } from './guideProgress.ts'
import type { Choice } from './schema.ts'
import { StepItem } from './StepItem.tsx'

interface ChoiceGroupProps {
  choice: Choice
  isDone: (stepId: string) => boolean
  onToggle: (stepId: string, done: boolean) => void
  detailLabel: string
  /** Shown instead of the hint once one way is done ("其他方式不用再做"). */
  doneHint: string
}

/** "Choose one way": any one ticked option completes the group. */
export function ChoiceGroup({ choice, isDone, onToggle, detailLabel, doneHint }: ChoiceGroupProps) {
  const hintId = useId()
  const used = choice.options.some((option) => isDone(option.id))
  return (
    <li className={used ? 'choice choice-done' : 'choice'} id={itemAnchor(choice.id)}>
      <fieldset aria-describedby={hintId}>
        <legend>{choice.title}</legend>
        <p className="choice-hint" id={hintId}>
          {used ? doneHint : choice.hint}
        </p>
        <ul className="choice-options">
          {choice.options.map((option) => (
            <StepItem
              key={option.id}
              step={option}
              checked={isDone(option.id)}
              onToggle={onToggle}
              skippable={used && !isDone(option.id)}
              detailLabel={detailLabel}
            />
          ))}
        </ul>
      </fieldset>
    </li>
  )
}
