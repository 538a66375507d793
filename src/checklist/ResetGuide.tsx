import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import type { Guide } from '../catalogue/schema.ts'

const ConfirmReset = lazy(() => import('./ConfirmReset.tsx'))

/**
 * "重新开始": asks first; the undo notice then offers to take it back. It
 * clears the steps on screen (the guide as fitted to the person's answers),
 * which is what the dialog counts, a choice once; hidden steps and the
 * answers themselves stay as they are.
 */
export function ResetGuide({ guide, doneCount, hasNotes }: { guide: Guide; doneCount: number; hasNotes: boolean }) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)

  return (
    <div className="reset-guide">
      <button type="button" className="button" disabled={doneCount === 0 && !hasNotes} onClick={() => setAsking(true)}>
        {t('guide.reset')}
      </button>
      {asking && (
        <Suspense fallback={null}>
          <ConfirmReset guide={guide} doneCount={doneCount} onClose={() => setAsking(false)} />
        </Suspense>
      )}
    </div>
  )
}
