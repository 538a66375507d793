import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import type { Section } from '../catalogue/schema.ts'
import { NEEDS_APP } from '../config/pageContract.ts'

const OwnStepForm = lazy(() => import('./OwnStepForm.tsx'))

/** "＋ 自己加一步" under a section: opens a one-line field for a step of the person's own (which bank, which app). */
export function AddOwnStep({ guideId, section }: { guideId: string; section: Section }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <details className="add-own-step" onToggle={(event) => setOpen(event.currentTarget.open)}>
      {/* Its field comes with the app: on a screen painted before the app's script, it waits (NEEDS_APP). */}
      <summary {...{ [NEEDS_APP]: '' }}>
        {t('guide.addStep')}
        <span className="visually-hidden">：{section.title}</span>
      </summary>
      {open && (
        <Suspense fallback={null}>
          <OwnStepForm guideId={guideId} section={section} />
        </Suspense>
      )}
    </details>
  )
}
