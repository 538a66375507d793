import { useTranslation } from 'react-i18next'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { Notice } from '../ui/Notice.tsx'

const MESSAGE_KEY = {
  unavailable: 'storage.unavailable',
  'not-saving': 'storage.notSaving',
  recovered: 'storage.recovered',
  newer: 'storage.newer',
} as const

/** Says plainly when progress cannot be read or saved. */
export function StorageNotice() {
  const { t } = useTranslation()
  const problem = useStorageStatus((state) => state.problem)
  const dismissProblem = useStorageStatus((state) => state.dismissProblem)
  if (!problem) return null
  return (
    <Notice tone="warning" action={{ label: t('storage.dismiss'), onClick: dismissProblem }}>
      {t(MESSAGE_KEY[problem])}
    </Notice>
  )
}
