// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { lossesOf, lossesOfTakingIn, takeIn, type Incoming } from '../../src/backup/takeIn.ts'
import { progressAfterImport } from '../../src/backup/backupFile.ts'
import { mergeProgress } from '../../src/progress/mergeProgress.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { newPerson, type Person, type SavedProgress } from '../../src/progress/savedProgress.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'

/**
 * Taking in a backup or a link: the preview names all it would take away,
 * a time from the future is taken as now, and 撤销 brings back what was here.
 */
const T0 = 1_764_500_000_000
/** A date in 2255: a clock decades ahead, or a file made to win every merge. */
const FAR_FUTURE = 9e12
const tick = (at: number) => ({ done: true, at })
const person = (name: string | null, at: number, ticks: Record<string, number>, notes: Record<string, string> = {}): Person => ({
  ...newPerson(name, at),
  guides: { 'physical-sim': Object.fromEntries(Object.entries(ticks).map(([id, time]) => [id, tick(time)])) },
  notes: { 'physical-sim': Object.fromEntries(Object.entries(notes).map(([id, text]) => [id, { text, at }])) },
})
const here = (): SavedProgress => ({
  currentPersonId: 'me',
  people: {
    me: person(null, 0, { 'settle-bill': T0 - 5000, backup: T0 - 4000 }),
    'p-mum': person('妈妈的卡', T0 - 9000, { 'settle-bill': T0 - 8000, 'sim-card': T0 - 7000 }, { 'sim-card': '卡在抽屉里' }),
  },
})
/** A backup that has "我" as here and 妈妈的卡 removed in 2255. */
const removingMum = (): Incoming => ({
  kind: 'backup',
  at: T0 - 1000,
  state: { currentPersonId: 'me', people: { me: here().people.me!, 'p-mum': { ...newPerson(null, FAR_FUTURE), removed: true } } },
})

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['Date'] })
})

describe('what a take-in would take away (the preview model)', () => {
  it('names a person a merge would remove, and nothing when it removes nothing', () => {
    const losses = lossesOfTakingIn(here(), removingMum(), 'merge', T0)
    expect(losses.people.map(({ personId, person }) => [personId, person.name])).toEqual([['p-mum', '妈妈的卡']])
    expect(losses.guides).toEqual([])
    const harmless: Incoming = { kind: 'backup', at: T0, state: here() }
    expect(lossesOfTakingIn(here(), harmless, 'merge', T0)).toEqual({ people: [], guides: [] })
  })

  it('names each guide whose ticks, notes or own steps a replace would clear, with how many', () => {
    const backup: Incoming = {
      kind: 'backup',
      at: T0,
      state: {
        currentPersonId: 'me',
        people: { me: here().people.me!, 'p-mum': person('妈妈的卡', T0 - 9000, { 'settle-bill': T0 - 8000 }) },
      },
    }
    const losses = lossesOfTakingIn(here(), backup, 'replace', T0)
    expect(losses.people).toEqual([])
    expect(losses.guides.map(({ personId, guideId, ticks, notes, ownSteps }) => ({ personId, guideId, ticks, notes, ownSteps }))).toEqual([
      { personId: 'p-mum', guideId: 'physical-sim', ticks: 1, notes: 1, ownSteps: 0 },
    ])
    // A merge of the same file keeps the later ticks here: nothing to name.
    expect(lossesOfTakingIn(here(), backup, 'merge', T0)).toEqual({ people: [], guides: [] })
  })

  it('counts only what was there: a person already removed, or a tick already off, is not a loss', () => {
    const before = here()
    const after = mergeProgress(before, { ...before, people: { ...before.people, me: person(null, 0, { 'settle-bill': T0 - 5000 }) } })
    expect(lossesOf(before, after)).toEqual({ people: [], guides: [] })
  })
})

describe('a time from the future', () => {
  it('is taken as now where it enters, so a tombstone from 2255 does not beat a later change here', () => {
    const file = removingMum() as Extract<Incoming, { kind: 'backup' }>
    const after = progressAfterImport(here(), file.state, 'merge', T0)
    expect(after.people['p-mum']).toMatchObject({ removed: true, at: T0 })
    // Later, on this device, 妈妈的卡 is brought back: the merged file (another tab still holding it) cannot undo that.
    const broughtBack = { ...after, people: { ...after.people, 'p-mum': { ...here().people['p-mum']!, at: T0 + 1000 } } }
    expect(mergeProgress(broughtBack, after).people['p-mum']?.removed).toBe(false)
  })

  it('from another tab’s write is read as now, and loses to a change made here afterwards', async () => {
    const written = { ...here(), people: { ...here().people, 'p-mum': { ...here().people['p-mum']!, name: '妈妈', at: FAR_FUTURE } } }
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 5, state: written }))
    await useProgress.persist.rehydrate()
    expect(useProgress.getState().people['p-mum']).toMatchObject({ name: '妈妈', at: T0 })
    vi.setSystemTime(T0 + 1000)
    useProgress.getState().renamePerson('p-mum', '妈妈的旧卡')
    await useProgress.persist.rehydrate()
    expect(useProgress.getState().people['p-mum']?.name).toBe('妈妈的旧卡')
  })
})

describe('撤销 after a take-in', () => {
  const names = { here: (name: string | null) => name ?? '我', arriving: (name: string | null) => name ?? '我' }

  it('brings back the person a merge removed, with their ticks and notes', () => {
    useProgress.getState().restoreProgress(here())
    takeIn(removingMum(), 'merge', names)
    expect(useProgress.getState().people['p-mum']?.removed).toBe(true)
    vi.setSystemTime(T0 + 2000)
    useProgress.getState().undo()
    const mum = useProgress.getState().people['p-mum']
    expect(mum).toMatchObject({ name: '妈妈的卡', removed: false })
    expect(mum?.guides['physical-sim']?.['sim-card']?.done).toBe(true)
    expect(mum?.notes['physical-sim']?.['sim-card']?.text).toBe('卡在抽屉里')
  })

  it('puts back what a replace cleared, and leaves alone what was changed since', () => {
    useProgress.getState().restoreProgress(here())
    const backup: Incoming = { kind: 'backup', at: T0, state: { currentPersonId: 'me', people: { me: person(null, 0, {}) } } }
    takeIn(backup, 'replace', names)
    expect(useProgress.getState().people.me?.guides['physical-sim']?.['settle-bill']?.done).toBe(false)
    vi.setSystemTime(T0 + 1000)
    // Changed since: 备份 is ticked again by hand before 撤销.
    useProgress.getState().toggleStep('physical-sim', 'backup', true)
    vi.setSystemTime(T0 + 2000)
    useProgress.getState().undo()
    const marks = useProgress.getState().people.me?.guides['physical-sim']
    expect(marks?.['settle-bill']).toEqual({ done: true, at: T0 + 2000 })
    expect(marks?.backup).toEqual({ done: true, at: T0 + 1000 })
  })

  it('takes out a person a take-in added', () => {
    useProgress.getState().restoreProgress({ currentPersonId: 'me', people: { me: here().people.me! } })
    takeIn({ kind: 'backup', at: T0, state: here() }, 'merge', names)
    expect(useProgress.getState().people['p-mum']?.removed).toBe(false)
    useProgress.getState().undo()
    expect(useProgress.getState().people['p-mum']).toMatchObject({ removed: true, guides: {}, notes: {} })
  })
})
