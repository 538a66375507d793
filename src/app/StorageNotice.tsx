import { useTranslation } from 'react-i18next'
import { exportProgress } from '../progress/exportProgress.ts'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { Notice, type NoticeAction } from '../ui/Notice.tsx'

const MESSAGE_KEY = {
  unavailable: 'storage.unavailable',
  'not-saving': 'storage.notSaving',
  recovered: 'storage.recovered',
  newer: 'storage.newer',
} as const

/** Says plainly when progress cannot be read or saved; when it is not being saved, offers an export. */
export function StorageNotice() {
  const { t } = useTranslation()
  const problem = useStorageStatus((state) => state.problem)
  const dismissProblem = useStorageStatus((state) => state.dismissProblem)
  if (!problem) return null
  const actions: NoticeAction[] = [{ label: t('storage.dismiss'), onClick: dismissProblem }]
  if (problem === 'unavailable' || problem === 'not-saving') {
    actions.unshift({ label: t('storage.export'), onClick: () => exportProgress() })
  }
  return (
    <Notice tone="warning" actions={actions}>
      {t(MESSAGE_KEY[problem])}
    </Notice>
  )
}
