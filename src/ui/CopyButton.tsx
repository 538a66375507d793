import { useState } from 'react'

interface CopyButtonProps {
  text: string
  label: string
  /** Said once it is on the clipboard. */
  copied: string
  /** Said when the browser would not copy: the text is on screen to copy by hand. */
  failed: string
}

/** 复制: puts `text` on the clipboard and says so (or says to copy it by hand), politely to screen readers too. */
export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<{ of: string; ok: boolean } | null>(null)
  // What was copied is no longer what is shown (the person typed on): back to 复制.
  const shown = outcome?.of === text ? outcome : null
  // Without a clipboard (an insecure page, an old in-app browser) the call itself throws: a refusal like any other.
  const copy = () =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => setOutcome({ of: text, ok: true }),
        () => setOutcome({ of: text, ok: false }),
      )
  return (
    <>
      <button type="button" className="button copy-button" onClick={() => void copy()}>
        {shown?.ok ? copied : label}
      </button>
      <span className="visually-hidden" role="status">
        {shown ? (shown.ok ? copied : '') : ''}
      </span>
      {shown && !shown.ok && <span className="copy-failed">{failed}</span>}
    </>
  )
}
