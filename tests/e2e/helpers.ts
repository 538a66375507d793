import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export const SCREENSHOT_DIR = 'test-results/screenshots'

/** axe: no serious or critical problems. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
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
