import type { PersistStorage, StorageValue } from 'zustand/middleware'

/**
 * The one way the app touches localStorage. zustand's persist is given this
 * adapter instead of the bare Storage, because the bare one loses data in
 * ordinary situations:
 * - storage that throws on access or on write: we report it and carry on;
 * - unreadable saved data: we copy the original aside (never overwrite it)
 *   before the app starts afresh;
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
  /** Combines what another tab saved with what we are about to save. */
  mergeWithStored: (stored: S, incoming: S) => S
  onProblem: (problem: StorageProblem) => void
  now?: () => number
}

export const quarantineKey = (name: string, at: number) => `${name}:unreadable:${at}`

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
  const { version, upgrade, mergeWithStored, onProblem, now = Date.now } = options
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

  const keepAside = (storage: Storage, name: string, raw: string) => {
    try {
      storage.setItem(quarantineKey(name, now()), raw)
      onProblem('recovered')
    } catch {
      // Nowhere to keep the original: leave it where it is and write nothing.
      readOnly = true
      onProblem('not-saving')
    }
  }

  /** What a saved text holds: an up-to-date state, data from a newer version, or nothing readable. */
  const readSaved = (raw: string): S | 'newer' | null => {
    const envelope = readEnvelope(raw)
    if (!envelope) return null
    if (envelope.version > version) return 'newer'
    return upgrade(envelope.state, envelope.version)
  }

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
        keepAside(storage, name, raw)
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
          if (stored === null) keepAside(storage, name, raw)
          else state = mergeWithStored(stored, state)
          if (readOnly) return
        }
        const text = JSON.stringify({ state, version })
        storage.setItem(name, text)
        lastSeen = text
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
