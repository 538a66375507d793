import { describe, expect, it } from 'vitest'
import { prerenderedScript, type Visit } from '../../src/app/prerenderGate.ts'
import { LANGUAGE_KEY } from '../../src/language/detect.ts'
import { EARLY_TAPS_KEY } from '../../src/progress/progressKey.ts'
import { PROGRESS_KEY } from '../../src/progress/savedProgress.ts'

const storage = (saved: Record<string, string> = {}) => ({ getItem: (key: string) => saved[key] ?? null })
const firstVisit: Visit = {
  prerenderedPath: '/guides/esim',
  pathname: '/guides/esim',
  prerenderedScripts: ['zh-Hans', 'zh-Hant'],
  storage: storage(),
  languages: ['zh-CN'],
}

const showsPrerendered = (visit: Visit) => prerenderedScript(visit) !== null

describe('prerenderedScript: the prerendered screen shows only when the app will draw the same', () => {
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

  it('not when anything is saved: ticks, notes, or data the app will report on', () => {
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
