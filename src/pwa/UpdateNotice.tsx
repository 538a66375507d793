import { useTranslation } from '../lib/useTranslation.ts'
import { Notice } from '../ui/Notice.tsx'
import { useAppUpdate } from './appUpdate.ts'

/** "新版本已经准备好了": reload now, or later (the next visit gets it anyway). */
export default function UpdateNotice() {
  const { t } = useTranslation()
  const applyUpdate = useAppUpdate((state) => state.applyUpdate)
  const postponeUpdate = useAppUpdate((state) => state.postponeUpdate)
  if (!applyUpdate) return null
  return (
    <Notice
      actions={[
        { label: t('update.reload'), onClick: applyUpdate },
        { label: t('update.later'), onClick: postponeUpdate },
      ]}
    >
      {t('update.ready')}
    </Notice>
  )
}
