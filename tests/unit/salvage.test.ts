import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { upgradeProgress } from '../../src/progress/migrations.ts'
import { salvageProgress } from '../../src/progress/salvage.ts'

const fixture = (version: number) => JSON.parse(readFileSync(resolve('tests/unit/fixtures', `progress-v${version}.json`), 'utf8'))
const damage = (change: (state: ReturnType<typeof fixture>['state']) => void, version = 4) => {
  const saved = fixture(version)
  change(saved.state)
  return JSON.stringify(saved)
}
const none = { marks: 0, notes: 0, answers: 0, ownSteps: 0, people: 0, other: 0 }

describe('reading what can still be read of a damaged save', () => {
  it('keeps every other mark, note and person when one mark is damaged, and says one mark was lost', () => {
    const result = salvageProgress(damage((state) => (state.people.me.guides['physical-sim'].backup = { done: 'yes', at: 1 })))
    expect(result?.lost).toEqual({ ...none, marks: 1 })
    const me = result?.progress.people.me
    expect(me?.guides['physical-sim']).toEqual({
      decide: { done: true, at: 1763779200000 },
      'settle-bill': { done: true, at: 1763779260000 },
      'channel-hall': { done: true, at: 1763865600000 },
      'own-mi1c2d3e': { done: true, at: 1763779560000 },
    })
    expect(me?.ownSteps['physical-sim']?.['own-mi1c2d3e']?.title).toBe('解绑招商银行')
    expect(me?.notes['physical-sim']?.['channel-hall']?.text).toBe('工单号 A1234')
    expect(result?.progress.people['p-mum']?.name).toBe('妈妈的卡')
    expect(result?.progress.currentPersonId).toBe('p-mum')
  })

  it('drops an own step kept under an id that is not own-…, and keeps the rest', () => {
    const result = salvageProgress(
      damage((state) => (state.people.me.ownSteps['physical-sim'].decide = { section: 'before', title: '冒充的步骤', at: 1 })),
    )
    expect(result?.lost).toEqual({ ...none, ownSteps: 1 })
    expect(Object.keys(result?.progress.people.me?.ownSteps['physical-sim'] ?? {})).toEqual(['own-mi1c2d3e', 'own-mi1c2d3f'])
  })

  it('keeps the other people when one person is not readable at all', () => {
    const result = salvageProgress(damage((state) => (state.people['p-mum'] = 'broken')))
    expect(result?.lost).toEqual({ ...none, people: 1 })
    expect(Object.keys(result?.progress.people ?? {})).toEqual(['me', 'p-old'])
    expect(result?.progress.currentPersonId).toBe('me')
  })

  it('counts a damaged note, answer, name and unknown field, keeping everything else', () => {
    const result = salvageProgress(
      damage((state) => {
        state.people.me.notes['physical-sim']['channel-hall'].text = 42
        state.people.me.answers['physical-sim'].where.value = 'Mainland!'
        state.people['p-mum'].name = '名'.repeat(30)
        state.people['p-mum'].colour = 'red'
      }),
    )
    expect(result?.lost).toEqual({ ...none, notes: 1, answers: 1, other: 2 })
    expect(result?.progress.people.me?.answers['physical-sim']).toEqual({ plan: { value: 'cancel', at: 1763779110000 } })
    expect(result?.progress.people['p-mum']?.guides.esim?.decide?.done).toBe(true)
  })

  it('reads a newer body under an older label whole: nothing is lost', () => {
    const mislabelled = JSON.stringify({ ...fixture(5), version: 1 })
    const result = salvageProgress(mislabelled)
    expect(result?.lost).toEqual(none)
    expect(result?.progress.people.me).toEqual(fixture(5).state.people.me)
    expect(result?.progress.people['p-old']).toEqual(fixture(5).state.people['p-old'])
  })

  it('reads the answers of a save from before version 5 as the new questions, as an upgrade does', () => {
    const result = salvageProgress(damage((state) => (state.people.me.guides['physical-sim'].backup = { done: 'yes', at: 1 })))
    expect(result?.progress.people.me?.answers['physical-sim']).toEqual({
      where: { value: 'mainland', at: 1763779100000 },
      plan: { value: 'cancel', at: 1763779110000 },
    })
    expect(result?.progress.people['p-mum']?.answers).toEqual(upgradeProgress(fixture(4).state, 4)?.people['p-mum']?.answers)
  })

  it('reads an older body whatever it is labelled, filling in what that version did not have', () => {
    const result = salvageProgress(JSON.stringify({ ...fixture(1), version: 4 }))
    expect(result?.lost).toEqual(none)
    expect(result?.progress.people.me).toMatchObject({ removed: false, notes: {}, answers: {}, ownSteps: {} })
    expect(result?.progress.people.me?.guides['physical-sim']?.decide).toEqual({ done: true, at: 1763779200000 })
  })

  it('drops ids that could reach a prototype, and never pollutes one', () => {
    const raw = damage((state) => {
      state.people.me.guides.toString = { a: { done: true, at: 1 } }
      state.people.me.guides.esim.valueOf = { done: true, at: 1 }
    }).replace('"p-old"', '"__proto__"')
    const result = salvageProgress(raw)
    expect(result?.lost).toEqual({ ...none, marks: 2, people: 1 })
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(result?.progress.people.me?.guides.esim).toEqual({ 'delete-is-not-cancel': { done: true, at: 1763952000000 } })
  })

  it('always leaves "我" there and not removed, and a removed person empty', () => {
    const result = salvageProgress(
      damage((state) => {
        state.people.me.removed = true
        state.people['p-old'].guides = { esim: { decide: { done: true, at: 1 } } }
      }),
    )
    expect(result?.progress.people.me?.removed).toBe(false)
    expect(result?.progress.people.me?.guides['physical-sim']?.decide?.done).toBe(true)
    expect(result?.progress.people['p-old']).toMatchObject({ removed: true, guides: {} })
  })

  it.each(['', 'not json', '[]', '{"version":3}', '{"version":3,"state":{"people":[]}}', 'null'])('finds nothing to read in %j', (raw) => {
    expect(salvageProgress(raw)).toBeNull()
  })
})
