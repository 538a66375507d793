import { useState, type ReactNode } from 'react'
import { useTranslation } from '../ui/useTranslation.ts'
import { itemAnchor } from '../catalogue/guideProgress.ts'
import type { Step } from '../catalogue/schema.ts'

interface StepItemProps {
  step: Step
  done: boolean
  /** The person's note on the step ('' if none). */
  note: string
  onToggle: (done: boolean) => void
  /** Under the detail once the disclosure is opened: the note editor, and 加到日历 or an own step's editor (StepDetails). */
  details: ReactNode
  /** A step the person added: no detail, and the disclosure reads 修改. */
  own?: boolean
  /** Another option of the same choice was used, so this one can be skipped. */
  skippable?: boolean
  /** The step a 继续 or 下一步 jumped to, marked until the person moves on. */
  current?: boolean
  /** Its official contacts as lines of text, for paper (on screen they are in `details`). */
  contactLines?: string[]
}

/** One step: its checkbox, the person's note under it (but not twice while it is edited), and 说明和备注 (the detail and the note editor). */
export function StepItem({
  step,
  done,
  note,
  onToggle,
  details,
  own = false,
  skippable = false,
  current = false,
  contactLines = [],
}: StepItemProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const shownNote = note.trim()
  const className = ['step', done && 'step-done', skippable && 'step-skippable', current && 'step-current', own && 'step-own']
    .filter(Boolean)
    .join(' ')
  return (
    <li className={className} id={itemAnchor(step.id)} aria-current={current ? 'step' : undefined}>
      <label className="step-check">
        <input type="checkbox" data-step={step.id} checked={done} onChange={(event) => onToggle(event.target.checked)} />
        <span className="step-title">{step.title}</span>
      </label>
      {/* While the note is being edited the field shows it, so this line is hidden on screen (not on paper). */}
      {shownNote && (
        <p className="step-note" data-editing={open || undefined}>
          <span className="step-note-label">{t('guide.noteLabel')}</span>
          {shownNote}
        </p>
      )}
      <details className="step-detail" onToggle={(event) => setOpen(event.currentTarget.open)}>
        {/* Short on screen, so the title keeps the row; in full for screen readers ("说明和备注：结清欠费"). */}
        <summary>
          <span aria-hidden="true">{t(own ? 'guide.ownStepEdit' : 'guide.showDetailShort')}</span>
          <span className="visually-hidden">
            {t(own ? 'guide.ownStepEditFull' : 'guide.showDetail')}：{step.title}
          </span>
        </summary>
        {!own && <p>{step.detail}</p>}
        {contactLines.length > 0 && (
          <ul className="step-contact-lines print-only">
            {contactLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {open && details}
      </details>
    </li>
  )
}
