import { Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { stepIds } from '../catalogue/guideProgress.ts'
import type { Guide } from '../catalogue/schema.ts'
import { useProgress } from '../progress/progressStore.ts'
import { lazyLater } from './lazyLater.ts'

const ConfirmDialog = lazyLater('ConfirmDialog')

/** "重新开始": asks first; the undo notice then offers to take it back. */
export function ResetGuide({ guide, tickedCount, hasNotes }: { guide: Guide; tickedCount: number; hasNotes: boolean }) {
  const { t } = useTranslation()
  const resetGuide = useProgress((state) => state.resetGuide)
  const [asking, setAsking] = useState(false)

  return (
    <div className="reset-guide">
      <button type="button" className="button" disabled={tickedCount === 0 && !hasNotes} onClick={() => setAsking(true)}>
        {t('guide.reset')}
      </button>
      {asking && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            title={t('guide.resetTitle')}
            body={t(tickedCount > 0 ? 'guide.resetBody' : 'guide.resetBodyNotesOnly', { guide: guide.title, steps: tickedCount })}
            confirmLabel={t('guide.resetConfirm')}
            cancelLabel={t('guide.resetCancel')}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              resetGuide(guide.id, stepIds(guide))
              setAsking(false)
            }}
          />
        </Suspense>
      )}
    </div>
  )
}
