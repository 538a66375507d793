import type { ImportMode } from './backupFile.ts'
import { ProgressSummary } from './ProgressSummary.tsx'
import { incomingPeople, type Incoming } from './takeIn.ts'
import { TakeInLosses } from './TakeInLosses.tsx'

interface TakeInPreviewProps {
  incoming: Incoming
  /** Where it comes from and when ("备份文件导出于…", "来自…的进度"). */
  intro: string
  /** What each choice will do. */
  hints: string[]
  /** The ways to take it in, the first one primary; 取消/不导入 comes last by itself. */
  choices: { mode: ImportMode; label: string }[]
  cancelLabel: string
  onAccept: (mode: ImportMode) => void
  onDecline: () => void
}

/** What a backup file or a link holds, person by person, and the choice to take it in or not: nothing changes without a yes. */
export function TakeInPreview({ incoming, intro, hints, choices, cancelLabel, onAccept, onDecline }: TakeInPreviewProps) {
  return (
    <div className="import-preview">
      <p>{intro}</p>
      <ProgressSummary people={incomingPeople(incoming)} />
      {hints.map((hint) => (
        <p key={hint} className="hint">
          {hint}
        </p>
      ))}
      <TakeInLosses incoming={incoming} choices={choices.flatMap(({ mode, label }) => (mode === 'new' ? [] : [{ mode, label }]))} />
      <div className="button-row">
        {choices.map(({ mode, label }, index) => (
          <button key={mode} type="button" className={index === 0 ? 'button primary' : 'button'} onClick={() => onAccept(mode)}>
            {label}
          </button>
        ))}
        <button type="button" className="button" onClick={onDecline}>
          {cancelLabel}
        </button>
      </div>
    </div>
  )
}
