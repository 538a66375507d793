import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PROGRESS_KEY, useProgress } from '../../src/progress/progressStore.ts'
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
    expect(saved().state.lastReset).toBeUndefined()
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
    resetGuide('physical-sim')
    expect(Object.values(marks('physical-sim')).some((mark) => mark.done)).toBe(false)
    expect(marks('esim').decide?.done).toBe(true)
  })

  it('undoes a reset, but not over a step ticked or unticked since', () => {
    const { toggleStep, resetGuide, undoReset } = useProgress.getState()
    toggleStep('physical-sim', 'decide', true)
    toggleStep('physical-sim', 'backup', true)
    toggleStep('physical-sim', 'proof', true)
    vi.setSystemTime(2_000_000)
    resetGuide('physical-sim')
    vi.setSystemTime(3_000_000)
    toggleStep('physical-sim', 'backup', false)
    toggleStep('physical-sim', 'verify', true)

    undoReset()
    const after = marks('physical-sim')
    expect(after.decide?.done).toBe(true)
    expect(after.proof?.done).toBe(true)
    expect(after.backup?.done).toBe(false)
    expect(after.verify?.done).toBe(true)
    expect(useProgress.getState().lastReset).toBeNull()
  })

  it('has nothing to undo before a reset', () => {
    useProgress.getState().toggleStep('esim', 'decide', true)
    useProgress.getState().undoReset()
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
