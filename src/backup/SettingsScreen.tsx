import { useEffect, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { useTranslation } from '../lib/useTranslation.ts'
import { paths } from '../config/paths.ts'
import { useLang } from '../language/useLang.ts'
import { readLastBackup } from '../storage/lastBackup.ts'
import { canShareBackup, exportProgress, shareProgress } from './exportProgress.ts'
import { persistenceStatus, usePersistentStorage, type PersistenceStatus } from '../progress/persistentStorage.ts'
import { useProgress } from '../progress/progressStore.ts'
import { relativeTime } from '../lib/relativeTime.ts'
import { pageTitle, useDocumentTitle } from '../lib/useDocumentTitle.ts'
import { useNow } from '../lib/useNow.ts'
import { ImportBackup } from './ImportBackup.tsx'
import { SetAsideCopies } from '../progress/SetAsideCopies.tsx'
import './backup.css'

const KEPT_KEY = {
  granted: 'settings.keptGranted',
  'not-granted': 'settings.keptNotGranted',
  'not-asked': 'settings.keptUnknown',
  unsupported: 'settings.keptUnsupported',
} as const satisfies Record<PersistenceStatus, string>

/**
 * "进度与备份": where progress lives, whether the browser keeps it, export
 * (downloaded, or shared where the phone has a share sheet for files) and
 * import; `aboutApp` (offline use and the version) is the app's, handed over by app/.
 */
export default function SettingsScreen({ aboutApp }: { aboutApp?: ReactNode }) {
  const { t } = useTranslation()
  const lang = useLang()
  const now = useNow()
  // Asked this visit, or on an earlier one (we ask after a first tick, and there are ticks).
  const asked = usePersistentStorage((state) => state.asked)
  const hasTicks = useProgress((state) => Object.values(state.people).some((person) => Object.keys(person.guides).length > 0))
  const [kept, setKept] = useState<PersistenceStatus | null>(null)
  const [lastBackup, setLastBackup] = useState(readLastBackup)
  const [shareable] = useState(() => canShareBackup())
  useDocumentTitle(pageTitle(t('settings.title'), t('app.name')))

  useEffect(() => {
    let current = true
    void persistenceStatus(asked || hasTicks).then((status) => current && setKept(status))
    return () => {
      current = false
    }
  }, [asked, hasTicks])

  return (
    <div className="settings">
      <Link className="back-link" to={paths.home}>
        ‹ {t('settings.backHome')}
      </Link>
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <section aria-labelledby="settings-where">
        <h2 id="settings-where">{t('settings.whereTitle')}</h2>
        <p>{t('settings.whereBody')}</p>
        {kept && <p className="hint">{t(KEPT_KEY[kept])}</p>}
      </section>
      <section aria-labelledby="settings-export">
        <h2 id="settings-export">{t('settings.backupTitle')}</h2>
        <p>
          {lastBackup === null
            ? t('settings.neverBackedUp')
            : t('settings.lastBackup', { when: relativeTime(lastBackup, now, lang, t('time.justNow')) })}
        </p>
        <p className="hint">{t('settings.exportHint')}</p>
        <div className="button-row">
          {shareable && (
            <button
              type="button"
              className="button primary"
              onClick={() => void shareProgress().then((shared) => shared !== null && setLastBackup(shared))}
            >
              {t('settings.shareBackup')}
            </button>
          )}
          <button type="button" className={shareable ? 'button' : 'button primary'} onClick={() => setLastBackup(exportProgress())}>
            {t('settings.export')}
          </button>
        </div>
      </section>
      <section aria-labelledby="settings-import">
        <h2 id="settings-import">{t('settings.importTitle')}</h2>
        <p className="hint">{t('settings.importHint')}</p>
        <ImportBackup />
      </section>
      <SetAsideCopies />
      {aboutApp}
    </div>
  )
}
