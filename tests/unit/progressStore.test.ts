import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useKeepStorage } from '../../src/progress/keepStorage.ts'
import { followOtherTabs, PROGRESS_KEY, useProgress } from '../../src/progress/progressStore.ts'
import { progressAfterImport, type ImportMode } from '../../src/progress/backup.ts'
import type { SavedProgress } from '../../src/progress/savedProgress.ts'
import { lastTouchedAt } from '../../src/progress/selectors.ts'

const initial = useProgress.getState()
const marks = (guideId: string, personId = useProgress.getState().currentPersonId) =>
  useProgress.getState().people[personId]?.guides[guideId] ?? {}
const saved = () => JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? 'null')

beforeEach(() => {
  useProgress.setState(initial, true)
  window.localStorage.clear()
  vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] })
})

describe('progress store', () => {
  it('ticks and unticks a step, keeping when it happened', () => {
    const { toggleStep } = useProgress.getState()
    toggleStep('physical-sim', 'settle-bill', true)
    expect(marks('physical-sim')['settle-bill']).toEqual({ done: true, at: 1_000_000 })

    vi.setSystemTime(1_005_000)
    toggleStep('physical-sim', 'settle-bill', false)
    expect(marks('physical-sim')['settle-bill']).toEqual({ done: false, at: 1_005_000 })
    expect(lastTouchedAt(marks('physical-sim'))).toBe(1_005_000)
  })

  it('saves at once under one key, as versioned JSON keyed person → guide → step', () => {
    useProgress.getState().toggleStep('esim', 'backup', true)
    expect(saved()).toEqual({
      version: 1,
      state: {
        currentPersonId: 'me',
        people: { me: { name: null, guides: { esim: { backup: { done: true, at: 1_000_000 } } } } },
      },
    })
    expect(saved().state.undoable).toBeUndefined()
  })

  it('keeps each person’s ticks apart', () => {
    useProgress.setState({
      people: {
        me: { name: null, guides: { esim: { backup: { done: true, at: 1 } } } },
        mum: { name: '妈妈的卡', guides: {} },
      },
      currentPersonId: 'mum',
    })
    useProgress.getState().toggleStep('esim', 'decide', true)
    expect(marks('esim', 'mum')).toEqual({ decide: { done: true, at: 1_000_000 } })
    expect(marks('esim', 'me')).toEqual({ backup: { done: true, at: 1 } })
    expect(saved().state.people.mum.guides.esim.decide.done).toBe(true)
  })

  it('resets one guide and leaves the others alone', () => {
    const { toggleStep, resetGuide } = useProgress.getState()
    toggleStep('physical-sim', 'decide', true)
    toggleStep('physical-sim', 'backup', true)
    toggleStep('esim', 'decide', true)
    vi.setSystemTime(2_000_000)
    resetGuide('physical-sim', ['decide', 'backup', 'proof'])
    expect(Object.values(marks('physical-sim')).some((mark) => mark.done)).toBe(false)
    expect(marks('esim').decide?.done).toBe(true)
  })

  it('undoes a reset, but not over a step ticked or unticked since', () => {
    const { toggleStep, resetGuide, undo } = useProgress.getState()
    toggleStep('physical-sim', 'decide', true)
    toggleStep('physical-sim', 'backup', true)
    toggleStep('physical-sim', 'proof', true)
    vi.setSystemTime(2_000_000)
    resetGuide('physical-sim', ['decide', 'backup', 'proof', 'verify'])
    vi.setSystemTime(3_000_000)
    toggleStep('physical-sim', 'backup', false)
    toggleStep('physical-sim', 'verify', true)

    undo()
    const after = marks('physical-sim')
    expect(after.decide?.done).toBe(true)
    expect(after.proof?.done).toBe(true)
    expect(after.backup?.done).toBe(false)
    expect(after.verify?.done).toBe(true)
    expect(useProgress.getState().undoable).toBeNull()
  })

  it('has nothing to undo before a reset', () => {
    useProgress.getState().toggleStep('esim', 'decide', true)
    useProgress.getState().undo()
    expect(marks('esim')).toEqual({ decide: { done: true, at: 1_000_000 } })
  })

  it('reads saved progress back when the app starts again', async () => {
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, state: { currentPersonId: 'me', people: { me: { name: null, guides: { esim: { proof: { done: true, at: 5 } } } } } } }),
    )
    await useProgress.persist.rehydrate()
    expect(marks('esim').proof).toEqual({ done: true, at: 5 })
  })
})

