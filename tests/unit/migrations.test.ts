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
      expect(useProgress.getState().people['p-mum']?.answers.esim?.watch?.value).toBe('yes')
    } else {
      // Older saves had no answers: every step shows until the person answers.
      expect(useProgress.getState().people.me?.answers).toEqual({})
    }
    if (version >= 2) {
      expect(useProgress.getState().people.me?.notes['physical-sim']?.['channel-hall']?.text).toBe('工单号 A1234')
      expect(useProgress.getState().people['p-mum']?.name).toBe('妈妈的卡')
      expect(useProgress.getState().people['p-old']?.removed).toBe(true)
    }
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
