import { useId, type ChangeEvent } from 'react'
import { useTranslation } from '../ui/useTranslation.ts'
import { MAX_BACKUP_BYTES, readBackup, type BackupProblem } from './backupFile.ts'
import { useLang } from '../language/useLang.ts'
import { formatDate } from '../ui/formatDate.ts'
import { Notice } from '../ui/Notice.tsx'
import { useTakeIn } from './takeIn.ts'
import { TakeInPreview } from './TakeInPreview.tsx'

const PROBLEM_KEY = {
  'too-big': 'settings.tooBig',
  'not-json': 'settings.notJson',
  'not-ours': 'settings.notOurs',
  newer: 'settings.newer',
  damaged: 'settings.damaged',
} as const satisfies Record<BackupProblem, string>

/** "从备份恢复": choose a file, see what it holds, then merge or replace — or nothing changes. */
export function ImportBackup() {
  const { t } = useTranslation()
  const lang = useLang()
  const inputId = useId()
  const { step, read, accept, decline } = useTakeIn<BackupProblem>()

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    if (file.size > MAX_BACKUP_BYTES) return read({ ok: false, problem: 'too-big' })
    const result = readBackup(await file.text())
    read(result.ok ? { ok: true, incoming: { kind: 'backup', at: result.backup.exportedAt, state: result.backup.state } } : result)
  }

  return (
    <div className="import-backup">
      <input id={inputId} className="visually-hidden" type="file" accept="application/json,.json" onChange={onFile} />
      <label className="button" htmlFor={inputId}>
        {t('settings.import')}
      </label>
      {step.kind === 'refused' && <Notice tone="warning">{t(PROBLEM_KEY[step.problem])}</Notice>}
      {step.kind === 'taken' && <Notice>{t(step.mode === 'merge' ? 'settings.merged' : 'settings.replaced')}</Notice>}
      {step.kind === 'preview' && (
        <TakeInPreview
          incoming={step.incoming}
          intro={t('settings.importPreview', { date: formatDate(step.incoming.at, lang, true) })}
          hints={[t('settings.mergeHelp'), t('settings.replaceHelp')]}
          choices={[
            { mode: 'merge', label: t('settings.merge') },
            { mode: 'replace', label: t('settings.replace') },
          ]}
          cancelLabel={t('settings.cancel')}
          onAccept={(mode) => accept(step.incoming, mode)}
          onDecline={decline}
        />
      )}
    </div>
  )
}
