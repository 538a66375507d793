// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { earlyTapsAsProgress } from '../../src/progress/earlyTaps.ts'
import { keepEarlyTaps } from '../../src/page/earlyTaps.ts'
import { readEarlyTaps } from '../../src/storage/earlyTaps.ts'
import { EARLY_TAPS_KEY } from '../../src/storage/keys.ts'
import { useProgress, takeInEarlyTaps } from '../../src/progress/progressStore.ts'

/** A prerendered guide as the build writes it: native checkboxes and radios, marked with their ids. */
function prerenderedGuide() {
  document.body.innerHTML = `
    <div class="prerendered"><article data-guide="physical-sim">
      <input type="checkbox" data-step="settle-bill" />
      <input type="radio" name="where" value="uk" data-question="where" />
    </article></div>
    <article data-guide="esim"><input type="checkbox" data-step="decide" /></article>`
  keepEarlyTaps(document, window.localStorage)
}

const tap = (selector: string) => document.querySelector<HTMLInputElement>(selector)!.click()
const kept = () => JSON.parse(window.localStorage.getItem(EARLY_TAPS_KEY) ?? 'null')

describe('taps on the prerendered page, before the app’s script', () => {
  it('keeps each tick, untick and answer the moment it happens', () => {
    prerenderedGuide()
    tap('[data-step="settle-bill"]')
    tap('[data-step="settle-bill"]')
    tap('[data-question="where"]')
    expect(kept()).toEqual([
      { guideId: 'physical-sim', stepId: 'settle-bill', done: true, at: expect.any(Number) },
      { guideId: 'physical-sim', stepId: 'settle-bill', done: false, at: expect.any(Number) },
      { guideId: 'physical-sim', questionId: 'where', value: 'uk', at: expect.any(Number) },
    ])
  })

  it('ignores the app’s own checkboxes once the prerendered page is gone', () => {
    prerenderedGuide()
    tap('[data-step="decide"]')
    expect(kept()).toBeNull()
  })

  it('are taken into the store (the latest tap per step wins) and then forgotten', () => {
    prerenderedGuide()
    tap('[data-step="settle-bill"]')
    tap('[data-question="where"]')
    takeInEarlyTaps()
    const me = useProgress.getState().people.me
    expect(me?.guides['physical-sim']?.['settle-bill']?.done).toBe(true)
    expect(me?.answers['physical-sim']?.where?.value).toBe('uk')
    expect(window.localStorage.getItem(EARLY_TAPS_KEY)).toBeNull()
    takeInEarlyTaps()
    expect(useProgress.getState().people.me?.guides['physical-sim']?.['settle-bill']?.done).toBe(true)
  })

  it('leaves out anything malformed: odd ids, prototype names, bad times, wrong types', () => {
    const good = { guideId: 'esim', stepId: 'decide', done: true, at: 5 }
    const bad = [
      { ...good, guideId: '__proto__' },
      { ...good, stepId: 'toString' },
      { ...good, stepId: 'a'.repeat(65) },
      { ...good, done: 'yes' },
      { ...good, at: -1 },
      { ...good, at: 9e15 },
      { guideId: 'esim', questionId: 'where', value: 'Uk', at: 5 },
      null,
      7,
    ]
    window.localStorage.setItem(EARLY_TAPS_KEY, JSON.stringify([...bad, good]))
    expect(earlyTapsAsProgress(readEarlyTaps(window.localStorage))?.people.me?.guides).toEqual({ esim: { decide: { done: true, at: 5 } } })
    for (const text of ['not json', '{"a":1}', '[]', '{"__proto__":{"x":1}}']) {
      window.localStorage.setItem(EARLY_TAPS_KEY, text)
      expect(earlyTapsAsProgress(readEarlyTaps(window.localStorage))).toBeNull()
      // Nothing to take in, and gone: the page's first screen is not held back by junk for good.
      takeInEarlyTaps()
      expect(window.localStorage.getItem(EARLY_TAPS_KEY)).toBeNull()
    }
  })
})
