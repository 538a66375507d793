import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import type { StepAction } from '../catalogue/contacts.ts'
import { itemAnchor } from '../catalogue/guideProgress.ts'
import type { Step } from '../catalogue/schema.ts'
import { useCurrentPersonId } from '../progress/selectors.ts'
import { isOwnStepId } from '../progress/savedProgress.ts'
import { actionLine } from './actionLines.ts'
import { STEP } from '../config/pageContract.ts'

const StepDetails = lazy(() => import('./StepDetails.tsx'))

interface StepItemProps {
  guideId: string
  step: Step
  done: boolean
  /** The person's note on the step ('' if none). */
  note: string
  /** Its calls, texts and links to official contacts (in 说明 on screen, as lines on paper). */
  actions: StepAction[]
  onToggle: (done: boolean) => void
  /** Another option of the same choice was used, so this one can be skipped. */
  skippable?: boolean
  /** The step a 继续 or 下一步 jumped to, marked until the person moves on. */
  current?: boolean
}

/** One step: its checkbox, the person's note under it (but not twice while it is edited), and 说明和备注 (the detail and the note editor). */
export function StepItem({ guideId, step, done, note, actions, onToggle, skippable = false, current = false }: StepItemProps) {
  const { t } = useTranslation()
  const personId = useCurrentPersonId()
  const [open, setOpen] = useState(false)
  // A step the person added: no detail, and the disclosure reads 修改.
  const own = isOwnStepId(step.id)
  const shownNote = note.trim()
  const className = ['step', skippable && 'step-skippable', current && 'step-current', own && 'step-own'].filter(Boolean).join(' ')
  return (
    <li className={className} id={itemAnchor(step.id)} aria-current={current ? 'step' : undefined}>
      <label className="step-check">
        <input type="checkbox" {...{ [STEP]: step.id }} checked={done} onChange={(event) => onToggle(event.target.checked)} />
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
        {actions.length > 0 && (
          <ul className="step-contact-lines print-only">
            {actions.map((action) => (
              <li key={action.contact.id}>{actionLine(action, t)}</li>
            ))}
          </ul>
        )}
        {open && (
          // Under the detail once opened: 直接联系, 加到日历 or an own step's editor, and the note editor.
          <Suspense fallback={null}>
            <StepDetails key={personId} guideId={guideId} step={step} note={note} actions={actions} />
          </Suspense>
        )}
      </details>
    </li>
  )
}
