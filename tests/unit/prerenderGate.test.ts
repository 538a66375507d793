import { describe, expect, it } from 'vitest'
import { firstPaint, type Visit } from '../../src/app/prerenderGate.ts'
import { LANGUAGE_KEY } from '../../src/language/detect.ts'
import { EARLY_TAPS_KEY } from '../../src/progress/progressKey.ts'
import { stepsTickedForFirstPaint } from '../../src/progress/firstPaint.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { PROGRESS_KEY } from '../../src/progress/savedProgress.ts'

const storage = (saved: Record<string, string> = {}) => ({ getItem: (key: string) => saved[key] ?? null })
const firstVisit: Visit = {
  prerenderedPath: '/guides/esim',
  pathname: '/guides/esim',
  prerenderedScripts: ['zh-Hans', 'zh-Hant'],
  storage: storage(),
  languages: ['zh-CN'],
}

const showsPrerendered = (visit: Visit) => firstPaint(visit) !== null
const prerenderedScript = (visit: Visit) => firstPaint(visit)?.script ?? null

describe('firstPaint: the prerendered screen shows only when the app will draw the same', () => {
  it('shows for a first visit in Simplified on the page it was made for', () => {
    expect(showsPrerendered(firstVisit)).toBe(true)
    expect(showsPrerendered({ ...firstVisit, languages: ['en-US'] })).toBe(true)
    expect(showsPrerendered({ ...firstVisit, languages: [] })).toBe(true)
    expect(showsPrerendered({ ...firstVisit, storage: storage({ [LANGUAGE_KEY]: 'zh-Hans' }), languages: ['zh-TW'] })).toBe(true)
  })

  it('not while taps made before the script are still waiting for the app (they would not show in it)', () => {
    expect(showsPrerendered({ ...firstVisit, storage: storage({ [EARLY_TAPS_KEY]: '[]' }) })).toBe(false)
  })

  it('not on another page (index.html also answers unknown paths)', () => {
    expect(showsPrerendered({ ...firstVisit, pathname: '/settings' })).toBe(false)
    expect(showsPrerendered({ ...firstVisit, pathname: '/guides/esim/' })).toBe(false)
  })

  it('with a returning visitor’s ticks on a guide, when the saved state is simple enough to draw as the app will', () => {
    const me = (guides: object, more: object = {}) =>
      JSON.stringify({
        version: 3,
        state: { currentPersonId: 'me', people: { me: { name: null, at: 0, removed: false, guides, notes: {}, answers: {}, ...more } } },
      })
    const ticks = {
      esim: { decide: { done: true, at: 1 }, backup: { done: false, at: 2 } },
      'physical-sim': { decide: { done: true, at: 3 } },
    }
    expect(firstPaint({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: me(ticks) }) })).toEqual({
      script: 'zh-Hans',
      ticked: ['decide'],
    })
    // Answers or a note in this guide change the screen; so would another person, a name, or anything odd.
    const cannot = [
      me(ticks, { answers: { esim: { watch: { value: 'yes', at: 1 } } } }),
      me(ticks, { notes: { esim: { decide: { text: '工单号', at: 1 } } } }),
      me(ticks, { name: '小红' }),
      me({ esim: { decide: { done: true, at: -1 } } }),
      me({ esim: { toString: { done: true, at: 1 } } }),
      me(ticks).replace('"version":3', '"version":4'),
      me(ticks).replace('"people":{', '"people":{"p-mum":{"name":"妈妈","at":0,"removed":false,"guides":{},"notes":{},"answers":{}},'),
    ]
    for (const saved of cannot) expect(firstPaint({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: saved }) }), saved).toBeNull()
    // Answers and notes elsewhere, or emptied ones here, change nothing on this screen.
    const elsewhere = me(ticks, {
      answers: { esim: { watch: { value: '', at: 1 } } },
      notes: { 'physical-sim': { decide: { text: '笔记', at: 1 } } },
    })
    expect(firstPaint({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: elsewhere }) })?.ticked).toEqual(['decide'])
    // Home, with its cards, waits for the app.
    expect(firstPaint({ ...firstVisit, prerenderedPath: '/', pathname: '/', storage: storage({ [PROGRESS_KEY]: me(ticks) }) })).toBeNull()
  })

  it('not when anything is saved that it cannot draw: data the app will report on', () => {
    for (const saved of ['{"version":2,"state":{}}', 'not json', '']) {
      expect(showsPrerendered({ ...firstVisit, storage: storage({ [PROGRESS_KEY]: saved }) })).toBe(false)
    }
  })

  it('in Traditional for a Traditional reader, by choice or by browser language', () => {
    expect(prerenderedScript({ ...firstVisit, storage: storage({ [LANGUAGE_KEY]: 'zh-Hant' }) })).toBe('zh-Hant')
    for (const languages of [['zh-TW'], ['zh-HK'], ['en-US', 'zh-Hant']]) {
      expect(prerenderedScript({ ...firstVisit, languages })).toBe('zh-Hant')
    }
    expect(prerenderedScript(firstVisit)).toBe('zh-Hans')
  })

  it('not in a script the page does not carry', () => {
    expect(prerenderedScript({ ...firstVisit, prerenderedScripts: ['zh-Hans'], languages: ['zh-TW'] })).toBeNull()
  })
})

describe('stepsTickedForFirstPaint reads what the app itself saves', () => {
  it('accepts the store’s own save, so the page and the app never disagree on the format', () => {
    useProgress.getState().toggleStep('esim', 'decide', true)
    useProgress.getState().toggleStep('esim', 'backup', true)
    useProgress.getState().toggleStep('esim', 'backup', false)
    const saved = window.localStorage.getItem(PROGRESS_KEY) ?? ''
    expect(stepsTickedForFirstPaint(saved, 'esim')).toEqual(['decide'])
    useProgress.getState().setNote('esim', 'decide', '工单号')
    expect(stepsTickedForFirstPaint(window.localStorage.getItem(PROGRESS_KEY) ?? '', 'esim')).toBeNull()
  })
})
