import { useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { exportSetAside, setAsideSummary, removeSetAside } from '../storage/setAside.ts'
import ConfirmDialog from '../ui/ConfirmDialog.tsx'
import { Notice } from '../ui/Notice.tsx'

/**
 * "读不出来的数据" on 进度与备份, shown only while copies of unreadable
 * progress are kept on this device: export them, then remove them (after a
 * yes). The way out when they take up room.
 */
export function SetAsideCopies() {
  const { t } = useTranslation()
  const [summary, setSummary] = useState(setAsideSummary)
  const [asking, setAsking] = useState(false)
  const [removed, setRemoved] = useState(false)
  if (summary.count === 0) return removed ? <Notice>{t('settings.asideRemoved')}</Notice> : null

  return (
    <section aria-labelledby="settings-aside">
      <h2 id="settings-aside">{t('settings.asideTitle')}</h2>
      <p>{t('settings.asideBody', { count: summary.count, size: Math.max(1, Math.round((summary.chars * 2) / 1024)) })}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => exportSetAside()}>
          {t('settings.asideExport')}
        </button>
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('settings.asideRemove')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          open
          title={t('settings.asideRemoveTitle')}
          body={t('settings.asideRemoveBody', { count: summary.count })}
          confirmLabel={t('settings.asideRemoveConfirm')}
          cancelLabel={t('settings.asideRemoveCancel')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            removeSetAside()
            setAsking(false)
            setRemoved(true)
            setSummary(setAsideSummary())
          }}
        />
      )}
    </section>
  )
}
