import { useEffect, useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'

type Offline = 'ready' | 'not-yet' | 'unsupported'

const OFFLINE_KEY = {
  ready: 'about.offlineReady',
  'not-yet': 'about.offlineNotYet',
  unsupported: 'about.offlineUnsupported',
} as const satisfies Record<Offline, string>

/** Ready when a service worker runs this page, or is registered and active (it installs only once it has cached the whole app). */
function offlineNow(): Offline {
  if (!('serviceWorker' in navigator)) return 'unsupported'
  return navigator.serviceWorker.controller ? 'ready' : 'not-yet'
}

/** In 进度与备份: whether the app opens with no network here, and which version it is (built when). */
export default function AboutApp() {
  const { t } = useTranslation()
  const [offline, setOffline] = useState(offlineNow)

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    let current = true
    // Resolves once a service worker is active for this page: at once after a first visit, or when the first one has cached the app.
    void navigator.serviceWorker.ready.then(() => current && setOffline('ready'))
    return () => {
      current = false
    }
  }, [])

  return (
    <section aria-labelledby="about-app">
      <h2 id="about-app">{t('about.title')}</h2>
      <p>{t(OFFLINE_KEY[offline])}</p>
      <p className="hint">{t('about.version', { version: __APP_VERSION__, built: __BUILD_DATE__ })}</p>
    </section>
  )
}
