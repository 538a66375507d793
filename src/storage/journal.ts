/**
 * A small IndexedDB journal beside localStorage, so that a tick survives the
 * browser being killed right after it. Chromium writes localStorage to disk
 * a few seconds late; Android kills a browser in the background all the
 * time (tick at the counter, switch to the camera, and the tick was gone).
 * An IndexedDB transaction with `durability: 'strict'` is on disk when it
 * completes.
 *
 * It holds one thing: the text last saved to localStorage. It is folded back
 * in at start through the same per-step merge as another tab's writes, and
 * removed once localStorage has surely written that text to disk. This
 * module imports nothing of ours and loads on its own, off the first screen.
 */
import { JOURNAL_DATABASE } from './keys.ts'

const DATABASE = JOURNAL_DATABASE
const STORE = 'journal'
const LATEST = 'latest'
/** Long after Chromium has written localStorage to disk (it waits about five seconds). */
export const TRIM_AFTER_MS = 30_000

let opening: Promise<IDBDatabase | null> | null = null

function openDatabase(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DATABASE, 1)
      request.onupgradeneeded = () => request.result.createObjectStore(STORE)
      request.onsuccess = () => {
        // Step aside when the site's data is being cleared (or a newer version upgrades the database).
        request.result.onversionchange = () => request.result.close()
        resolve(request.result)
      }
      request.onerror = () => resolve(null)
      request.onblocked = () => resolve(null)
    } catch {
      // No IndexedDB (some private modes, old browsers): localStorage alone, as before.
      resolve(null)
    }
  })
  return opening
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return openDatabase().then(
    (database) =>
      new Promise<T | undefined>((resolve) => {
        if (!database) return resolve(undefined)
        try {
          const transaction = database.transaction(STORE, mode, { durability: 'strict' })
          const request = work(transaction.objectStore(STORE))
          transaction.oncomplete = () => resolve(request ? request.result : undefined)
          transaction.onerror = () => resolve(undefined)
          transaction.onabort = () => resolve(undefined)
        } catch {
          resolve(undefined)
        }
      }),
  )
}

/** The text last journaled and not yet trimmed, or null. */
export async function readJournal(): Promise<string | null> {
  const text = await run<unknown>('readonly', (store) => store.get(LATEST))
  return typeof text === 'string' ? text : null
}

let trimTimer: ReturnType<typeof setTimeout> | undefined

/** Journals `text` (resolves once it is on disk), and trims it once localStorage has surely caught up. */
export async function writeJournal(text: string): Promise<void> {
  clearTimeout(trimTimer)
  await run('readwrite', (store) => void store.put(text, LATEST))
  trimTimer = setTimeout(() => void trimJournal(text), TRIM_AFTER_MS)
}

/** Removes the journal if it still holds `text` (a later write keeps its own). */
export async function trimJournal(text: string): Promise<void> {
  await run('readwrite', (store) => {
    const request = store.get(LATEST)
    request.onsuccess = () => {
      if (request.result === text) store.delete(LATEST)
    }
  })
}
