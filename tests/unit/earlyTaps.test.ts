// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { earlyTapsAsProgress, takeInEarlyTaps } from '../../src/boot/takeInEarlyTaps.ts'
import { giveBackPlace, recordEarlyTaps, whenReleased } from '../../src/boot/earlyTaps.ts'
import { readEarlyTaps } from '../../src/boot/earlyTaps.ts'
import { EARLY_TAPS_KEY } from '../../src/storage/keys.ts'
import { useProgress } from '../../src/progress/progressStore.ts'

/** A prerendered guide as the build writes it: native checkboxes and radios, marked with their ids. */
function prerenderedGuide() {
  document.body.innerHTML = `
    <div class="prerendered"><article data-guide="physical-sim">
      <input type="checkbox" data-step="settle-bill" />
      <input type="radio" name="where" value="uk" data-question="where" />
    </article></div>
    <article data-guide="esim"><input type="checkbox" data-step="decide" /></article>`
  recordEarlyTaps(document, window.localStorage)
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

describe('the app’s first render waits for a press on the page to end', () => {
  it('at once when nothing is pressed; after the press and its click when something is; at most a moment for a press held still', async () => {
    vi.useFakeTimers()
    try {
      prerenderedGuide()
      const box = document.querySelector<HTMLInputElement>('[data-step="settle-bill"]')!
      const press = (type: string) => box.dispatchEvent(new Event(type, { bubbles: true }))
      const settled = (promise: Promise<void>) => {
        let done = false
        void promise.then(() => (done = true))
        return () => done
      }
      const free = settled(whenReleased(document))
      await vi.advanceTimersByTimeAsync(0)
      expect(free()).toBe(true)

      press('pointerdown')
      const afterPress = settled(whenReleased(document))
      await vi.advanceTimersByTimeAsync(1000)
      expect(afterPress()).toBe(false)
      // The finger lifts: its click lands on the page's own box (kept for the app), then the app may draw.
      press('pointerup')
      box.click()
      expect(afterPress()).toBe(false)
      await vi.advanceTimersByTimeAsync(0)
      expect(afterPress()).toBe(true)
      expect((kept() as unknown[]).at(-1)).toEqual({ guideId: 'physical-sim', stepId: 'settle-bill', done: true, at: expect.any(Number) })

      // A press that never ends where the page can see it (held still, or let go outside): the app draws anyway.
      press('pointerdown')
      const held = settled(whenReleased(document))
      await vi.advanceTimersByTimeAsync(1999)
      expect(held()).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(held()).toBe(true)
      press('pointercancel')
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('what a person left on the page before the app, given back once the app runs the screen', () => {
  it('reopens each step’s 说明 they opened (and not one they closed again), and puts the focus back on the same box', () => {
    const guide = (where: string) => `
      <article data-guide="physical-sim">
        <ol><li id="item-settle-bill"><input type="checkbox" data-step="settle-bill" /><details><summary>说明</summary>结清</details></li>
        <li id="item-decide"><input type="checkbox" data-step="decide" /><details><summary>说明</summary>想清楚</details></li></ol>
      </article>${where}`
    document.body.innerHTML = `<div class="prerendered">${guide('')}</div>`
    recordEarlyTaps(document, window.localStorage)
    const toggle = (id: string, open: boolean) => {
      const details = document.querySelector<HTMLDetailsElement>(`#${id} > details`)!
      details.open = open
      details.dispatchEvent(new Event('toggle'))
    }
    toggle('item-settle-bill', true)
    toggle('item-decide', true)
    toggle('item-decide', false)
    document.querySelector<HTMLInputElement>('[data-step="decide"]')!.focus()
    // The app's first render: the same steps, drawn anew, everything closed.
    document.body.innerHTML = guide('')
    giveBackPlace(document)
    expect(document.querySelector<HTMLDetailsElement>('#item-settle-bill > details')!.open).toBe(true)
    expect(document.querySelector<HTMLDetailsElement>('#item-decide > details')!.open).toBe(false)
    expect(document.activeElement).toBe(document.querySelector('[data-step="decide"]'))
    // Given back once: a later render is the person's own doing.
    document.querySelector<HTMLDetailsElement>('#item-settle-bill > details')!.open = false
    giveBackPlace(document)
    expect(document.querySelector<HTMLDetailsElement>('#item-settle-bill > details')!.open).toBe(false)
  })

  it('tells the app of a 说明 it took over open (it did not hear it open), so what it adds under it comes', () => {
    document.body.innerHTML = `<div class="prerendered"><ol><li id="item-settle-bill"><input type="checkbox" data-step="settle-bill" /><details><summary>说明</summary>结清</details></li></ol></div>`
    recordEarlyTaps(document, window.localStorage)
    const details = document.querySelector<HTMLDetailsElement>('#item-settle-bill > details')!
    details.open = true
    details.dispatchEvent(new Event('toggle'))
    // Taken over as it is: the same <details>, still open; now the app listens to it.
    document.querySelector('.prerendered')!.className = 'app-screen'
    const heard: boolean[] = []
    details.addEventListener('toggle', () => heard.push(details.open))
    giveBackPlace(document)
    expect(heard).toEqual([true])
    expect(details.open).toBe(true)
  })
})
