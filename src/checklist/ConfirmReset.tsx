import { useTranslation } from '../lib/useTranslation.ts'
import { stepIds } from '../catalogue/guideProgress.ts'
import type { Guide } from '../catalogue/schema.ts'
import ConfirmDialog from '../ui/ConfirmDialog.tsx'
import { useProgress } from '../progress/progressStore.ts'

/** The question 重新开始 asks first, and the clearing; loaded when the button is tapped (ResetGuide.tsx). */
export default function ConfirmReset({ guide, doneCount, onClose }: { guide: Guide; doneCount: number; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <ConfirmDialog
      open
      title={t('guide.resetTitle')}
      body={t(doneCount > 0 ? 'guide.resetBody' : 'guide.resetBodyNotesOnly', { guide: guide.title, steps: doneCount })}
      confirmLabel={t('guide.resetConfirm')}
      cancelLabel={t('guide.resetCancel')}
      onCancel={onClose}
      onConfirm={() => {
        useProgress.getState().resetGuide(guide.id, stepIds(guide))
        onClose()
      }}
    />
  )
}
