/**
 * Every name this app keeps things under in the browser: localStorage keys
 * and the IndexedDB database. src/storage/ is the only code that touches
 * either (a unit test holds every other folder to it).
 */

/** The saved progress (safeStorage.ts); unreadable copies are set aside beside it as `${PROGRESS_KEY}:unreadable:<time>`. */
export const PROGRESS_KEY = 'sim-cancel-checklist:progress'

/** Taps made on the prerendered page before the app's script ran, until the app takes them in (src/boot/earlyTaps.ts). */
export const EARLY_TAPS_KEY = 'sim-cancel-checklist:early-taps'

/**
 * The home and guide screens as last drawn for the next visit's first paint
 * (src/boot/keptScreens.ts). Only a nicety: when storage is full, it gives way first.
 */
export const LAST_SCREEN_KEY = 'sim-cancel-checklist:last-screens'

/** The script the person chose with 简体/繁體 (only an explicit choice is kept). */
export const LANGUAGE_KEY = 'sim-cancel-checklist:language'

/** When a backup was last exported, for 进度与备份. */
export const LAST_BACKUP_KEY = 'sim-cancel-checklist:last-backup'

/** That the app once said it works offline now (said once, the first time the service worker has it all). */
export const OFFLINE_READY_SAID_KEY = 'sim-cancel-checklist:offline-ready-said'

/** The app version this device last ran, to say once what changed when a newer one takes over. */
export const APP_VERSION_KEY = 'sim-cancel-checklist:app-version'

/** The IndexedDB database of the durable journal (journal.ts). */
export const JOURNAL_DATABASE = 'sim-cancel-checklist'
