import type { ReactNode } from 'react'

export interface NoticeAction {
  label: string
  onClick: () => void
}

interface NoticeProps {
  children: ReactNode
  /** Buttons in the notice, e.g. 撤销, 导出进度, 知道了. */
  actions?: NoticeAction[]
  tone?: 'info' | 'warning'
}

/** A short message announced politely to screen readers. */
export function Notice({ children, actions = [], tone = 'info' }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      <p>{children}</p>
      {actions.length > 0 && (
        <div className="notice-actions">
          {actions.map((action) => (
            <button key={action.label} type="button" onClick={action.onClick}>
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
