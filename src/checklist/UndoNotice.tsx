import { useTranslation } from '../lib/useTranslation.ts'
import { findStep } from '../catalogue/guideProgress.ts'
import type { Guide } from '../catalogue/schema.ts'
import { useProgress } from '../progress/progressStore.ts'
import { useUndoable } from '../progress/useUndoable.ts'
import { Notice } from '../ui/Notice.tsx'

/** After an untick, 重新开始 or deleting an own step on this guide, offers 撤销 for a few seconds. */
export default function UndoNotice({ guide }: { guide: Guide }) {
  const { t } = useTranslation()
  const undoable = useUndoable()
  const undo = useProgress((state) => state.undo)

  if (!undoable || undoable.kind === 'remove-person' || undoable.kind === 'take-in' || undoable.guideId !== guide.id) return null
  const message =
    undoable.kind === 'remove-own-step'
      ? t('guide.ownStepRemoved', { step: undoable.before.title })
      : undoable.kind === 'reset'
        ? t('guide.resetDone')
        : t('guide.untickDone', { step: findStep(guide, Object.keys(undoable.before)[0] ?? '')?.title ?? '' })
  return (
    <div className="toast">
      <Notice actions={[{ label: t('guide.undo'), onClick: undo }]}>{message}</Notice>
    </div>
  )
}
