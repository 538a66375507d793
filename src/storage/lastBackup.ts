import { readValue, writeValue } from './deviceStorage.ts'
import { LAST_BACKUP_KEY } from './keys.ts'

/** When a backup was last exported on this device, or null. */
export function readLastBackup(): number | null {
  const value = Number(readValue(LAST_BACKUP_KEY))
  return Number.isFinite(value) && value > 0 ? value : null
}

/** Notes an export; on blocked or full storage only this note is lost, the backup file itself is what matters. */
export const recordBackup = (at: number) => void writeValue(LAST_BACKUP_KEY, String(at))
