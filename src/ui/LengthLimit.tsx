/**
 * Under a text field with a limit: how much of it is used ("8/20 字"), and,
 * once it is full, a message saying why nothing more goes in (the field's
 * maxLength refuses it), announced as it appears.
 */
export function LengthLimit({ id, length, max, count, full }: { id: string; length: number; max: number; count: string; full: string }) {
  const isFull = length >= max
  return (
    <p className="length-limit" id={id}>
      {!isFull && count}
      <span className="field-problem" role="status">
        {isFull ? full : ''}
      </span>
    </p>
  )
}
