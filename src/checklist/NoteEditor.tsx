import { useId, useState } from 'react'
import { LengthLimit } from '../ui/LengthLimit.tsx'
import { useTranslation } from '../lib/useTranslation.ts'
import { useProgress } from '../progress/progressStore.ts'
import { NOTE_MAX } from '../progress/savedProgress.ts'

interface NoteEditorProps {
  guideId: string
  stepId: string
  stepTitle: string
  /** The saved note when the field opens; from then on the field is the user's (an IME may be composing). */
  text: string
}

/** "备注" on a step: saved with every keystroke, so closing the page loses nothing. */
export default function NoteEditor({ guideId, stepId, stepTitle, text }: NoteEditorProps) {
  const { t } = useTranslation()
  const id = useId()
  const hintId = useId()
  const countId = useId()
  const setNote = useProgress((state) => state.setNote)
  const [length, setLength] = useState(text.length)
  return (
    <div className="note-editor">
      <label htmlFor={id}>
        {t('guide.noteLabel')}
        <span className="visually-hidden">：{stepTitle}</span>
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={NOTE_MAX}
        defaultValue={text}
        placeholder={t('guide.notePlaceholder')}
        aria-describedby={`${hintId} ${countId}`}
        onChange={(event) => {
          setLength(event.target.value.length)
          setNote(guideId, stepId, event.target.value)
        }}
      />
      <p className="hint" id={hintId}>
        {t('guide.noteHint')}
      </p>
      <LengthLimit id={countId} length={length} max={NOTE_MAX} full={t('guide.noteFull', { max: NOTE_MAX })} />
    </div>
  )
}
