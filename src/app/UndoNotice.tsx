import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { findStep } from '../catalogue/guideProgress.ts'
import type { Guide } from '../catalogue/schema.ts'
import { useProgress } from '../progress/progressStore.ts'
import { Notice } from '../ui/Notice.tsx'

/** How long the notice offers 撤销. */
export const UNDO_SECONDS = 8

/** After an untick or 重新开始 on this guide, offers 撤销 for a few seconds. */
export function UndoNotice({ guide }: { guide: Guide }) {
  const { t } = useTranslation()
  const undoable = useProgress((state) => state.undoable)
  const undo = useProgress((state) => state.undo)
  const dismissUndo = useProgress((state) => state.dismissUndo)
  const at = undoable?.at

  useEffect(() => {
    if (at === undefined) return
    const timer = window.setTimeout(dismissUndo, UNDO_SECONDS * 1000)
    return () => window.clearTimeout(timer)
  }, [at, dismissUndo])

  if (!undoable || undoable.kind === 'remove-person' || undoable.guideId !== guide.id) return null
  const stepId = Object.keys(undoable.before)[0] ?? ''
  const message =
    undoable.kind === 'reset'
      ? t('guide.resetDone')
      : t('guide.untickDone', { step: findStep(guide, stepId)?.title ?? '' })
  return (
    <div className="toast">
      <Notice actions={[{ label: t('guide.undo'), onClick: undo }]}>{message}</Notice>
    </div>
  )
}
