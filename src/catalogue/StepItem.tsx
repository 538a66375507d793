import { itemAnchor } from './guideProgress.ts'
import type { Step } from './schema.ts'

interface StepItemProps {
  step: Step
  checked: boolean
  onToggle: (stepId: string, done: boolean) => void
  /** Another option of the same choice was used, so this one can be skipped. */
  skippable?: boolean
  /** The disclosure's label ("说明"), translated once by the list rather than by every step. */
  detailLabel: string
}

export function StepItem({ step, checked, onToggle, skippable = false, detailLabel }: StepItemProps) {
  const className = ['step', checked && 'step-done', skippable && 'step-skippable'].filter(Boolean).join(' ')
  return (
    <li className={className} id={itemAnchor(step.id)}>
      <label className="step-check">
        <input type="checkbox" checked={checked} onChange={(event) => onToggle(step.id, event.target.checked)} />
        <span className="step-title">{step.title}</span>
      </label>
      <details className="step-detail">
        <summary>
          {detailLabel}
          <span className="visually-hidden">：{step.title}</span>
        </summary>
        <p>{step.detail}</p>
      </details>
    </li>
  )
}
