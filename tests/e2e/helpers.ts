import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type BrowserContext, type Page } from '@playwright/test'
import { fitGuide, type Answers } from '../../src/catalogue/fitToCase.ts'
import { guideProgress } from '../../src/catalogue/guideProgress.ts'
import type { Catalogue } from '../../src/catalogue/schema.ts'
import { fingerprint } from '../../src/boot/keptScreens.ts'
import { LAST_SCREEN_KEY, PROGRESS_KEY } from '../../src/storage/keys.ts'

export const SCREENSHOT_DIR = 'test-results/screenshots'

/** The app's script never arrives: what shows is what a slow phone shows first. */
export const withoutScripts = (target: Page | BrowserContext) => target.route('**/assets/*.js', (route) => route.abort())
/** The stand-in header that shows while the app loads, when the page has no screen it may show. */
export const standIn = (page: Page) => page.locator('.boot-header')
/**
 * How many steps a guide counts for these answers (none: a first visit's path), read from the
 * catalogue the build ships, so a test's "已完成 0/5 步" follows the guide when its steps change.
 */
let shippedGuides: Catalogue['guides'] | undefined
export function stepsOnPath(guideId: string, answers: Answers = {}): number {
  shippedGuides ??= (JSON.parse(readFileSync('public/catalogue/zh-Hans.json', 'utf8')) as Catalogue).guides
  const guide = shippedGuides.find((candidate) => candidate.id === guideId)
  if (!guide) throw new Error(`no guide ${guideId} in the catalogue`)
  return guideProgress(fitGuide(guide, answers), () => false).total
}

/** The text a reader sees, without the line breaks between its parts. */
export const shown = (text: string) => text.replace(/\s+/g, '')
/** The page's layout shift so far (CLS), from the browser's own observer. */
export const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0))
        }).observe({ type: 'layout-shift', buffered: true })
        // No entries at all: the observer never calls back.
        setTimeout(() => resolve(0), 500)
      }),
  )

/** Waits until the app has kept the screen at `path` for the next visit, drawn from the progress saved now. */
export async function keptScreen(page: Page, path: string) {
  const keptFromSaved = async () => {
    const { saved, kept } = await page.evaluate(
      ({ path, keys }) => ({
        saved: window.localStorage.getItem(keys.progress),
        kept: (JSON.parse(window.localStorage.getItem(keys.kept) ?? '{}') as { screens?: Record<string, { progress: string }> }).screens?.[
          path
        ]?.progress,
      }),
      { path, keys: { progress: PROGRESS_KEY, kept: LAST_SCREEN_KEY } },
    )
    return saved !== null && kept === fingerprint(saved)
  }
  // The app keeps it a moment after the last change; a busy machine may take longer.
  await expect.poll(keptFromSaved, { timeout: 15_000 }).toBe(true)
}

/**
 * Waits until the app runs the screen: its buttons respond. Before that, a
 * screen painted ahead of the app's script shows its buttons but they wait
 * for the app (inert), and a tap on a box there is kept for the app.
 */
export async function appIsRunning(page: Page) {
  await expect(page.getByRole('button').first()).toBeVisible()
  await expect(page.locator('button[inert]')).toHaveCount(0)
}

/** The page opens as if the app had never kept a screen (for what shows without one). */
export const withoutKeptScreen = (page: Page) => page.addInitScript((key) => window.localStorage.removeItem(key), LAST_SCREEN_KEY)

/**
 * axe: no serious or critical problems. In legacy mode axe runs in the page
 * itself; by default it opens a new tab to finish every run, which on a busy
 * 2-core machine took longer than a test may. Our pages have no frames, the
 * one thing legacy mode does not cover.
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze()
  const bad = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(bad.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([])
}

/** Nothing wider than the phone: no sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
}

/** Every visible button, link, checkbox and disclosure is at least 44 × 44 CSS px to tap. */
export async function expectComfortableTapTargets(page: Page) {
  const small = await page.evaluate(() => {
    const targets = document.querySelectorAll<HTMLElement>('button, a[href], summary, label:has(input)')
    return [...targets]
      .filter((element) => element.checkVisibility() && !element.classList.contains('skip-link'))
      .map((element) => {
        const box = element.getBoundingClientRect()
        return { text: element.textContent?.trim().slice(0, 20), width: Math.round(box.width), height: Math.round(box.height) }
      })
      .filter((box) => box.width < 44 || box.height < 44)
  })
  expect(small).toEqual([])
}
