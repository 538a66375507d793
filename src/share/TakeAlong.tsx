import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import type { Guide } from '../catalogue/schema.ts'
import type { GuideTextParts } from './guideText.ts'
import type { Shared } from './shareGuide.ts'
import { useLang } from '../language/useLang.ts'
import { stepIds } from '../catalogue/guideProgress.ts'
import './share.css'

const ContinueElsewhere = lazy(() => import('./ContinueElsewhere.tsx'))
const ShareResult = lazy(() => import('./ShareResult.tsx'))

/** "带走这份清单": print it, share it as text (dated when shared), or carry the progress to another device. */
export function TakeAlong({ guide, parts }: { guide: Guide; parts: Omit<GuideTextParts, 'date'> }) {
  const { t } = useTranslation()
  const lang = useLang()

  const [shared, setShared] = useState<{ result: Shared; of: string } | null>(null)
  const [continuing, setContinuing] = useState(false)
  // What was shared: "已复制" goes once the guide says something else (a tick, a note, 重新开始, 撤销).
  const content = [parts.person, ...stepIds(guide).map((stepId) => `${parts.isDone(stepId) ? '✓' : '☐'}${parts.noteOf(stepId)}`)].join('\n')
  if (shared && shared.of !== content) setShared(null)

  async function share() {
    const { shareGuide } = await import('./shareGuide.ts')
    setShared({ result: await shareGuide(guide, parts, lang), of: content })
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
      {/* Only once asked for: an empty boundary would be one more part for React to take over later (boot/takeOver.ts). */}
      {(shared?.result || continuing) && (
        <Suspense fallback={null}>
          {shared?.result && <ShareResult shared={shared.result} />}
          {continuing && <ContinueElsewhere personName={parts.person} onClose={() => setContinuing(false)} />}
        </Suspense>
      )}
    </section>
  )
}
