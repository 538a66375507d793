import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newPerson, type SavedProgress } from '../../src/progress/savedProgress.ts'
import {
  continueLink,
  decodePerson,
  encodePerson,
  LINK_FORMAT,
  MAX_LINK_JSON_BYTES,
  MAX_PAYLOAD_CHARS,
  progressAfterLink,
} from '../../src/backup/continueLink.ts'
import { MAX_NESTING } from '../../src/backup/backupFile.ts'
import { linkPayload } from '../linkPayload.ts'

const saved: SavedProgress = JSON.parse(readFileSync(resolve('tests/unit/fixtures/progress-v4.json'), 'utf8')).state
const me = saved.people.me!
const mum = saved.people['p-mum']!

const deflated = (value: unknown) => linkPayload(JSON.stringify(value))

/** A link document nested `depth` levels deep: the person holds objects in objects. */
const nestedLink = (depth: number) =>
  `{"format":"${LINK_FORMAT}","version":4,"sentAt":1,"personId":"me","person":${'{"a":'.repeat(depth - 1)}1${'}'.repeat(depth - 1)}}`

/** A link document of exactly `bytes` bytes, padded with a field the app does not know. */
const paddedLink = (bytes: number) => {
  const start = `{"format":"${LINK_FORMAT}","version":4,"pad":"`
  return `${start}${'a'.repeat(bytes - start.length - 2)}"}`
}

