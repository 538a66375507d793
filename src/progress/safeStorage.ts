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
  /** Checks the saved state of the current version. */
  isValid: (state: unknown) => state is S
  /** Turns the state of an older version into the current shape; may throw. */
  migrate: (state: unknown, fromVersion: number) => unknown
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
  const { version, isValid, migrate, mergeWithStored, onProblem, now = Date.now } = options
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

  const upToDate = (state: unknown, from: number): S | null => {
    let current = state
    if (from < version) {
      try {
        current = migrate(state, from)
      } catch {
        return null
      }
    }
    return isValid(current) ? current : null
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

      const envelope = readEnvelope(raw)
      if (envelope && envelope.version > version) {
        readOnly = true
        onProblem('newer')
        return null
      }
      const state = envelope && upToDate(envelope.state, envelope.version)
      if (!state) {
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
          const envelope = readEnvelope(raw)
          if (envelope && envelope.version > version) {
            readOnly = true
            onProblem('newer')
            return
          }
          const stored = envelope && upToDate(envelope.state, envelope.version)
          if (stored) state = mergeWithStored(stored, state)
          else keepAside(storage, name, raw)
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
