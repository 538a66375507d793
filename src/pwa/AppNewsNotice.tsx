import { useTranslation } from '../lib/useTranslation.ts'
import { Notice } from '../ui/Notice.tsx'
import { useAppUpdate } from './appUpdate.ts'

/**
 * The app's news, said once (app/appNews.ts): "可以离线使用了", or, on the
 * first start of a newer version, which version this is and what it
 * brought. This version's own words: the one that ran before could not know them.
 * Quiet: at the foot of the screen, over it, so nothing on the screen moves.
 */
export default function AppNewsNotice() {
  const { t } = useTranslation()
  const news = useAppUpdate((state) => state.news)
  const dismissNews = useAppUpdate((state) => state.dismissNews)
  if (news.length === 0) return null
  const said = news.map((item) =>
    item === 'offline-ready' ? t('update.offlineReady') : t('update.updated', { version: __APP_VERSION__, whatsNew: t('update.whatsNew') }),
  )
  // Over the screen at its foot, like 撤销: it comes after the screen was drawn, and must not push it down.
  return (
    <div className="toast">
      <Notice actions={[{ label: t('update.dismiss'), onClick: dismissNews }]}>{said.join(' ')}</Notice>
    </div>
  )
}
