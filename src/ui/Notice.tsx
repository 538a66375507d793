import type { ReactNode } from 'react'

interface NoticeProps {
  children: ReactNode
  /** A button in the notice, e.g. 撤销 or 知道了. */
  action?: { label: string; onClick: () => void }
  tone?: 'info' | 'warning'
}

/** A short message announced politely to screen readers. */
export function Notice({ children, action, tone = 'info' }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      <p>{children}</p>
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  )
}