describe('the link for 在另一台设备继续', () => {
  it('round-trips a person’s ticks, notes and name', async () => {
    const shared = { personId: 'me', person: me, sentAt: 1_764_000_000_000 }
    const payload = await encodePerson(shared)
    expect(payload).toMatch(/^[\w-]+$/)
    expect(await decodePerson(payload)).toEqual({ ok: true, shared })
    const other = { personId: 'p-mum', person: mum, sentAt: 1 }
    expect(await decodePerson(await encodePerson(other))).toEqual({ ok: true, shared: other })
  })

  it('carries the person’s answers, and still reads a link made before answers existed', async () => {
    const decoded = await decodePerson(await encodePerson({ personId: 'me', person: me, sentAt: 1 }))
    expect(decoded.ok && decoded.shared.person.answers['physical-sim']?.keep).toEqual({ value: 'cancel', at: 1763779110000 })
    const { answers: _, ownSteps: __, ...withoutAnswers } = me
    const old = await decodePerson(await deflated({ format: LINK_FORMAT, version: 2, sentAt: 1, personId: 'me', person: withoutAnswers }))
    expect(old.ok && old.shared.person).toMatchObject({ answers: {}, guides: me.guides })
  })

  it('puts the progress after the # of a /continue link, short enough for a QR code', async () => {
    const link = await continueLink('https://example.test', { personId: 'me', person: me, sentAt: 1 })
    expect(link).toMatch(/^https:\/\/example\.test\/continue#[\w-]+$/)
    // A person with every step of both guides ticked and noted still fits a QR code (2,953 bytes at level L).
    const guides = {
      g: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`step-number-${i}`, { done: true, at: 1_764_000_000_000 + i * 61_000 }])),
    }
    const busy = {
      ...newPerson('妈妈的卡', 5),
      guides,
      notes: { g: { 'step-number-1': { text: '工单号 20261122-0042，退款 35 元', at: 6 } } },
    }
    expect((await continueLink('https://example.test', { personId: 'p-x', person: busy, sentAt: 1 })).length).toBeLessThan(2_000)
  })

  it.each<[string, () => Promise<string>, string]>([
    ['an empty fragment', async () => '', 'empty'],
    ['characters that are not base64url', async () => '这不是链接', 'damaged'],
    ['base64 that is not deflated', async () => 'aGVsbG8', 'damaged'],
    ['a link cut short', async () => (await encodePerson({ personId: 'me', person: me, sentAt: 1 })).slice(0, 40), 'damaged'],
    ['deflated junk', async () => deflated({ hello: 'world' }), 'rejected'],
    [
      'a backup file instead',
      async () => deflated({ format: 'sim-cancel-checklist/progress-backup', version: 2, exportedAt: 1, state: saved }),
      'rejected',
    ],
    ['a newer format', async () => deflated({ format: LINK_FORMAT, version: 99, sentAt: 1, personId: 'me', person: me }), 'newer'],
    [
      'ticks that are not true/false',
      async () =>
        deflated({
          format: LINK_FORMAT,
          version: 4,
          sentAt: 1,
          personId: 'me',
          person: { ...me, guides: { g: { a: { done: 'yes', at: 1 } } } },
        }),
      'rejected',
    ],
    [
      'a removed person',
      async () => deflated({ format: LINK_FORMAT, version: 4, sentAt: 1, personId: 'p-old', person: saved.people['p-old'] }),
      'rejected',
    ],
    [
      'a "__proto__" key',
      async () =>
        deflated(
          JSON.parse(
            `{"format":"${LINK_FORMAT}","version":2,"sentAt":1,"personId":"me","person":{"name":null,"at":0,"removed":false,"guides":{"__proto__":{}},"notes":{}}}`,
          ),
        ),
      'rejected',
    ],
  ])('refuses %s', async (_, payload, problem) => {
    expect(await decodePerson(await payload())).toEqual({ ok: false, problem })
  })

  it.each([1e20, -1e20, 8.64e15 + 1, -1, 1.5])('refuses a link sent at a time no Date can hold (%d)', async (sentAt) => {
    expect(await decodePerson(await deflated({ format: LINK_FORMAT, version: 4, sentAt, personId: 'me', person: me }))).toEqual({
      ok: false,
      problem: 'rejected',
    })
  })

  it.each(['toString', 'valueOf', 'hasOwnProperty', 'constructor', 'isPrototypeOf'])(
    'refuses "%s" as the person, guide or step id',
    async (id) => {
      const link = (personId: string, person: unknown) => deflated({ format: LINK_FORMAT, version: 4, sentAt: 1, personId, person })
      expect(await decodePerson(await link(id, mum))).toEqual({ ok: false, problem: 'rejected' })
      expect(await decodePerson(await link('me', { ...me, guides: { [id]: {} } }))).toEqual({ ok: false, problem: 'rejected' })
      expect(await decodePerson(await link('me', { ...me, guides: { esim: { [id]: { done: true, at: 1 } } } }))).toEqual({
        ok: false,
        problem: 'rejected',
      })
    },
  )

  describe('limits checked before the link is parsed or walked', () => {
    it('reads a link nested exactly as deep as the limit, and refuses one level deeper as damaged', async () => {
      // The document nests MAX_NESTING levels (the outer object is the first): read, then refused for what it holds.
      expect(await decodePerson(await linkPayload(nestedLink(MAX_NESTING)))).toEqual({ ok: false, problem: 'rejected' })
      expect(await decodePerson(await linkPayload(nestedLink(MAX_NESTING + 1)))).toEqual({ ok: false, problem: 'damaged' })
    })

    it('refuses a link holding 200,000 nested objects as damaged, without an error', async () => {
      const payload = await linkPayload(nestedLink(200_000))
      expect(payload.length).toBeLessThan(MAX_PAYLOAD_CHARS)
      expect(await decodePerson(payload)).toEqual({ ok: false, problem: 'damaged' })
    })

    it('inflates a link up to the byte limit, and stops one byte past it', async () => {
      expect(new TextEncoder().encode(paddedLink(MAX_LINK_JSON_BYTES))).toHaveLength(MAX_LINK_JSON_BYTES)
      expect(await decodePerson(await linkPayload(paddedLink(MAX_LINK_JSON_BYTES)))).toEqual({ ok: false, problem: 'rejected' })
      expect(await decodePerson(await linkPayload(paddedLink(MAX_LINK_JSON_BYTES + 1)))).toEqual({ ok: false, problem: 'damaged' })
    })

    it('refuses a payload that would inflate to megabytes as damaged', async () => {
      const bomb = await linkPayload(`"${'0'.repeat(12_000_000)}"`)
      expect(bomb.length).toBeLessThan(MAX_PAYLOAD_CHARS)
      expect(await decodePerson(bomb)).toEqual({ ok: false, problem: 'damaged' })
    })
  })

  it('takes ticks stamped far in the future (a phone whose clock runs ahead) as made now, so later real changes still win', () => {
    const now = 1_764_000_000_000
    const tomorrow = now + 24 * 60 * 60 * 1000
    const fromFast = {
      ...newPerson(null, 0),
      guides: { esim: { decide: { done: true, at: tomorrow }, backup: { done: true, at: now + 60_000 } } },
    }
    const after = progressAfterLink(
      { people: { me: newPerson(null, 0) }, currentPersonId: 'me' },
      { personId: 'me', person: fromFast, sentAt: tomorrow },
      now,
    )
    expect(after.people.me?.guides.esim?.decide).toEqual({ done: true, at: now })
    // A minute ahead is ordinary clock drift: kept as it is.
    expect(after.people.me?.guides.esim?.backup).toEqual({ done: true, at: now + 60_000 })
  })

  it('drops the characters that would turn the preview’s sentence around from the name and the notes', async () => {
    const spoof = { ...mum, name: '\u202E卡的妈妈', notes: { esim: { decide: { text: '\u2067工单号\u2069 A1', at: 3 } } } }
    const decoded = await decodePerson(await deflated({ format: LINK_FORMAT, version: 4, sentAt: 1, personId: 'p-mum', person: spoof }))
    expect(decoded.ok && decoded.shared.person.name).toBe('卡的妈妈')
    expect(decoded.ok && decoded.shared.person.notes.esim?.decide?.text).toBe('工单号 A1')
  })

  it('merges into the same person step by step and shows them', () => {
    const here: SavedProgress = {
      people: { me: { ...newPerson(null, 0), guides: { esim: { decide: { done: false, at: 1_764_000_100_000 } } } } },
      currentPersonId: 'me',
    }
    const after = progressAfterLink(here, { personId: 'p-mum', person: mum, sentAt: 1 }, 9)
    expect(after.currentPersonId).toBe('p-mum')
    expect(after.people['p-mum']?.guides.esim?.decide?.done).toBe(true)
    expect(after.people.me?.guides.esim?.decide?.done).toBe(false)
    const mine = progressAfterLink(here, { personId: 'me', person: me, sentAt: 1 }, 9)
    expect(mine.people.me?.guides.esim?.decide?.done).toBe(false)
    expect(mine.people.me?.notes['physical-sim']?.['channel-hall']?.text).toBe('工单号 A1234')
  })

  it('brings back a person removed on this device, since someone chose to open the link', () => {
    const here: SavedProgress = {
      people: { me: newPerson(null, 0), 'p-mum': { ...newPerson(null, 2_000_000_000_000), removed: true } },
      currentPersonId: 'me',
    }
    const after = progressAfterLink(here, { personId: 'p-mum', person: mum, sentAt: 1 }, 1_764_000_000_000)
    expect(after.people['p-mum']).toMatchObject({ name: '妈妈的卡', removed: false })
    expect(after.people['p-mum']?.guides.esim?.decide?.done).toBe(true)
  })
})
