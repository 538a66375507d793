import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  MAX_NESTING,
  backupFileName,
  backupText,
  readBackup,
  summarise,
} from '../../src/backup/backupFile.ts'
import type { SavedProgress } from '../../src/progress/savedProgress.ts'

const fixture = (version: number) => JSON.parse(readFileSync(resolve(`tests/unit/fixtures/progress-v${version}.json`), 'utf8')).state
const saved: SavedProgress = fixture(4)
const file = (value: unknown) => JSON.stringify(value)

describe('progress backups', () => {
  it('round-trips: what we export reads back the same', () => {
    const text = backupText(saved, 1_763_800_000_000)
    expect(readBackup(text)).toEqual({ ok: true, backup: { exportedAt: 1_763_800_000_000, state: saved } })
    // Three people, two guides, a note and two own steps: a few kilobytes at most.
    expect(new TextEncoder().encode(text).length).toBeLessThan(3_000)
  })

  it('says which app wrote it, and reads the same with that part missing or junk', () => {
    const text = backupText(saved, 1_763_800_000_000)
    const written = JSON.parse(text)
    expect(written.app).toEqual({ version: __APP_VERSION__, built: __BUILD_DATE__ })
    const expected = { ok: true, backup: { exportedAt: 1_763_800_000_000, state: saved } }
    for (const app of [undefined, null, 'v9', { version: 9, built: 'yesterday' }, { state: { currentPersonId: 'x' } }]) {
      expect(readBackup(file({ ...written, app }))).toEqual(expected)
    }
  })

  it('reads a backup made by the first version, notes and all people added', () => {
    const result = readBackup(file({ format: BACKUP_FORMAT, version: 1, exportedAt: 1, state: fixture(1) }))
    expect(result.ok && result.backup.state.people.me).toMatchObject({ name: null, removed: false, notes: {} })
    expect(result.ok && result.backup.state.people.me?.guides['physical-sim']?.decide).toEqual({ done: true, at: 1763779200000 })
  })

  it('drops the characters that would turn text around from names and notes in a backup', () => {
    const state = { ...saved, people: { ...saved.people, 'p-mum': { ...saved.people['p-mum']!, name: '妈妈\u202E的卡' } } }
    const result = readBackup(file({ format: BACKUP_FORMAT, version: 4, exportedAt: 1, state }))
    expect(result.ok && result.backup.state.people['p-mum']?.name).toBe('妈妈的卡')
  })

  it('names the file by date', () => {
    expect(backupFileName(new Date(2026, 10, 22, 9).getTime())).toBe('sim-cancel-checklist-2026-11-22.json')
  })

  it.each<[string, string, string]>([
    ['an empty file', '', 'unreadable'],
    ['a text file', '这不是 JSON', 'unreadable'],
    ['cut-off JSON', backupText(saved, 1).slice(0, 80), 'unreadable'],
    ['a JSON array', '[]', 'not-ours'],
    ['some other app’s JSON', file({ name: 'x', items: [] }), 'not-ours'],
    ['our raw localStorage value', file({ state: saved, version: 1 }), 'not-ours'],
    ['a newer format', file({ format: BACKUP_FORMAT, version: 99, exportedAt: 1, state: {} }), 'newer'],
    ['a missing state', file({ format: BACKUP_FORMAT, version: 1, exportedAt: 1 }), 'rejected'],
    [
      'ticks that are not true/false',
      file({
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: 1,
        state: { currentPersonId: 'me', people: { me: { name: null, guides: { esim: { a: { done: 'yes', at: 1 } } } } } },
      }),
      'rejected',
    ],
    [
      'a name longer than 20 characters',
      file({
        format: BACKUP_FORMAT,
        version: 4,
        exportedAt: 1,
        state: { ...saved, people: { ...saved.people, me: { ...saved.people.me, name: '名'.repeat(21) } } },
      }),
      'rejected',
    ],
    [
      'a removed current person',
      file({ format: BACKUP_FORMAT, version: 4, exportedAt: 1, state: { ...saved, currentPersonId: 'p-old' } }),
      'rejected',
    ],
    [
      'no "我"',
      file({
        format: BACKUP_FORMAT,
        version: 4,
        exportedAt: 1,
        state: { currentPersonId: 'p-mum', people: { 'p-mum': saved.people['p-mum'] } },
      }),
      'rejected',
    ],
    [
      'a current person who is not there',
      file({ format: BACKUP_FORMAT, version: 1, exportedAt: 1, state: { currentPersonId: 'dad', people: {} } }),
      'rejected',
    ],
    ['a missing export date', file({ format: BACKUP_FORMAT, version: 1, state: saved }), 'rejected'],
    ['an export date past what a Date can hold', file({ format: BACKUP_FORMAT, version: 4, exportedAt: 1e20, state: saved }), 'rejected'],
    ['a negative export date', file({ format: BACKUP_FORMAT, version: 4, exportedAt: -1e20, state: saved }), 'rejected'],
    [
      'a person called toString',
      file({
        format: BACKUP_FORMAT,
        version: 4,
        exportedAt: 1,
        state: { ...saved, people: { ...saved.people, toString: saved.people['p-mum'] } },
      }),
      'rejected',
    ],
    [
      'a step called valueOf',
      file({
        format: BACKUP_FORMAT,
        version: 4,
        exportedAt: 1,
        state: { ...saved, people: { ...saved.people, me: { ...saved.people.me, guides: { esim: { valueOf: { done: true, at: 1 } } } } } },
      }),
      'rejected',
    ],
    [
      'an own step under a catalogue step’s id',
      file({
        format: BACKUP_FORMAT,
        version: 4,
        exportedAt: 1,
        state: {
          ...saved,
          people: {
            ...saved.people,
            me: { ...saved.people.me, ownSteps: { 'physical-sim': { decide: { section: 'before', title: '又一个“想清楚”', at: 1 } } } },
          },
        },
      }),
      'rejected',
    ],
    ['a version 4 body labelled version 2', file({ format: BACKUP_FORMAT, version: 2, exportedAt: 1, state: saved }), 'rejected'],
    ['a version 0', file({ format: BACKUP_FORMAT, version: 0, exportedAt: 1, state: saved }), 'rejected'],
    ['a file over the size cap', `${backupText(saved, 1)}${' '.repeat(MAX_BACKUP_BYTES)}`, 'too-big'],
  ])('refuses %s', (_, text, problem) => {
    expect(readBackup(text)).toEqual({ ok: false, problem })
  })

  describe('limits checked before the file is parsed or walked', () => {
    /** A backup whose `guides` hold objects in objects, so the whole document nests `depth` levels. */
    const nested = (depth: number) => {
      const inner = depth - 4 // under the file, state, people and me
      return `{"format":"${BACKUP_FORMAT}","version":4,"exportedAt":1,"state":{"currentPersonId":"me","people":{"me":{"guides":${'{"a":'.repeat(inner - 1)}{}${'}'.repeat(inner - 1)}}}}}`
    }

    it('reads a file nested exactly as deep as the limit, and refuses one level deeper as unreadable', () => {
      expect(readBackup(nested(MAX_NESTING))).toEqual({ ok: false, problem: 'rejected' })
      expect(readBackup(nested(MAX_NESTING + 1))).toEqual({ ok: false, problem: 'unreadable' })
    })

    it('refuses a file with 40,000 nested objects under guides as unreadable, without an error', () => {
      expect(readBackup(nested(40_000))).toEqual({ ok: false, problem: 'unreadable' })
    })

    it('reads a file exactly at the size cap, and refuses one byte more', () => {
      const text = backupText(saved, 1)
      const padded = (bytes: number) => `${text}${' '.repeat(bytes - new TextEncoder().encode(text).length)}`
      expect(readBackup(padded(MAX_BACKUP_BYTES))).toEqual({ ok: true, backup: { exportedAt: 1, state: saved } })
      expect(readBackup(padded(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, problem: 'too-big' })
    })
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key and pollutes nothing', (key) => {
    const text = `{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":1,"state":{"currentPersonId":"me","people":{"me":{"name":null,"guides":{"${key}":{"polluted":{"done":true,"at":1}}}}}}}`
    expect(readBackup(text)).toEqual({ ok: false, problem: 'rejected' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('gives the preview each person’s marks, answers and note count per guide, leaving out removed people', () => {
    const me = saved.people.me!
    expect(summarise(saved.people)).toEqual([
      {
        personId: 'me',
        name: null,
        guides: [
          {
            guideId: 'physical-sim',
            marks: me.guides['physical-sim'],
            answers: { where: 'mainland', keep: 'cancel' },
            ownSteps: me.ownSteps['physical-sim'],
            ticked: 4,
            notes: 1,
          },
          { guideId: 'esim', marks: me.guides.esim, answers: {}, ownSteps: {}, ticked: 1, notes: 0 },
        ],
      },
      {
        personId: 'p-mum',
        name: '妈妈的卡',
        guides: [
          { guideId: 'esim', marks: saved.people['p-mum']!.guides.esim, answers: { watch: 'yes' }, ownSteps: {}, ticked: 1, notes: 0 },
        ],
      },
    ])
  })

  it('carries each person’s answers, and reads a version 2 backup with no answers yet', () => {
    const result = readBackup(backupText(saved, 1))
    expect(result.ok && result.backup.state.people.me?.answers['physical-sim']?.where).toEqual({ value: 'mainland', at: 1763779100000 })
    const old = readBackup(file({ format: BACKUP_FORMAT, version: 2, exportedAt: 1, state: fixture(2) }))
    expect(old.ok && old.backup.state.people.me).toMatchObject({
      answers: {},
      notes: { 'physical-sim': { 'channel-hall': { text: '工单号 A1234' } } },
    })
  })

  it.each([
    ['an answer that is not an option id', { where: { value: 'Mainland!', at: 1 } }],
    ['an answer without a time', { where: { value: 'uk' } }],
    ['an answer that is a number', { where: { value: 3, at: 1 } }],
  ])('refuses a backup with %s', (_, answers) => {
    const state = { ...saved, people: { ...saved.people, me: { ...saved.people.me!, answers: { 'physical-sim': answers } } } }
    expect(readBackup(file({ format: BACKUP_FORMAT, version: 4, exportedAt: 1, state }))).toEqual({ ok: false, problem: 'rejected' })
  })
})
