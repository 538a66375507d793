// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROGRESS_VERSION, upgradeProgress } from '../../src/progress/migrations.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { useStorageStatus } from '../../src/progress/storageStatus.ts'

const fixture = (version: number) => resolve('tests/unit/fixtures', `progress-v${version}.json`)
const versions = Array.from({ length: PROGRESS_VERSION }, (_, index) => index + 1)

describe('saved-format versions', () => {
  it('has a committed fixture for every released version (add one when you bump PROGRESS_VERSION)', () => {
    for (const version of versions) expect(existsSync(fixture(version)), `progress-v${version}.json`).toBe(true)
  })

  it.each(versions)('loads the version %i fixture with every tick intact', async (version) => {
    const raw = readFileSync(fixture(version), 'utf8')
    expect(JSON.parse(raw).version).toBe(version)
    window.localStorage.setItem(PROGRESS_KEY, raw)
    await useProgress.persist.rehydrate()

    expect(useStorageStatus.getState().problem).toBeNull()
    const guides = useProgress.getState().people.me?.guides
    expect(guides?.['physical-sim']?.decide).toEqual({ done: true, at: 1763779200000 })
    expect(guides?.['physical-sim']?.['settle-bill']?.done).toBe(true)
    expect(guides?.['physical-sim']?.backup?.done).toBe(false)
    expect(guides?.['physical-sim']?.['channel-hall']?.done).toBe(true)
    expect(guides?.esim?.['delete-is-not-cancel']?.done).toBe(true)
    if (version >= 4) {
      expect(useProgress.getState().people.me?.ownSteps['physical-sim']?.['own-mi1c2d3e']?.title).toBe('解绑招商银行')
      expect(guides?.['physical-sim']?.['own-mi1c2d3e']?.done).toBe(true)
    } else {
      // Older saves had no own steps.
      expect(useProgress.getState().people.me?.ownSteps).toEqual({})
    }
    if (version >= 3) {
      expect(useProgress.getState().people.me?.answers['physical-sim']?.where).toEqual({ value: 'mainland', at: 1763779100000 })
      // "还想继续用这个号码吗？ 不要了" (keep: cancel) is the plan to cancel since version 5.
      expect(useProgress.getState().people.me?.answers['physical-sim']?.plan).toEqual({ value: 'cancel', at: 1763779110000 })
      expect(useProgress.getState().people.me?.answers['physical-sim']).not.toHaveProperty('keep')
      expect(useProgress.getState().people['p-mum']?.answers.esim?.watch?.value).toBe('yes')
    } else {
      // Older saves had no answers; ticks on steps of cancelling only put the guide on that path, as of the latest tick.
      expect(useProgress.getState().people.me?.answers).toEqual({ 'physical-sim': { plan: { value: 'cancel', at: 1763865600000 } } })
    }
    if (version >= 2) {
      expect(useProgress.getState().people.me?.notes['physical-sim']?.['channel-hall']?.text).toBe('工单号 A1234')
      expect(useProgress.getState().people['p-mum']?.name).toBe('妈妈的卡')
      expect(useProgress.getState().people['p-old']?.removed).toBe(true)
    }
  })
})

