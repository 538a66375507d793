import { downloadText } from '../ui/downloadText.ts'
import { backupFileName, backupText } from './backupFile.ts'
import { recordBackup } from '../storage/lastBackup.ts'
import { useProgress } from '../progress/progressStore.ts'

/** "导出进度": downloads everything saved on this device as a small JSON file. */
export function exportProgress(now = Date.now()): number {
  downloadText(backupFileName(now), backupText(useProgress.getState(), now))
  recordBackup(now)
  return now
}
