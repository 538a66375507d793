import { useId, type ReactNode } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { itemAnchor } from '../catalogue/guideProgress.ts'
import type { Choice, Step } from '../catalogue/schema.ts'

interface ChoiceGroupProps {
  choice: Choice
  isDone: (stepId: string) => boolean
  /** Each option's row; `skippable` once another option is done. */
  renderOption: (option: Step, skippable: boolean) => ReactNode
  /** The choice a 继续 or 下一步 jumped to, marked until the person moves on. */
  current?: boolean
}

/** "Choose one way": any one ticked option completes the group. */
export function ChoiceGroup({ choice, isDone, renderOption, current = false }: ChoiceGroupProps) {
  const { t } = useTranslation()
  const hintId = useId()
  const used = choice.options.some((option) => isDone(option.id))
  return (
    <li
      className={['choice', used && 'choice-done', current && 'choice-current'].filter(Boolean).join(' ')}
      id={itemAnchor(choice.id)}
      aria-current={current ? 'step' : undefined}
    >
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
