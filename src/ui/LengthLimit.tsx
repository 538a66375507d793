import { useTranslation } from '../lib/useTranslation.ts'

/**
 * Under a text field with a limit: how much of it is used ("8/20 字"), and,
 * once it is full, `full`: why nothing more goes in (the field's maxLength
 * refuses it), announced as it appears.
 */
export function LengthLimit({ id, length, max, full }: { id: string; length: number; max: number; full: string }) {
  const { t } = useTranslation()
  const isFull = length >= max
  return (
    <p className="length-limit" id={id}>
      {!isFull && t('app.lengthCount', { count: length, max })}
      <span className="field-problem" role="status">
        {isFull ? full : ''}
      </span>
    </p>
  )
}
