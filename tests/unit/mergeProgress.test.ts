import { describe, expect, it } from 'vitest'
import { mergeProgress } from '../../src/progress/mergeProgress.ts'
import { newPerson, type SavedProgress } from '../../src/progress/savedProgress.ts'

const person = (name: string | null) => newPerson(name, 0)

const progress = (people: SavedProgress['people'], currentPersonId = 'me'): SavedProgress => ({ people, currentPersonId })

describe('merging progress step by step', () => {
  it('keeps every step either side has, the later change winning', () => {
    const ours = progress({ me: { ...person(null), guides: { esim: { a: { done: true, at: 10 }, b: { done: true, at: 10 } } } } })
    const theirs = progress({
      me: {
        ...person(null),
        guides: { esim: { b: { done: false, at: 20 }, c: { done: true, at: 5 } }, 'physical-sim': { x: { done: true, at: 1 } } },
      },
    })
    expect(mergeProgress(ours, theirs).people.me?.guides).toEqual({
      esim: { a: { done: true, at: 10 }, b: { done: false, at: 20 }, c: { done: true, at: 5 } },
      'physical-sim': { x: { done: true, at: 1 } },
    })
  })

  it('prefers ours on a tie, keeps our current person and both sides’ people', () => {
    const ours = progress({ me: { ...person(null), guides: { esim: { a: { done: true, at: 10 } } } } }, 'me')
    const theirs = progress(
      { me: { ...person(null), guides: { esim: { a: { done: false, at: 10 } } } }, mum: { ...person('妈妈的卡'), guides: {} } },
      'mum',
    )
    const merged = mergeProgress(ours, theirs)
    expect(merged.people.me?.guides.esim?.a).toEqual({ done: true, at: 10 })
    expect(merged.people.mum?.name).toBe('妈妈的卡')
    expect(merged.currentPersonId).toBe('me')
  })

  it('does not change either input', () => {
    const ours = progress({ me: { ...person(null), guides: { esim: { a: { done: true, at: 1 } } } } })
    const theirs = progress({ me: { ...person(null), guides: { esim: { b: { done: true, at: 2 } } } } })
    const before = JSON.stringify([ours, theirs])
    mergeProgress(ours, theirs)
    expect(JSON.stringify([ours, theirs])).toBe(before)
  })

  it('keeps the later note per step, and the later name per person', () => {
    const ours = progress({
      me: { ...person('我自己'), at: 30, notes: { esim: { a: { text: '工单号 1', at: 10 }, b: { text: '', at: 40 } } } },
    })
    const theirs = progress({
      me: { ...person('小明'), at: 20, notes: { esim: { a: { text: '工单号 2', at: 15 }, b: { text: '旧备注', at: 5 } } } },
    })
    const merged = mergeProgress(ours, theirs).people.me
    expect(merged?.name).toBe('我自己')
    expect(merged?.notes.esim).toEqual({ a: { text: '工单号 2', at: 15 }, b: { text: '', at: 40 } })
  })

  it('keeps a later removal: the removed person’s older ticks and notes do not come back', () => {
    const removed = { ...person(null), at: 50, removed: true }
    const stale = {
      ...person('妈妈的卡'),
      at: 10,
      guides: { esim: { a: { done: true, at: 40 } } },
      notes: { esim: { a: { text: 'x', at: 40 } } },
    }
    expect(mergeProgress(progress({ me: person(null), mum: removed }), progress({ me: person(null), mum: stale })).people.mum).toEqual(
      removed,
    )
    expect(mergeProgress(progress({ me: person(null), mum: stale }, 'mum'), progress({ me: person(null), mum: removed }))).toEqual(
      progress({ me: person(null), mum: removed }, 'me'),
    )
  })

  it('brings a person back when the undo of the removal is later than the removal', () => {
    const back = { ...person('妈妈的卡'), at: 60, guides: { esim: { a: { done: true, at: 40 } } } }
    const removed = { ...person(null), at: 50, removed: true }
    expect(mergeProgress(progress({ me: person(null), mum: removed }), progress({ me: person(null), mum: back })).people.mum).toEqual(back)
  })
})

describe('merging never reads what a plain object inherits', () => {
  it('keeps a person, guide or step whose id only the other side has, even if it names an Object.prototype member', () => {
    // Such ids are refused where data enters; the merge stays correct even if one slipped through.
    const ours: SavedProgress = { people: { me: newPerson(null, 0) }, currentPersonId: 'me' }
    const theirs = JSON.parse(
      '{"people":{"me":{"name":null,"at":0,"removed":false,"guides":{"toString":{"valueOf":{"done":true,"at":5}}},"notes":{},"answers":{}},"hasOwnProperty":{"name":"x","at":1,"removed":false,"guides":{},"notes":{},"answers":{}}},"currentPersonId":"me"}',
    ) as SavedProgress
    const merged = mergeProgress(ours, theirs)
    expect(merged.people.me?.guides.toString).toEqual({ valueOf: { done: true, at: 5 } })
    expect(merged.people.hasOwnProperty).toMatchObject({ name: 'x', removed: false })
    expect(JSON.parse(JSON.stringify(merged))).toEqual(merged)
  })
})

describe('merging own steps', () => {
  const withOwn = (ownSteps: SavedProgress['people'][string]['ownSteps']) => progress({ me: { ...person(null), ownSteps } })

  it('keeps each side’s own steps, the later wording or deletion winning, so a deleted step does not come back', () => {
    const ours = withOwn({
      esim: { 'own-a': { section: 'before', title: '解绑银行', at: 10 }, 'own-b': { section: 'before', title: '', at: 30 } },
    })
    const theirs = withOwn({
      esim: {
        'own-a': { section: 'before', title: '解绑工商银行', at: 20 },
        'own-b': { section: 'before', title: '解绑支付宝', at: 5 },
        'own-c': { section: 'after', title: '收好凭证', at: 1 },
      },
    })
    expect(mergeProgress(ours, theirs).people.me?.ownSteps).toEqual({
      esim: {
        'own-a': { section: 'before', title: '解绑工商银行', at: 20 },
        'own-b': { section: 'before', title: '', at: 30 },
        'own-c': { section: 'after', title: '收好凭证', at: 1 },
      },
    })
  })
})
