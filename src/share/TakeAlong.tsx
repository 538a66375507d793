import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../ui/useTranslation.ts'
import type { Guide } from '../catalogue/schema.ts'
import type { GuideTextParts } from './guideText.ts'
import type { Shared } from './shareGuide.ts'
import { useLang } from '../language/useLang.ts'
import './share.css'

const ContinueElsewhere = lazy(() => import('./ContinueElsewhere.tsx'))
const ShareResult = lazy(() => import('./ShareResult.tsx'))

/** "带走这份清单": print it, share it as text (dated when shared), or carry the progress to another device. */
export function TakeAlong({ guide, parts }: { guide: Guide; parts: Omit<GuideTextParts, 'date'> }) {
  const { t } = useTranslation()
  const lang = useLang()

  const [shared, setShared] = useState<Shared>(null)
  const [continuing, setContinuing] = useState(false)

  async function share() {
    const { shareGuide } = await import('./shareGuide.ts')
    setShared(await shareGuide(guide, parts, lang))
  }

  return (
    <section className="take-along" aria-labelledby="take-along-title">
      <h2 id="take-along-title">{t('share.title')}</h2>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('share.print')}
        </button>
        <button type="button" className="button" onClick={share}>
          {t('share.shareText')}
        </button>
        <button type="button" className="button" onClick={() => setContinuing(true)}>
          {t('share.continue')}
        </button>
      </div>
      <Suspense fallback={null}>
        {shared && <ShareResult shared={shared} />}
        {continuing && <ContinueElsewhere personName={parts.person} onClose={() => setContinuing(false)} />}
      </Suspense>
    </section>
  )
}
