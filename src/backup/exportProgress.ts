import { downloadText } from '../lib/downloadText.ts'
import { canShare, shareOrFallback } from '../lib/shareOrFallback.ts'
import { backupFileName, backupText } from './backupFile.ts'
import { recordBackup } from '../storage/lastBackup.ts'
import { useProgress } from '../progress/progressStore.ts'

const BACKUP_TYPE = 'application/json'

/** "导出进度": downloads everything saved on this device as a small JSON file. */
export function exportProgress(now = Date.now()): number {
  downloadText(backupFileName(now), backupText(useProgress.getState(), now), BACKUP_TYPE)
  recordBackup(now)
  return now
}

/** Whether the phone's share sheet takes a backup file here (so 分享备份文件 is worth showing). */
export const canShareBackup = (now = Date.now()) => canShare({ files: [new File([], backupFileName(now), { type: BACKUP_TYPE })] })

/**
 * "分享备份文件": the same file through the phone's share sheet (to save it
 * in Files, or send it to oneself); downloaded as 导出进度 does where the
 * sheet is missing or refuses it. Null when the person closed the sheet:
 * nothing was backed up.
 */
export async function shareProgress(now = Date.now()): Promise<number | null> {
  const name = backupFileName(now)
  const text = backupText(useProgress.getState(), now)
  const outcome = await shareOrFallback({ files: [new File([text], name, { type: BACKUP_TYPE })] }, () =>
    downloadText(name, text, BACKUP_TYPE),
  )
  if (outcome.by === 'cancelled') return null
  recordBackup(now)
  return now
}
