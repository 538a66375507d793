import { describe, expect, it, vi } from 'vitest'
import { createSafeStorage, MAX_ASIDE_CHARS, quarantineKey, type StorageProblem } from '../../src/storage/safeStorage.ts'

type State = { ticks: string[] }
const isState = (value: unknown): value is State => typeof value === 'object' && value !== null && Array.isArray((value as State).ticks)

function memoryStorage(overrides: Partial<Storage> = {}): Storage {
  const data = new Map<string, string>()
  return {
    get length() {
      return data.size
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
    ...overrides,
  }
}

function adapter(backend: () => Storage, migrate = (state: unknown) => state, disposable: string[] = []) {
  const problems: StorageProblem[] = []
  const storage = createSafeStorage<State>({
    backend,
    version: 2,
    upgrade: (state, from) => {
      try {
        const current = from < 2 ? migrate(state) : state
        return isState(current) ? current : null
      } catch {
        return null
      }
    },
    // Test merge: keep both sides' ticks.
    mergeWithStored: (ours, theirs) => ({ ticks: [...new Set([...theirs.ticks, ...ours.ticks])] }),
    onProblem: (problem) => problems.push(problem),
    disposable,
    now: () => 42,
  })
  return { storage, problems }
}

describe('safe storage adapter', () => {
  it('round-trips a valid state', () => {
    const backend = memoryStorage()
    const { storage, problems } = adapter(() => backend)
    storage.setItem('k', { state: { ticks: ['a'] }, version: 2 })
    expect(storage.getItem('k')).toEqual({ state: { ticks: ['a'] }, version: 2 })
    expect(problems).toEqual([])
  })

  it('keeps unreadable data aside before anything can overwrite it', () => {
    const backend = memoryStorage()
    backend.setItem('k', '{"state":{"ticks":[')
    const { storage, problems } = adapter(() => backend)
    expect(storage.getItem('k')).toBeNull()
    expect(backend.getItem(quarantineKey('k', 42))).toBe('{"state":{"ticks":[')
    expect(problems).toEqual(['recovered'])
    storage.setItem('k', { state: { ticks: [] }, version: 2 })
    expect(backend.getItem(quarantineKey('k', 42))).toBe('{"state":{"ticks":[')
  })

  it.each([
    ['null'],
    ['42'],
    ['[]'],
    ['"text"'],
    ['{"state":{"ticks":"no"},"version":2}'],
    ['{"state":null,"version":2}'],
    ['{"state":{},"version":"2"}'],
  ])('treats %s as unreadable', (raw) => {
    const backend = memoryStorage()
    backend.setItem('k', raw)
    const { storage, problems } = adapter(() => backend)
    expect(storage.getItem('k')).toBeNull()
    expect(problems).toEqual(['recovered'])
    expect(backend.getItem(quarantineKey('k', 42))).toBe(raw)
  })

  it('migrates an older version, and keeps it aside if the migration fails', () => {
    const backend = memoryStorage()
    backend.setItem('k', JSON.stringify({ state: { list: ['a'] }, version: 1 }))
    const migrate = (state: unknown) => ({ ticks: (state as { list: string[] }).list })
    expect(adapter(() => backend, migrate).storage.getItem('k')).toEqual({ state: { ticks: ['a'] }, version: 2 })

    const failing = adapter(
      () => backend,
      () => {
        throw new Error('cannot')
      },
    )
    expect(failing.storage.getItem('k')).toBeNull()
    expect(failing.problems).toEqual(['recovered'])
    expect(backend.getItem(quarantineKey('k', 42))).toContain('"list"')
  })

  it('never writes over data from a newer version', () => {
    const backend = memoryStorage()
    const newer = JSON.stringify({ state: { whatever: 1 }, version: 3 })
    backend.setItem('k', newer)
    const { storage, problems } = adapter(() => backend)
    expect(storage.getItem('k')).toBeNull()
    storage.setItem('k', { state: { ticks: [] }, version: 2 })
    storage.removeItem('k')
    expect(backend.getItem('k')).toBe(newer)
    expect(problems).toEqual(['newer'])
  })

  it('reports storage that throws on access, without throwing', () => {
    const { storage, problems } = adapter(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(storage.getItem('k')).toBeNull()
    expect(() => storage.setItem('k', { state: { ticks: [] }, version: 2 })).not.toThrow()
    expect(problems).toContain('unavailable')
  })

  it('reports storage that throws on read or on write (quota), without throwing', () => {
    const backend = memoryStorage({
      getItem: () => {
        throw new Error('read failed')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    })
    const { storage, problems } = adapter(() => backend)
    expect(storage.getItem('k')).toBeNull()
    expect(() => storage.setItem('k', { state: { ticks: ['a'] }, version: 2 })).not.toThrow()
    expect(problems).toEqual(['unavailable', 'not-saving'])
  })

  it('leaves unreadable data in place when it cannot be copied aside', () => {
    const data = new Map([['k', 'garbage']])
    const backend = memoryStorage({
      getItem: (key) => data.get(key) ?? null,
      setItem: vi.fn(() => {
        throw new DOMException('full', 'QuotaExceededError')
      }),
    })
    const { storage, problems } = adapter(() => backend)
    expect(storage.getItem('k')).toBeNull()
    storage.setItem('k', { state: { ticks: [] }, version: 2 })
    expect(data.get('k')).toBe('garbage')
    expect(backend.setItem).toHaveBeenCalledTimes(1)
    expect(problems).toEqual(['not-saving'])
  })

  it('merges with what another tab saved since we last read, instead of writing over it', () => {
    const backend = memoryStorage()
    const { storage } = adapter(() => backend)
    storage.getItem('k')
    storage.setItem('k', { state: { ticks: ['mine-1'] }, version: 2 })
    // Another tab writes its own whole state.
    backend.setItem('k', JSON.stringify({ state: { ticks: ['theirs'] }, version: 2 }))
    storage.setItem('k', { state: { ticks: ['mine-1', 'mine-2'] }, version: 2 })
    expect(JSON.parse(backend.getItem('k') ?? '').state.ticks.sort()).toEqual(['mine-1', 'mine-2', 'theirs'])
  })

  it('writes its own state as it is when nobody else wrote (so an untick sticks)', () => {
    const backend = memoryStorage()
    const { storage } = adapter(() => backend)
    storage.getItem('k')
    storage.setItem('k', { state: { ticks: ['a', 'b'] }, version: 2 })
    storage.setItem('k', { state: { ticks: ['a'] }, version: 2 })
    expect(JSON.parse(backend.getItem('k') ?? '').state.ticks).toEqual(['a'])
  })

  it('stops writing when another tab running a newer version has saved', () => {
    const backend = memoryStorage()
    const { storage, problems } = adapter(() => backend)
    storage.getItem('k')
    const newer = JSON.stringify({ state: { future: true }, version: 3 })
    backend.setItem('k', newer)
    storage.setItem('k', { state: { ticks: ['a'] }, version: 2 })
    expect(backend.getItem('k')).toBe(newer)
    expect(problems).toEqual(['newer'])
  })
})

describe('safe storage adapter: what is kept aside', () => {
  const aside = (backend: Storage) =>
    Object.keys(Object.fromEntries(Array.from({ length: backend.length }, (_, i) => [backend.key(i), 1]))).filter((key) =>
      key.startsWith('k:unreadable:'),
    )

  it('keeps the same unreadable text once, however many times the app is opened before it writes', () => {
    const backend = memoryStorage()
    backend.setItem('k', '{"state":{"ticks":[')
    const heard: string[] = []
    for (let load = 0; load < 20; load += 1) {
      const storage = createSafeStorage<State>({
        backend: () => backend,
        version: 2,
        upgrade: (state) => (isState(state) ? state : null),
        mergeWithStored: (ours) => ours,
        onProblem: () => {},
        onUnreadable: (raw) => heard.push(raw),
        now: () => 1000 + load,
      })
      expect(storage.getItem('k')).toBeNull()
    }
    expect(aside(backend)).toHaveLength(1)
    expect(heard).toHaveLength(20)
  })

  it('keeps different unreadable texts apart, and drops the oldest once they pass the size limit', () => {
    const backend = memoryStorage()
    let clock = 0
    const open = () =>
      createSafeStorage<State>({
        backend: () => backend,
        version: 2,
        upgrade: () => null,
        mergeWithStored: (ours) => ours,
        onProblem: () => {},
        now: () => clock,
      })
    const big = (n: number) => `${n}`.padEnd(MAX_ASIDE_CHARS / 3, 'x')
    for (const n of [1, 2, 3, 4]) {
      clock = n
      backend.setItem('k', big(n))
      open().getItem('k')
    }
    const kept = aside(backend).map((key) => backend.getItem(key)?.[0])
    expect(kept.sort()).toEqual(['2', '3', '4'])
  })

  /** A storage that holds `capacity` characters (keys and values) and throws when more would go in. */
  function smallStorage(data: Map<string, string>, capacity = 3_000): Storage {
    const used = () => [...data].reduce((sum, [key, value]) => sum + key.length + value.length, 0)
    return {
      get length() {
        return data.size
      },
      clear: () => data.clear(),
      key: (index) => [...data.keys()][index] ?? null,
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        const before = data.get(key)
        data.set(key, value)
        if (used() > capacity) {
          if (before === undefined) data.delete(key)
          else data.set(key, before)
          throw new DOMException('full', 'QuotaExceededError')
        }
      },
      removeItem: (key) => void data.delete(key),
    }
  }

  it('makes room by dropping what is only nice to have first (a kept screen), then copies kept aside', () => {
    const data = new Map<string, string>()
    data.set('k:unreadable:1', 'a'.repeat(1_400))
    data.set('k:last-screen', 'c'.repeat(1_400))
    const { storage, problems } = adapter(() => smallStorage(data), undefined, ['k:last-screen'])
    storage.getItem('k')
    storage.setItem('k', { state: { ticks: ['x'.repeat(500)] }, version: 2 })
    expect(JSON.parse(data.get('k') ?? 'null').state.ticks[0]).toHaveLength(500)
    expect([...data.keys()].sort()).toEqual(['k', 'k:unreadable:1'])
    expect(problems).toEqual([])
  })

  it('makes room by dropping copies kept aside when storage is full, so the progress is saved again', () => {
    const data = new Map<string, string>()
    const backend = smallStorage(data)
    data.set('k:unreadable:1', 'a'.repeat(1_400))
    data.set('k:unreadable:2', 'b'.repeat(1_400))
    const { storage, problems } = adapter(() => backend)
    storage.getItem('k')
    storage.setItem('k', { state: { ticks: ['x'.repeat(500)] }, version: 2 })
    expect(JSON.parse(data.get('k') ?? 'null').state.ticks[0]).toHaveLength(500)
    expect([...data.keys()].sort()).toEqual(['k', 'k:unreadable:2'])
    expect(problems).toEqual([])
  })
})