describe('version 5: the answers move to the new questions', () => {
  const person = (answers: Record<string, unknown>, guides: Record<string, unknown> = {}) => ({
    name: null,
    at: 0,
    removed: false,
    guides: { 'physical-sim': guides },
    notes: {},
    answers: { 'physical-sim': answers },
    ownSteps: {},
  })
  const upgraded = (answers: Record<string, unknown>, guides?: Record<string, unknown>) =>
    upgradeProgress({ currentPersonId: 'me', people: { me: person(answers, guides) } }, 4)?.people.me?.answers['physical-sim'] ?? {}

  it('reads keep as the plan, keeping a dead relative’s number as its transfer to an heir, and uk-now as now', () => {
    expect(upgraded({ keep: { value: 'port', at: 7 } })).toEqual({ plan: { value: 'port', at: 7 } })
    expect(upgraded({ holder: { value: 'deceased', at: 1 }, keep: { value: 'port', at: 7 } })).toEqual({
      holder: { value: 'deceased', at: 1 },
      plan: { value: 'transfer', at: 7 },
    })
    expect(upgraded({ keep: { value: 'unsure', at: 7 }, 'uk-now': { value: 'in-uk', at: 8 } })).toEqual({
      plan: { value: 'unsure', at: 7 },
      now: { value: 'here', at: 8 },
    })
    expect(upgraded({ 'uk-now': { value: 'abroad', at: 8 } })).toEqual({ now: { value: 'abroad', at: 8 } })
  })

  it('reads an unanswered plan from ticks on steps of one way only, and leaves it unanswered when they mix', () => {
    const tick = (at: number) => ({ done: true, at })
    expect(upgraded({}, { 'port-check': tick(3), 'settle-bill': tick(9) })).toEqual({ plan: { value: 'port', at: 3 } })
    expect(upgraded({}, { 'channel-hall': tick(3), proof: tick(5) })).toEqual({ plan: { value: 'cancel', at: 5 } })
    expect(upgraded({ holder: { value: 'deceased', at: 1 } }, { 'deceased-transfer': tick(4) })?.plan).toEqual({ value: 'transfer', at: 4 })
    expect(upgraded({}, { 'channel-hall': tick(3), 'port-check': tick(4) })).toEqual({})
    expect(upgraded({}, { 'channel-hall': { done: false, at: 3 } })).toEqual({})
    expect(upgraded({}, { 'settle-bill': tick(3) })).toEqual({})
    // A taken-back answer stays taken back unless the ticks say which way.
    expect(upgraded({ keep: { value: '', at: 2 } })).toEqual({ plan: { value: '', at: 2 } })
  })
})

describe('a body that does not match its version label', () => {
  const v3 = () => JSON.parse(readFileSync(fixture(3), 'utf8'))

  it.each([1, 2])('is not read as version %i (nothing dropped on the way up): it is kept aside and the user told', async (label) => {
    const raw = JSON.stringify({ ...v3(), version: label })
    window.localStorage.setItem(PROGRESS_KEY, raw)
    await useProgress.persist.rehydrate()
    expect(useStorageStatus.getState().problem).toBe('recovered')
    const aside = Object.keys(window.localStorage).filter((key) => key.startsWith(`${PROGRESS_KEY}:unreadable:`))
    expect(aside.map((key) => window.localStorage.getItem(key))).toEqual([raw])
  })

  it('refuses a version 1 person with a key version 1 never had, rather than dropping it', () => {
    const v1 = JSON.parse(readFileSync(fixture(1), 'utf8')).state
    v1.people.me.notes = { 'physical-sim': { decide: { text: '别丢', at: 1 } } }
    expect(upgradeProgress(v1, 1)).toBeNull()
  })

  it.each(['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__', 'Me', 'a b', ''])(
    'refuses "%s" as a person, guide or step id',
    (id) => {
      const state = v3().state
      const person = state.people.me
      expect(upgradeProgress(JSON.parse(JSON.stringify({ ...state, people: { ...state.people, [id]: person } })), 3)).toBeNull()
      expect(
        upgradeProgress(JSON.parse(JSON.stringify({ ...state, people: { ...state.people, me: { ...person, guides: { [id]: {} } } } })), 3),
      ).toBeNull()
      expect(
        upgradeProgress(
          JSON.parse(
            JSON.stringify({ ...state, people: { ...state.people, me: { ...person, guides: { esim: { [id]: { done: true, at: 1 } } } } } }),
          ),
          3,
        ),
      ).toBeNull()
    },
  )

  it.each([1e20, -1, 8.64e15 + 1, 1.5, Number.NaN])('refuses a time no Date can hold: %d', (at) => {
    const state = v3().state
    state.people.me.guides.esim['delete-is-not-cancel'].at = at
    expect(upgradeProgress(state, 3)).toBeNull()
  })
})
