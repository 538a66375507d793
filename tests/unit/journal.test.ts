// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readJournal, trimJournal, TRIM_AFTER_MS, writeJournal } from '../../src/storage/journal.ts'
import { openJournal, readSavedProgress, useProgress } from '../../src/progress/progressStore.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'

const fixture = readFileSync(resolve('tests/unit/fixtures/progress-v4.json'), 'utf8')

describe('the durable journal', () => {
  afterEach(async () => {
    await trimJournal((await readJournal()) ?? '')
  })

  it('holds the text last saved, once the write has completed', async () => {
    await writeJournal('{"a":1}')
    await writeJournal('{"a":2}')
    expect(await readJournal()).toBe('{"a":2}')
  })

  it('trims itself once localStorage has surely caught up, unless something newer was journaled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await writeJournal('first')
    await trimJournal('older text')
    expect(await readJournal()).toBe('first')
    vi.advanceTimersByTime(TRIM_AFTER_MS)
    vi.useRealTimers()
    await vi.waitFor(async () => expect(await readJournal()).toBeNull())
  })
})

describe('folding the journal in at start', () => {
  it('brings back a tick that localStorage lost to a killed browser, and saves it again', async () => {
    // localStorage has the older state; the journal has one more tick, made just before the kill.
    const saved = JSON.parse(fixture)
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(saved))
    await useProgress.persist.rehydrate()
    saved.state.people.me.guides.esim.proof = { done: true, at: 1764100000000 }
    await writeJournal(JSON.stringify(saved))

    openJournal()
    await vi.waitFor(() => expect(useProgress.getState().people.me?.guides.esim?.proof?.done).toBe(true))
    expect(useProgress.getState().people.me?.guides['physical-sim']?.decide?.done).toBe(true)
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? '{}').state.people.me.guides.esim.proof.done).toBe(true)

    // From now on every save is journaled too.
    useProgress.getState().toggleStep('esim', 'verify', true)
    await vi.waitFor(async () => expect(JSON.parse((await readJournal()) ?? '{}').state.people['p-mum'].guides.esim.verify.done).toBe(true))
  })

  it('writes nothing and tells no screen of a change when the journal holds what is saved already, as at most starts', async () => {
    window.localStorage.setItem(PROGRESS_KEY, fixture)
    await useProgress.persist.rehydrate()
    // The fixture's older format is saved again in the current one as it is read: done once rehydrate has resolved.
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    const told = vi.fn()
    const stop = useProgress.subscribe(told)
    try {
      useProgress.getState().mergeIn(readSavedProgress(fixture)!)
      expect(told).not.toHaveBeenCalled()
      expect(writes).not.toHaveBeenCalled()
      // Something new is still taken in, saved and told.
      const newer = JSON.parse(fixture)
      newer.state.people.me.guides.esim.verify = { done: true, at: 1764200000000 }
      useProgress.getState().mergeIn(readSavedProgress(JSON.stringify(newer))!)
      expect(told).toHaveBeenCalled()
      expect(useProgress.getState().people.me?.guides.esim?.verify?.done).toBe(true)
    } finally {
      stop()
      writes.mockRestore()
    }
  })
})
