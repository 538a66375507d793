import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Guide } from '../catalogue/schema.ts'
import { useProgress } from '../progress/progressStore.ts'
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx'
import { Notice } from '../ui/Notice.tsx'

/** How long the "已清空" notice offers 撤销. */
export const UNDO_SECONDS = 10

/** "重新开始": asks first, then offers to undo for a few seconds. */
export function ResetGuide({ guide, tickedCount }: { guide: Guide; tickedCount: number }) {
  const { t } = useTranslation()
  const resetGuide = useProgress((state) => state.resetGuide)
  const undoReset = useProgress((state) => state.undoReset)
  const [asking, setAsking] = useState(false)
  const [offeringUndo, setOfferingUndo] = useState(false)

  useEffect(() => {
    if (!offeringUndo) return
    const timer = window.setTimeout(() => setOfferingUndo(false), UNDO_SECONDS * 1000)
    return () => window.clearTimeout(timer)
  }, [offeringUndo])

  return (
    <div className="reset-guide">
      <button type="button" className="button" disabled={tickedCount === 0} onClick={() => setAsking(true)}>
        {t('guide.reset')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('guide.resetTitle')}
        body={t('guide.resetBody', { guide: guide.title, count: tickedCount })}
        confirmLabel={t('guide.resetConfirm')}
        cancelLabel={t('guide.resetCancel')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          resetGuide(guide.id)
          setAsking(false)
          setOfferingUndo(true)
        }}
      />
      {offeringUndo && (
        <div className="toast">
          <Notice
            action={{
              label: t('guide.undo'),
              onClick: () => {
                undoReset()
                setOfferingUndo(false)
              },
            }}
          >
            {t('guide.resetDone')}
          </Notice>
        </div>
      )}
    </div>
  )
}
