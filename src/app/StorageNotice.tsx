import { useTranslation } from '../ui/useTranslation.ts'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { Notice, type NoticeAction } from '../ui/Notice.tsx'

const MESSAGE_KEY = {
  unavailable: 'storage.unavailable',
  'not-saving': 'storage.notSaving',
  recovered: 'storage.recovered',
  newer: 'storage.newer',
} as const

/** Loaded when tapped: most visits never need it. */
const exportNow = () => void import('../progress/exportProgress.ts').then(({ exportProgress }) => exportProgress())

/**
 * Says plainly when progress cannot be read or saved; when it is not being
 * saved, offers an export. Its text comes with the catalogue, so if that
 * could not load either, the catalogue's error (with its retry) speaks first.
 */
export function StorageNotice() {
  const { t, i18n } = useTranslation()
  const problem = useStorageStatus((state) => state.problem)
  const dismissProblem = useStorageStatus((state) => state.dismissProblem)
  if (!problem || !i18n.exists(MESSAGE_KEY[problem])) return null
  const actions: NoticeAction[] = [{ label: t('storage.dismiss'), onClick: dismissProblem }]
  if (problem === 'unavailable' || problem === 'not-saving') {
    actions.unshift({ label: t('storage.export'), onClick: exportNow })
  }
  return (
    <Notice tone="warning" actions={actions}>
      {t(MESSAGE_KEY[problem])}
    </Notice>
  )
}
