import type { PersistStorage, StorageValue } from 'zustand/middleware'

/**
 * The one way the app touches localStorage. zustand's persist is given this
 * adapter instead of the bare Storage, because the bare one loses data in
 * ordinary situations:
 * - storage that throws on access or on write: we report it and carry on;
 * - unreadable saved data: we copy the original aside (never overwrite it)
 *   before the app starts afresh, once however often it is loaded, within a
 *   size limit (the oldest copies go first);
 * - a full storage: a kept screen (boot/keptScreens.ts), then copies kept
 *   aside, make room for the progress itself;
 * - data from an older version: migrated here, and kept aside if that fails;
 * - data from a newer version of the app: we stop writing so it survives.
 */
export type StorageProblem = 'unavailable' | 'not-saving' | 'recovered' | 'newer'

export interface SafeStorageOptions<S> {
  /** Returns the Storage to use; may throw (blocked storage, private modes). */
  backend: () => Storage
  version: number
  /** Brings a saved state of this or an older version up to date and checks it; null if it cannot. */
  upgrade: (state: unknown, fromVersion: number) => S | null
  /** Combines what we are about to save (ours) with what another tab saved meanwhile (theirs): the argument order of every merge. */
  mergeWithStored: (ours: S, theirs: S) => S
  onProblem: (problem: StorageProblem) => void
  /** The unreadable text just kept aside, for reading what can still be read of it. */
  onUnreadable?: (raw: string) => void
  /** Keys of things only nice to have, removed first when storage is full. */
  disposable?: readonly string[]
  /** The text just written, for the durable journal. */
  onSaved?: (text: string) => void
  now?: () => number
}

export const quarantinePrefix = (name: string) => `${name}:unreadable:`
export const quarantineKey = (name: string, at: number) => `${quarantinePrefix(name)}${at}`

/** All copies kept aside together stay under this many characters (localStorage holds about 5 million). */
export const MAX_ASIDE_CHARS = 1_500_000

/** The copies of `name` kept aside, oldest first. */
export function setAsideCopies(storage: Storage, name: string): { key: string; at: number; text: string }[] {
  const prefix = quarantinePrefix(name)
  const copies: { key: string; at: number; text: string }[] = []
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)
    if (!key?.startsWith(prefix)) continue
    copies.push({ key, at: Number(key.slice(prefix.length)) || 0, text: storage.getItem(key) ?? '' })
  }
  return copies.sort((a, b) => a.at - b.at)
}

/** Removes the oldest copy kept aside; false when there is none left. */
function dropOldestAside(storage: Storage, name: string): boolean {
  const oldest = setAsideCopies(storage, name)[0]
  if (oldest) storage.removeItem(oldest.key)
  return oldest !== undefined
}

/** What a saved text holds: an up-to-date state, data from a newer version, or nothing readable. */
export function readSavedText<S>(
  raw: string,
  version: number,
  upgrade: (state: unknown, fromVersion: number) => S | null,
): S | 'newer' | null {
  const envelope = readEnvelope(raw)
  if (!envelope) return null
  if (envelope.version > version) return 'newer'
  return upgrade(envelope.state, envelope.version)
}

function readEnvelope(raw: string): { state: unknown; version: number } | null {
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
    const { state, version } = parsed as Record<string, unknown>
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return null
    if (typeof state !== 'object' || state === null || Array.isArray(state)) return null
    return { state, version }
  } catch {
    return null
  }
}

export function createSafeStorage<S>(options: SafeStorageOptions<S>): PersistStorage<S> {
  const { version, upgrade, mergeWithStored, onProblem, onUnreadable, onSaved, now = Date.now } = options
  /** Set when writing would destroy data we could not read. */
  let readOnly = false
  /** The saved text as we last read or wrote it; anything else was written by another tab. */
  let lastSeen: string | null = null

  const backend = (): Storage | null => {
    try {
      return options.backend()
    } catch {
      onProblem('unavailable')
      return null
    }
  }

  /** Removes one thing only nice to have; false when there is none left. */
  const dropDisposable = (storage: Storage) => {
    const key = (options.disposable ?? []).find((candidate) => storage.getItem(candidate) !== null)
    if (key !== undefined) storage.removeItem(key)
    return key !== undefined
  }

  /** Writes `text` to `key`; when storage is full, what is only nice to have goes first, then copies kept aside, oldest first. */
  const writeMakingRoom = (storage: Storage, name: string, key: string, text: string) => {
    for (;;) {
      try {
        storage.setItem(key, text)
        return
      } catch (error) {
        if (!dropDisposable(storage) && !dropOldestAside(storage, name)) throw error
      }
    }
  }

  const setAside = (storage: Storage, name: string, raw: string) => {
    try {
      const copies = setAsideCopies(storage, name)
      // The same text is kept once, however many times it is loaded.
      if (!copies.some((copy) => copy.text === raw)) {
        let total = raw.length + copies.reduce((sum, copy) => sum + copy.text.length, 0)
        for (const copy of copies) {
          if (total <= MAX_ASIDE_CHARS) break
          storage.removeItem(copy.key)
          total -= copy.text.length
        }
        let at = now()
        while (storage.getItem(quarantineKey(name, at)) !== null) at += 1
        writeMakingRoom(storage, name, quarantineKey(name, at), raw)
      }
      onUnreadable?.(raw)
      onProblem('recovered')
    } catch {
      // Nowhere to keep the original: leave it where it is and write nothing.
      readOnly = true
      onProblem('not-saving')
    }
  }

  const readSaved = (raw: string) => readSavedText(raw, version, upgrade)

  const stopForNewer = () => {
    readOnly = true
    onProblem('newer')
  }

  return {
    getItem(name): StorageValue<S> | null {
      const storage = backend()
      if (!storage) return null
      let raw: string | null
      try {
        raw = storage.getItem(name)
      } catch {
        onProblem('unavailable')
        return null
      }
      lastSeen = raw
      if (raw === null) return null

      const state = readSaved(raw)
      if (state === 'newer') {
        stopForNewer()
        return null
      }
      if (state === null) {
        setAside(storage, name, raw)
        return null
      }
      return { state, version }
    },

    setItem(name, value) {
      if (readOnly) return
      const storage = backend()
      if (!storage) return
      let state = value.state
      try {
        const raw = storage.getItem(name)
        if (raw !== null && raw !== lastSeen) {
          const stored = readSaved(raw)
          if (stored === 'newer') return stopForNewer()
          if (stored === null) setAside(storage, name, raw)
          else state = mergeWithStored(state, stored)
          if (readOnly) return
        }
        const text = JSON.stringify({ state, version })
        writeMakingRoom(storage, name, name, text)
        lastSeen = text
        onSaved?.(text)
      } catch {
        onProblem('not-saving')
      }
    },

    removeItem(name) {
      if (readOnly) return
      try {
        backend()?.removeItem(name)
      } catch {
        onProblem('not-saving')
      }
    },
  }
}
