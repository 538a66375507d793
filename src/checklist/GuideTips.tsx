import { useTranslation } from '../lib/useTranslation.ts'
import type { Guide } from '../catalogue/schema.ts'

export function GuideTips({ guide }: { guide: Guide }) {
  const { t } = useTranslation()
  if (guide.tips.length === 0) return null
  return (
    <aside className="tips" aria-labelledby="guide-tips">
      <h2 id="guide-tips">{t('guide.tips')}</h2>
      <ul>
        {guide.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </aside>
  )
}
