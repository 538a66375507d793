import { useTranslation } from '../lib/useTranslation.ts'
import type { Shared } from './shareGuide.ts'
import { Notice } from '../ui/Notice.tsx'

/** After 分享文字: "已复制", or the text itself to copy by hand when no way to share or copy worked. */
export default function ShareResult({ shared }: { shared: NonNullable<Shared> }) {
  const { t } = useTranslation()
  if (shared.kind === 'copied') return <Notice>{t('share.copied')}</Notice>
  return (
    <label className="share-fallback">
      {t('share.copyFailed')}
      <textarea readOnly rows={8} value={shared.text} onFocus={(event) => event.currentTarget.select()} />
    </label>
  )
}
