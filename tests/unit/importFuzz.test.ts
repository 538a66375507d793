// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, backupText, progressAfterImport, readBackup } from '../../src/backup/backupFile.ts'
import { isSavedProgress, type SavedProgress } from '../../src/progress/savedProgress.ts'
import { lossesOf, lossesOfTakingIn, type Losses } from '../../src/backup/takeIn.ts'
import { decodePerson, LINK_FORMAT, progressAfterLink } from '../../src/backup/continueLink.ts'
import { elementIdOfHash } from '../../src/lib/urlHash.ts'
import { formatDate } from '../../src/lib/formatDate.ts'
import { linkPayload } from '../linkPayload.ts'

/**
 * Hostile and unlucky input from outside: backup files, continue links and
 * URL fragments, each mutated at every place it has. For each case the
 * outcome is one of: refused (with the problem the screen turns into a
 * message), or accepted, in which case what it brings in must merge into
 * this device's progress as valid saved data, losing nothing here. A crash
 * (an exception) fails the test. The counts are printed.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
const NOW = 1_764_500_000_000
const saved: SavedProgress = JSON.parse(readFileSync(resolve('tests/unit/fixtures/progress-v5.json'), 'utf8')).state
const REPLACEMENTS: Json[] = [
  null,
  -1,
  1.5,
  1e20,
  -1e20,
  8.64e15 + 1,
  NOW + 86_400_000,
  9e12,
  '',
  '\u202E妈妈',
  'toString',
  true,
  [],
  {},
  JSON.parse('{"__proto__":{"polluted":1}}') as Json,
]
const ODD_KEYS = ['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__', 'prototype', 'Me', '']

/** The document with the value at each path swapped for each replacement, and odd keys added to each object. */
function mutations(document: Json): Json[] {
  const out: Json[] = []
  const walk = (value: Json, path: string[]) => {
    const swap = (replacement: Json) => {
      const copy = JSON.parse(JSON.stringify(document)) as Json
      if (path.length === 0) return replacement
      let parent = copy as Record<string, Json>
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, Json>
      parent[path.at(-1)!] = replacement
      return copy
    }
    for (const replacement of REPLACEMENTS) out.push(swap(replacement))
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of ODD_KEYS)
        out.push(JSON.parse(JSON.stringify(swap({ ...value })).replace('{', `{"${key}":{"done":true,"at":1},`)) as Json)
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key])
    }
  }
  walk(document, [])
  return out
}

/**
 * Nothing this device had is lost without being named: every person, mark,
 * note and answer here is still there, the same or newer, unless the preview
 * (`named`) says it goes; and no time in the result is later than now.
 */
function keepsEverything(before: SavedProgress, after: SavedProgress, named: Losses = lossesOf(before, after)): boolean {
  if (!isSavedProgress(after)) return false
  if (
    JSON.stringify(after)
      .match(/"at":\d+(\.\d+)?(e\+\d+)?/g)
      ?.some((at) => Number(at.slice(5)) > NOW)
  )
    return false
  for (const [personId, person] of Object.entries(before.people)) {
    const now = after.people[personId]
    if (!now) return false
    if (now.removed && (person.removed || named.people.some((gone) => gone.personId === personId))) continue
    if (now.removed) return false
    for (const kind of ['guides', 'notes', 'answers'] as const) {
      for (const [guideId, entries] of Object.entries(person[kind] as Record<string, Record<string, { at: number }>>)) {
        const cleared = named.guides.some((guide) => guide.personId === personId && guide.guideId === guideId)
        for (const [id, entry] of Object.entries(entries)) {
          const kept = (now[kind][guideId] as Record<string, { at: number }> | undefined)?.[id]
          if (!kept || (kept.at < entry.at && !cleared)) return false
        }
      }
    }
  }
  return true
}

/**
 * The backup with each person but "我" removed at a time in the future (a
 * tombstone from a clock years ahead, or an attacker's), "我" on screen. A
 * link cannot carry a removal: its person stands in for "我", who is never removed.
 */
function futureRemovals(document: { state: SavedProgress }): Json[] {
  const copies: Json[] = []
  for (const at of [NOW + 86_400_000, 9e12]) {
    for (const personId of Object.keys(document.state.people).filter((id) => id !== 'me')) {
      const copy = JSON.parse(JSON.stringify(document))
      copy.state.currentPersonId = 'me'
      copy.state.people[personId] = { ...copy.state.people[personId], removed: true, at }
      copies.push(copy)
    }
  }
  return copies
}

function tally() {
  const counts = { cases: 0, crashes: 0, silentLosses: 0, refusedWithMessage: 0, accepted: 0, removalsNamed: 0 }
  return {
    counts,
    run(check: () => 'refused' | 'accepted' | 'lost') {
      counts.cases += 1
      try {
        const outcome = check()
        if (outcome === 'refused') counts.refusedWithMessage += 1
        else if (outcome === 'accepted') counts.accepted += 1
        else counts.silentLosses += 1
      } catch {
        counts.crashes += 1
      }
    },
  }
}

