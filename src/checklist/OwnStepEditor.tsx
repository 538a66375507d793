import { useId, useState } from 'react'
import { LengthLimit } from '../ui/LengthLimit.tsx'
import { useTranslation } from '../lib/useTranslation.ts'
import { useProgress } from '../progress/progressStore.ts'
import { OWN_STEP_MAX } from '../progress/savedProgress.ts'

interface OwnStepEditorProps {
  guideId: string
  stepId: string
  /** The line when the editor opens; from then on the field is the person's. */
  title: string
}

/** Inside an own step's 修改: its line, saved as it is typed (an emptied field changes nothing), and 删除这一步 (with 撤销). */
export default function OwnStepEditor({ guideId, stepId, title }: OwnStepEditorProps) {
  const { t } = useTranslation()
  const id = useId()
  const countId = useId()
  const [text, setText] = useState(title)
  return (
    <div className="own-step-editor">
      <label htmlFor={id}>{t('guide.ownStepLabel')}</label>
      <input
        id={id}
        value={text}
        maxLength={OWN_STEP_MAX}
        aria-describedby={countId}
        aria-invalid={!text.trim()}
        onChange={(event) => {
          setText(event.target.value)
          useProgress.getState().renameOwnStep(guideId, stepId, event.target.value)
        }}
      />
      {text.trim() ? (
        <LengthLimit id={countId} length={text.length} max={OWN_STEP_MAX} full={t('guide.addStepFull', { max: OWN_STEP_MAX })} />
      ) : (
        <p className="field-problem" id={countId} role="status">
          {t('guide.ownStepEmpty')}
        </p>
      )}
      <p>
        <button type="button" className="button danger" onClick={() => useProgress.getState().removeOwnStep(guideId, stepId)}>
          {t('guide.ownStepRemove')}
        </button>
      </p>
    </div>
  )
}
