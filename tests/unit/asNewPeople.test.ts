import { describe, expect, it } from 'vitest'
import { progressAsNewPeople, unusedName } from '../../src/backup/asNewPeople.ts'
import { NAME_MAX, newPerson, type SavedProgress } from '../../src/progress/savedProgress.ts'

const names = { here: (name: string | null) => name ?? '我', arriving: (name: string | null) => name ?? '另一台设备上的我' }

describe('taking people in as new people', () => {
  const here: SavedProgress = {
    currentPersonId: 'me',
    people: { me: newPerson(null, 0), 'p-mum': { ...newPerson('妈妈的卡', 1), guides: { esim: { decide: { done: true, at: 2 } } } } },
  }

  it('adds each person who arrives under a new id and a name no one here has, and changes no one here', () => {
    const arriving = {
      'p-mum': { ...newPerson('妈妈的卡', 3), guides: { esim: { backup: { done: true, at: 4 } } } },
      me: newPerson(null, 3),
      'p-gone': { ...newPerson('旧卡', 3), removed: true },
    }
    const after = progressAsNewPeople(here, arriving, { names, now: 10, show: false })
    expect(after.people.me).toEqual(here.people.me)
    expect(after.people['p-mum']).toEqual(here.people['p-mum'])
    const added = Object.entries(after.people).filter(([personId]) => !(personId in here.people))
    expect(added.map(([, person]) => [person.name, person.guides])).toEqual([
      ['妈妈的卡（2）', { esim: { backup: { done: true, at: 4 } } }],
      ['另一台设备上的我', {}],
    ])
    expect(after.currentPersonId).toBe('me')
  })

  it('shows the one a link brought', () => {
    const after = progressAsNewPeople(here, { me: newPerson(null, 3) }, { names, now: 10, show: true })
    expect(after.people[after.currentPersonId]?.name).toBe('另一台设备上的我')
  })

  it('numbers a taken name, shortened so it still fits', () => {
    expect(unusedName('妈妈的卡', new Set(['我']))).toBe('妈妈的卡')
    expect(unusedName('妈妈的卡', new Set(['妈妈的卡', '妈妈的卡（2）']))).toBe('妈妈的卡（3）')
    const long = '一'.repeat(NAME_MAX)
    expect(unusedName(long, new Set([long]))).toBe(`${'一'.repeat(NAME_MAX - 3)}（2）`)
  })
})
