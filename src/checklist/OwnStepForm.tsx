import { useId, useState, type FormEvent } from 'react'
import { LengthLimit } from '../ui/LengthLimit.tsx'
import { useTranslation } from '../lib/useTranslation.ts'
import type { Section } from '../catalogue/schema.ts'
import { useProgress } from '../progress/progressStore.ts'
import { OWN_STEP_MAX } from '../progress/savedProgress.ts'

/**
 * The field for a step of the person's own: one line, added at the end of
 * the section for the person on screen, then the field is empty again for
 * the next one (a list of banks is added line by line).
 */
export default function OwnStepForm({ guideId, section }: { guideId: string; section: Section }) {
  const { t } = useTranslation()
  const id = useId()
  const hintId = useId()
  const countId = useId()
  const [text, setText] = useState('')
  const [said, setSaid] = useState<{ problem: boolean; message: string } | null>(null)

  function add(event: FormEvent) {
    event.preventDefault()
    if (useProgress.getState().addOwnStep(guideId, section.id, text) === null)
      return setSaid({ problem: true, message: t('guide.addStepEmpty') })
    setSaid({ problem: false, message: t('guide.addStepDone', { step: text.trim() }) })
    setText('')
  }

  return (
    <form className="own-step-form" onSubmit={add}>
      <label htmlFor={id}>{t('guide.addStepLabel', { section: section.title })}</label>
      <div className="button-row">
        <input
          id={id}
          enterKeyHint="done"
          value={text}
          maxLength={OWN_STEP_MAX}
          placeholder={t('guide.addStepPlaceholder')}
          aria-describedby={`${hintId} ${countId}`}
          aria-invalid={said?.problem === true}
          onChange={(event) => {
            setText(event.target.value)
            setSaid(null)
          }}
        />
        <button type="submit" className="button">
          {t('guide.addStepButton')}
        </button>
      </div>
      <p className={said?.problem ? 'field-problem' : 'hint'} role="status">
        {said?.message}
      </p>
      <p className="hint" id={hintId}>
        {t('guide.addStepHint')}
      </p>
      <LengthLimit id={countId} length={text.length} max={OWN_STEP_MAX} full={t('guide.addStepFull', { max: OWN_STEP_MAX })} />
    </form>
  )
}
