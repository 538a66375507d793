import { useAppUpdate } from '../pwa/appUpdate.ts'
import { lastRunVersion, offlineReadySaid, recordOfflineReadySaid, recordRunVersion } from '../storage/appNews.ts'

/**
 * The service worker has cached the whole app for the first time: "可以离线使用了",
 * said once on this device, never again (also when the worker is installed
 * anew later, e.g. after site data other than localStorage was cleared).
 */
export function sayOfflineReady() {
  if (offlineReadySaid()) return
  recordOfflineReadySaid()
  useAppUpdate.getState().tell('offline-ready')
}

/**
 * At start: the first run of a version newer than the one this device last
 * ran says so once, with what it brought. A first visit says nothing, nor
 * does a version number the device holds that is not one of ours.
 */
export function sayWhatsNew(current = __APP_VERSION__) {
  const before = lastRunVersion()
  if (before === current) return
  recordRunVersion(current)
  if (before !== null && isNewer(current, before)) useAppUpdate.getState().tell('updated')
}

/** "0.10.2" as [0, 10, 2]; null for anything else. */
function versionParts(version: string): number[] | null {
  const match = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/.exec(version)
  return match ? match.slice(1).map(Number) : null
}

/** Whether `version` comes after `than` (both major.minor.patch; anything else is not compared). */
function isNewer(version: string, than: string): boolean {
  const [a, b] = [versionParts(version), versionParts(than)]
  if (!a || !b) return false
  const differs = a.findIndex((part, index) => part !== b[index])
  return differs !== -1 && (a[differs] ?? 0) > (b[differs] ?? 0)
}
