import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { stepIds } from '../catalogue/guideProgress.ts'
import type { Guide } from '../catalogue/schema.ts'
import { useProgress } from '../progress/progressStore.ts'
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx'

/** "重新开始": asks first; the undo notice then offers to take it back. */
export function ResetGuide({ guide, tickedCount }: { guide: Guide; tickedCount: number }) {
  const { t } = useTranslation()
  const resetGuide = useProgress((state) => state.resetGuide)
  const [asking, setAsking] = useState(false)

  return (
    <div className="reset-guide">
      <button type="button" className="button" disabled={tickedCount === 0} onClick={() => setAsking(true)}>
        {t('guide.reset')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('guide.resetTitle')}
        body={t('guide.resetBody', { guide: guide.title, steps: tickedCount })}
        confirmLabel={t('guide.resetConfirm')}
        cancelLabel={t('guide.resetCancel')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          resetGuide(guide.id, stepIds(guide))
          setAsking(false)
        }}
      />
    </div>
  )
}
