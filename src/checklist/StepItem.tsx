import { useState, type ReactNode } from 'react'
import { itemAnchor } from '../catalogue/guideProgress.ts'
import type { Step } from '../catalogue/schema.ts'

/** What a step shows besides the catalogue's text: the person's tick and note. */
export interface StepExtras {
  isDone: (stepId: string) => boolean
  onToggle: (stepId: string, done: boolean) => void
  /** The person's note on the step ('' if none). */
  noteOf: (stepId: string) => string
  /** The note editor, shown once the step's disclosure is opened. */
  editNote: (step: Step) => ReactNode
  /** Labels translated once by the list rather than by every step: the disclosure ("说明和备注") and the note ("备注"). */
  detailLabel: string
  noteLabel: string
}

interface StepItemProps {
  step: Step
  extras: StepExtras
  /** Another option of the same choice was used, so this one can be skipped. */
  skippable?: boolean
}

export function StepItem({ step, extras, skippable = false }: StepItemProps) {
  const [open, setOpen] = useState(false)
  const checked = extras.isDone(step.id)
  const note = extras.noteOf(step.id).trim()
  const className = ['step', checked && 'step-done', skippable && 'step-skippable'].filter(Boolean).join(' ')
  return (
    <li className={className} id={itemAnchor(step.id)}>
      <label className="step-check">
        <input type="checkbox" checked={checked} onChange={(event) => extras.onToggle(step.id, event.target.checked)} />
        <span className="step-title">{step.title}</span>
      </label>
      {note && (
        <p className="step-note">
          <span className="step-note-label">{extras.noteLabel}</span>
          {note}
        </p>
      )}
      <details className="step-detail" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          {extras.detailLabel}
          <span className="visually-hidden">：{step.title}</span>
        </summary>
        <p>{step.detail}</p>
        {open && extras.editNote(step)}
      </details>
    </li>
  )
}
