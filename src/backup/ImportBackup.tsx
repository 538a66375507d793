import { useId, useState, type ChangeEvent } from 'react'
import { useTranslation } from '../ui/useTranslation.ts'
import {
  MAX_BACKUP_BYTES,
  summarise,
  progressAfterImport,
  readBackup,
  type Backup,
  type BackupProblem,
  type ImportMode,
} from './backupFile.ts'
import { useProgress } from '../progress/progressStore.ts'
import { useLang } from '../language/useLang.ts'
import { formatDate } from '../ui/formatDate.ts'
import { Notice } from '../ui/Notice.tsx'
import { ProgressSummary } from './ProgressSummary.tsx'

const PROBLEM_KEY = {
  'too-big': 'settings.tooBig',
  'not-json': 'settings.notJson',
  'not-ours': 'settings.notOurs',
  newer: 'settings.newer',
  damaged: 'settings.damaged',
} as const satisfies Record<BackupProblem, string>

type Step = { kind: 'idle' } | { kind: 'preview'; backup: Backup } | { kind: 'refused'; problem: BackupProblem } | { kind: 'done'; mode: ImportMode }

/** "从备份恢复": choose a file, see what it holds, then merge or replace — or nothing changes. */
export function ImportBackup() {
  const { t } = useTranslation()
  const lang = useLang()
  const inputId = useId()
  const restoreProgress = useProgress((state) => state.restoreProgress)
  const [step, setStep] = useState<Step>({ kind: 'idle' })

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    if (file.size > MAX_BACKUP_BYTES) return setStep({ kind: 'refused', problem: 'too-big' })
    const result = readBackup(await file.text())
    setStep(result.ok ? { kind: 'preview', backup: result.backup } : { kind: 'refused', problem: result.problem })
  }

  function apply(backup: Backup, mode: ImportMode) {
    restoreProgress(progressAfterImport(useProgress.getState(), backup.state, mode, Date.now()))
    setStep({ kind: 'done', mode })
  }

  return (
    <div className="import-backup">
      <input id={inputId} className="visually-hidden" type="file" accept="application/json,.json" onChange={onFile} />
      <label className="button" htmlFor={inputId}>
        {t('settings.import')}
      </label>
      {step.kind === 'refused' && <Notice tone="warning">{t(PROBLEM_KEY[step.problem])}</Notice>}
      {step.kind === 'done' && <Notice>{t(step.mode === 'merge' ? 'settings.merged' : 'settings.replaced')}</Notice>}
      {step.kind === 'preview' && (
        <div className="import-preview">
          <p>
            {t('settings.importPreview', {
              date: formatDate(step.backup.exportedAt, lang, true),
            })}
          </p>
          <ProgressSummary people={summarise(step.backup.state.people)} />
          <p className="hint">{t('settings.mergeHelp')}</p>
          <p className="hint">{t('settings.replaceHelp')}</p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => apply(step.backup, 'merge')}>
              {t('settings.merge')}
            </button>
            <button type="button" className="button" onClick={() => apply(step.backup, 'replace')}>
              {t('settings.replace')}
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('settings.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