/** Each fuzz below reads and merges a thousand documents or so: well under 2 s on an idle machine, more on a busy one. */
const FUZZ_TIMEOUT_MS = 30_000

describe('hostile input from outside', () => {
  it(
    'backup files: none crashes, none loses anything here, each is refused with a reason or merges cleanly',
    { timeout: FUZZ_TIMEOUT_MS },
    () => {
      const original = JSON.parse(backupText(saved, NOW - 1000)) as Json
      const texts = [
        ...mutations(original).map((document) => JSON.stringify(document)),
        ...futureRemovals(original as unknown as { state: SavedProgress }).map((document) => JSON.stringify(document)),
        ...Array.from({ length: 40 }, (_, cut) => backupText(saved, NOW).slice(0, cut * 20)),
      ]
      const { counts, run } = tally()
      for (const text of texts) {
        run(() => {
          const result = readBackup(text)
          if (!result.ok) return 'refused'
          formatDate(result.backup.exportedAt, 'zh-Hans', true)
          const incoming = { kind: 'backup', at: result.backup.exportedAt, state: result.backup.state } as const
          const merged = progressAfterImport(saved, result.backup.state, 'merge', NOW)
          const replaced = progressAfterImport(saved, result.backup.state, 'replace', NOW)
          // What the preview names for each way is exactly what that way takes away.
          const named = {
            merge: lossesOfTakingIn(saved, incoming, 'merge', NOW),
            replace: lossesOfTakingIn(saved, incoming, 'replace', NOW),
          }
          if (named.merge.people.length > 0) counts.removalsNamed += 1
          return keepsEverything(saved, merged, named.merge) && keepsEverything(saved, replaced, named.replace) ? 'accepted' : 'lost'
        })
      }
      console.info(
        `backup fuzz: ${counts.cases} files — ${counts.crashes} crashes, ${counts.silentLosses} silent losses, ${counts.refusedWithMessage} refused with a message, ${counts.accepted} accepted (${counts.removalsNamed} removing a person, each named in the preview)`,
      )
      expect(counts.cases).toBeGreaterThanOrEqual(100)
      expect(counts.crashes).toBe(0)
      expect(counts.silentLosses).toBe(0)
      expect(counts.accepted).toBeGreaterThan(0)
      expect(counts.removalsNamed).toBeGreaterThan(0)
    },
  )

  it(
    'continue links: none crashes, none loses anything here, each is refused with a reason or merges cleanly',
    { timeout: FUZZ_TIMEOUT_MS },
    async () => {
      const person = saved.people.me!
      const original = { format: LINK_FORMAT, version: 5, sentAt: NOW - 1000, personId: 'me', person } as unknown as Json
      const encode = (document: Json) => linkPayload(JSON.stringify(document))
      const good = await encode(original)
      const payloads = [
        ...(await Promise.all(mutations(original).map(encode))),
        ...Array.from({ length: 30 }, (_, cut) => good.slice(0, cut * 7)),
        '%',
        '%E0%A4%A',
        '这不是链接',
        'a'.repeat(20_000),
        good.replaceAll('A', '*'),
      ]
      const { counts, run } = tally()
      for (const payload of payloads) {
        const decoded = await decodePerson(payload).catch(() => null)
        run(() => {
          if (decoded === null) throw new Error('decodePerson threw')
          if (!decoded.ok) return 'refused'
          formatDate(decoded.shared.sentAt, 'zh-Hans', true)
          const after = progressAfterLink(saved, decoded.shared, NOW)
          const named = lossesOfTakingIn(saved, { kind: 'link', at: decoded.shared.sentAt, shared: decoded.shared }, 'merge', NOW)
          if (named.people.length > 0) counts.removalsNamed += 1
          return keepsEverything(saved, after, named) ? 'accepted' : 'lost'
        })
      }
      console.info(
        `link fuzz: ${counts.cases} links — ${counts.crashes} crashes, ${counts.silentLosses} silent losses, ${counts.refusedWithMessage} refused with a message, ${counts.accepted} accepted (${counts.removalsNamed} removing a person, each named in the preview)`,
      )
      expect(counts.cases).toBeGreaterThanOrEqual(100)
      expect(counts.crashes).toBe(0)
      expect(counts.silentLosses).toBe(0)
      expect(counts.accepted).toBeGreaterThan(0)
    },
  )

  it(
    'huge and deeply nested input: every case is refused in words (or read), none throws; the time each took is printed',
    { timeout: FUZZ_TIMEOUT_MS },
    async () => {
      const deep = (depth: number, leaf = '1') => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`
      const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`
      const wide = (keys: number, entry: string) => `{${Array.from({ length: keys }, (_, i) => `"k-${i}":${entry}`).join(',')}}`
      const backup = (state: string) => `{"format":"${BACKUP_FORMAT}","version":4,"exportedAt":1,"state":${state}}`
      const inState = (guides: string) =>
        `{"currentPersonId":"me","people":{"me":{"name":null,"at":0,"removed":false,"guides":${guides},"notes":{},"answers":{},"ownSteps":{}}}}`
      const link = (person: string) => `{"format":"${LINK_FORMAT}","version":4,"sentAt":1,"personId":"me","person":${person}}`
      const personWith = (guides: string, name = 'null') =>
        `{"name":${name},"at":0,"removed":false,"guides":${guides},"notes":{},"answers":{},"ownSteps":{}}`
      const backups: [string, string][] = [
        ['40,000 nested objects under guides', backup(inState(deep(40_000)))],
        ['40,000 nested objects as the whole file', deep(40_000)],
        ['100,000 nested arrays', deepArray(100_000)],
        [
          'deep nesting inside a string (not nesting)',
          backup(
            inState(JSON.stringify({ g: { s: { done: true, at: 1 } } })).replace(
              '"name":null',
              `"name":${JSON.stringify('{'.repeat(100_000))}`,
            ),
          ),
        ],
        ['10,000 guides', backup(inState(wide(10_000, '{}')))],
        ['5,000 steps in a guide', backup(inState(`{"g":${wide(5_000, '{"done":true,"at":1}')}}`))],
        ['a 200,000-character name', backup(inState('{}').replace('"name":null', `"name":"${'名'.repeat(60_000)}"`))],
        ['a 250,000-character string as the file', JSON.stringify('x'.repeat(250_000))],
      ]
      const links: [string, string][] = [
        ['200,000 nested objects', link(deep(200_000))],
        ['100,000 nested arrays as the person', link(deepArray(100_000))],
        ['3,000 guides', link(personWith(wide(3_000, '{}')))],
        ['3,000 steps in a guide', link(personWith(`{"g":${wide(3_000, '{"done":true,"at":1}')}}`))],
        ['a 200,000-character name', link(personWith('{}', JSON.stringify('名'.repeat(60_000))))],
        ['a bomb: 12 MB of zeros', `"${'0'.repeat(12_000_000)}"`],
        ['a bomb: 5 million nested arrays', deepArray(5_000_000)],
      ]
      const timings: string[] = []
      const timed = async (label: string, work: () => Promise<string | boolean> | string | boolean) => {
        const start = performance.now()
        const result = await work()
        timings.push(`${label}: ${result === true ? 'read' : `refused (${String(result)})`} in ${Math.round(performance.now() - start)} ms`)
        return result
      }
      for (const [label, text] of backups) {
        // Read, and when it is accepted, merged: the whole work of taking it in.
        const outcome = await timed(`backup, ${label}`, () => {
          const result = readBackup(text)
          return result.ok ? keepsEverything(saved, progressAfterImport(saved, result.backup.state, 'merge', NOW)) : result.problem
        })
        expect(['unreadable', 'too-big', 'rejected', 'not-ours', true], label).toContain(outcome)
      }
      for (const [label, text] of links) {
        const payload = await linkPayload(text)
        const outcome = await timed(`link, ${label} (${payload.length} characters)`, async () => {
          const result = await decodePerson(payload)
          return result.ok ? keepsEverything(saved, progressAfterLink(saved, result.shared, NOW)) : result.problem
        })
        expect(['damaged', 'rejected', true], label).toContain(outcome)
      }
      console.info(`huge and deep input, time each case took in jsdom:\n  ${timings.join('\n  ')}`)
    },
  )

  it('URL fragments: every one gives an element id or none, and never throws', () => {
    const pieces = ['%', '%E0', '%A4', '%ZZ', '%%', 'item-', '%E4%BD%A0', '#', ' ', '\u202E', '%00', 'settle-bill', '%2F', '\uD800']
    const hashes = pieces.flatMap((a) => pieces.map((b) => `#${a}${b}`))
    let ids = 0
    let ignored = 0
    for (const hash of hashes) {
      const id = elementIdOfHash(hash)
      if (id === null) ignored += 1
      else ids += 1
    }
    console.info(
      `hash fuzz: ${hashes.length} fragments — 0 crashes, ${ids} read as an element id, ${ignored} ignored as not a valid escape`,
    )
    expect(hashes.length).toBeGreaterThanOrEqual(100)
    expect(elementIdOfHash('#item-settle-bill')).toBe('item-settle-bill')
    expect(elementIdOfHash('#%')).toBeNull()
    expect(elementIdOfHash('')).toBeNull()
  })
})
