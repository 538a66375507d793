import { useId, type ChangeEvent } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { MAX_BACKUP_BYTES, readBackup, type BackupProblem } from './backupFile.ts'
import { useLang } from '../language/useLang.ts'
import { formatDate } from '../lib/formatDate.ts'
import { Notice } from '../ui/Notice.tsx'
import { useTakeIn } from './takeIn.ts'
import { TakeInPreview } from './TakeInPreview.tsx'
import { usePersonName } from '../people/personName.ts'

const TAKEN_KEY = { merge: 'settings.merged', replace: 'settings.replaced', new: 'settings.addedAsNew' } as const

const PROBLEM_KEY = {
  'too-big': 'settings.tooBig',
  unreadable: 'settings.unreadable',
  'not-ours': 'settings.notOurs',
  newer: 'settings.newer',
  rejected: 'settings.rejected',
} as const satisfies Record<BackupProblem, string>

/** "从备份恢复": choose a file, see what it holds, then merge, replace or add its people as new ones — or nothing changes. */
export function ImportBackup() {
  const { t } = useTranslation()
  const nameOf = usePersonName()
  const lang = useLang()
  const inputId = useId()
  const { step, read, accept, decline, canUndo, undo } = useTakeIn<BackupProblem>()

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    if (file.size > MAX_BACKUP_BYTES) return read({ ok: false, problem: 'too-big' })
    let text: string
    try {
      text = await file.text()
    } catch {
      // The file went away or changed after it was chosen.
      return read({ ok: false, problem: 'unreadable' })
    }
    const result = readBackup(text)
    read(result.ok ? { ok: true, incoming: { kind: 'backup', at: result.backup.exportedAt, state: result.backup.state } } : result)
  }

  return (
    <div className="import-backup">
      <input id={inputId} className="visually-hidden" type="file" accept="application/json,.json" onChange={onFile} />
      <label className="button" htmlFor={inputId}>
        {t('settings.import')}
      </label>
      {step.kind === 'refused' && <Notice tone="warning">{t(PROBLEM_KEY[step.problem])}</Notice>}
      {step.kind === 'taken' && (
        <Notice actions={canUndo ? [{ label: t('settings.undo'), onClick: undo }] : []}>{t(TAKEN_KEY[step.mode])}</Notice>
      )}
      {step.kind === 'undone' && <Notice>{t('settings.undone')}</Notice>}
      {step.kind === 'preview' && (
        <TakeInPreview
          incoming={step.incoming}
          intro={t('settings.importPreview', { date: formatDate(step.incoming.at, lang, true) })}
          hints={[t('settings.mergeHelp'), t('settings.replaceHelp'), t('settings.asNewHelp')]}
          choices={[
            { mode: 'merge', label: t('settings.merge') },
            { mode: 'replace', label: t('settings.replace') },
            { mode: 'new', label: t('settings.asNew') },
          ]}
          cancelLabel={t('settings.cancel')}
          onAccept={(mode) =>
            accept(step.incoming, mode, {
              here: (name) => nameOf({ name }),
              arriving: (name) => (name === null ? t('settings.meInBackup') : nameOf({ name })),
            })
          }
          onDecline={decline}
        />
      )}
    </div>
  )
}
