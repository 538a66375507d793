import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { useStorageStatus } from '../../src/progress/storageStatus.ts'
import { renderApp } from '../components/renderApp.tsx'

/** A real saved state, as the app writes it (compact JSON). */
const original = JSON.stringify(JSON.parse(readFileSync(resolve('tests/unit/fixtures/progress-v5.json'), 'utf8')))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
/** Wrong types, and times from the future: a clock put back, or a date in 2255. */
const REPLACEMENTS: Json[] = [null, 0, -1, 1.5, 3, '', 'x', true, [], {}, [1], { x: 1 }, Date.now() + 86_400_000, 9e12]

/** A person removed at a time in the future: a tombstone that would win over every later change here. */
const futureRemovals = Object.keys((JSON.parse(original) as { state: { people: object } }).state.people).map((personId) => {
  const copy = JSON.parse(original)
  copy.state.people[personId] = { ...copy.state.people[personId], removed: true, at: 9e12 }
  return { path: `state.people.${personId} removed in 2255`, raw: JSON.stringify(copy) }
})

/**
 * A state as it reads once loaded: times from `now` on read as 'now' (a
 * future time becomes the moment it was read), and an empty list where the
 * format has a record of ids read as the empty record it is.
 */
const timesUpTo = (value: unknown, now: number): unknown =>
  JSON.parse(JSON.stringify(value), (key, entry) =>
    key === 'at' && typeof entry === 'number' && entry >= now ? 'now' : Array.isArray(entry) && entry.length === 0 ? {} : entry,
  )

/** The same document with the value at each path swapped for each replacement. */
function typeChanges(value: Json, path: string[] = []): { path: string; raw: string }[] {
  const cases: { path: string; raw: string }[] = []
  const swap = (replacement: Json) => {
    const copy = JSON.parse(original) as Json
    if (path.length === 0) return JSON.stringify(replacement)
    let parent = copy as Record<string, Json>
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, Json>
    parent[path.at(-1)!] = replacement
    return JSON.stringify(copy)
  }
  for (const replacement of REPLACEMENTS) cases.push({ path: path.join('.') || '(root)', raw: swap(replacement) })
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) cases.push(...typeChanges(child, [...path, key]))
  }
  return cases
}

const truncations = Array.from({ length: original.length }, (_, cut) => ({ path: `cut at ${cut}`, raw: original.slice(0, cut) }))
const cases = [...truncations, ...typeChanges(JSON.parse(original) as Json), ...futureRemovals].filter((c) => c.raw !== original)

/**
 * One test per corrupted document (each short, so none depends on how busy
 * the machine is), then the tally: what became of them all.
 */
describe('saved data fuzz: corrupted storage never loses anything silently', () => {
  const outcomes = { loaded: 0, keptAside: 0, salvaged: 0, newer: 0 }

  it.for(cases)('survives $path', async ({ path, raw }) => {
    const start = Date.now()
    window.localStorage.setItem(PROGRESS_KEY, raw)
    await renderApp('/')
    expect(screen.getByRole('heading', { level: 1 }), path).toBeInTheDocument()

    const problem = useStorageStatus.getState().problem
    const asideKeys = Object.keys(window.localStorage).filter((key) => key.startsWith(`${PROGRESS_KEY}:unreadable:`))
    if (problem === null) {
      // Read as valid: every saved mark must be in the store, and no time in it later than the moment it was read.
      const loaded = useProgress.getState().people
      expect(timesUpTo(loaded, start), path).toEqual(timesUpTo(JSON.parse(raw).state.people, start))
      expect(
        JSON.stringify(loaded)
          .match(/"at":\d+/g)
          ?.every((at) => Number(at.slice(5)) <= Date.now()),
        path,
      ).toBe(true)
      outcomes.loaded += 1
    } else if (problem === 'newer') {
      expect(window.localStorage.getItem(PROGRESS_KEY), path).toBe(raw)
      outcomes.newer += 1
    } else {
      expect(problem, path).toBe('recovered')
      expect(
        asideKeys.map((key) => window.localStorage.getItem(key)),
        path,
      ).toEqual([raw])
      expect(await screen.findByText(/读不出来|都读出来了/), path).toBeInTheDocument()
      outcomes.keptAside += 1
      if (useStorageStatus.getState().lost) outcomes.salvaged += 1
    }
  })

  it(`tried ${cases.length} corruptions of a real saved state, most of them kept aside with a notice`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(500)
    console.info(
      `storage fuzz: ${cases.length} cases — 0 blank screens, ${outcomes.keptAside} kept aside with a notice (${outcomes.salvaged} of them partly read back), ${outcomes.newer} left alone as newer, ${outcomes.loaded} still valid and loaded whole`,
    )
    expect(outcomes.loaded + outcomes.keptAside + outcomes.newer).toBe(cases.length)
    expect(outcomes.keptAside).toBeGreaterThan(400)
  })
})