describe('progress store, keeping progress safe', () => {
  it('offers to undo an untick, and the undo brings the tick back', () => {
    const { toggleStep } = useProgress.getState()
    toggleStep('esim', 'backup', true)
    vi.setSystemTime(2_000_000)
    toggleStep('esim', 'backup', false)
    expect(useProgress.getState().undoable).toMatchObject({ kind: 'untick', guideId: 'esim', before: { backup: { done: true } } })
    useProgress.getState().undo()
    expect(marks('esim').backup?.done).toBe(true)
    expect(useProgress.getState().undoable).toBeNull()
  })

  it('keeps a removed step’s tick through a reset of the guide’s current steps', () => {
    const { toggleStep, resetGuide } = useProgress.getState()
    toggleStep('esim', 'old-step', true)
    toggleStep('esim', 'backup', true)
    resetGuide('esim', ['backup', 'decide'])
    expect(marks('esim')['old-step']?.done).toBe(true)
    expect(marks('esim').backup?.done).toBe(false)
  })

  const importBackup = (imported: SavedProgress, mode: ImportMode) =>
    useProgress.getState().restoreProgress(progressAfterImport(useProgress.getState(), imported, mode, Date.now()))

  it('merges an imported backup step by step', () => {
    useProgress.getState().toggleStep('esim', 'backup', true)
    importBackup(
      { currentPersonId: 'me', people: { me: { name: null, guides: { esim: { decide: { done: true, at: 5 }, backup: { done: false, at: 1 } } } } } },
      'merge',
    )
    expect(marks('esim')).toEqual({ backup: { done: true, at: 1_000_000 }, decide: { done: true, at: 5 } })
  })

  it('replaces with a backup exactly, stamped now so older ticks elsewhere cannot win', () => {
    useProgress.getState().toggleStep('esim', 'backup', true)
    vi.setSystemTime(3_000_000)
    importBackup({ currentPersonId: 'me', people: { me: { name: null, guides: { esim: { decide: { done: true, at: 5 } } } } } }, 'replace')
    expect(marks('esim')).toEqual({ backup: { done: false, at: 3_000_000 }, decide: { done: true, at: 3_000_000 } })
  })

  it('takes in ticks another tab saved, without losing its own', async () => {
    const stop = followOtherTabs()
    useProgress.getState().toggleStep('esim', 'backup', true)
    const other = saved()
    other.state.people.me.guides.esim.decide = { done: true, at: 1_500_000 }
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(other))
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }))
    await vi.waitFor(() => expect(marks('esim').decide?.done).toBe(true))
    expect(marks('esim').backup?.done).toBe(true)
    stop()
  })

  it('asks the browser to keep its storage after the first tick', async () => {
    const persist = vi.fn(async () => true)
    vi.stubGlobal('navigator', { ...window.navigator, storage: { persist, persisted: async () => false } })
    useKeepStorage.setState({ asked: false })
    useProgress.getState().toggleStep('esim', 'backup', false)
    expect(persist).not.toHaveBeenCalled()
    useProgress.getState().toggleStep('esim', 'backup', true)
    useProgress.getState().toggleStep('esim', 'decide', true)
    expect(persist).toHaveBeenCalledTimes(1)
    expect(useKeepStorage.getState().asked).toBe(true)
  })
})
