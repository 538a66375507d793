import { describe, expect, it } from 'vitest'
import { mergeProgress } from '../../src/progress/mergeProgress.ts'
import type { SavedProgress } from '../../src/progress/savedProgress.ts'

const progress = (people: SavedProgress['people'], currentPersonId = 'me'): SavedProgress => ({ people, currentPersonId })

describe('merging progress step by step', () => {
  it('keeps every step either side has, the later change winning', () => {
    const ours = progress({ me: { name: null, guides: { esim: { a: { done: true, at: 10 }, b: { done: true, at: 10 } } } } })
    const theirs = progress({
      me: { name: null, guides: { esim: { b: { done: false, at: 20 }, c: { done: true, at: 5 } }, 'physical-sim': { x: { done: true, at: 1 } } } },
    })
    expect(mergeProgress(ours, theirs).people.me?.guides).toEqual({
      esim: { a: { done: true, at: 10 }, b: { done: false, at: 20 }, c: { done: true, at: 5 } },
      'physical-sim': { x: { done: true, at: 1 } },
    })
  })

  it('prefers ours on a tie, keeps our current person and both sides’ people', () => {
    const ours = progress({ me: { name: null, guides: { esim: { a: { done: true, at: 10 } } } } }, 'me')
    const theirs = progress(
      { me: { name: null, guides: { esim: { a: { done: false, at: 10 } } } }, mum: { name: '妈妈的卡', guides: {} } },
      'mum',
    )
    const merged = mergeProgress(ours, theirs)
    expect(merged.people.me?.guides.esim?.a).toEqual({ done: true, at: 10 })
    expect(merged.people.mum?.name).toBe('妈妈的卡')
    expect(merged.currentPersonId).toBe('me')
  })

  it('does not change either input', () => {
    const ours = progress({ me: { name: null, guides: { esim: { a: { done: true, at: 1 } } } } })
    const theirs = progress({ me: { name: null, guides: { esim: { b: { done: true, at: 2 } } } } })
    const before = JSON.stringify([ours, theirs])
    mergeProgress(ours, theirs)
    expect(JSON.stringify([ours, theirs])).toBe(before)
  })
})
