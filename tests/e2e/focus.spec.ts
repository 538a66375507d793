import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { SCREENSHOT_DIR, appIsRunning } from './helpers.ts'

/**
 * WCAG 2.2, 2.4.11 (Focus Not Obscured): whatever has keyboard focus shows
 * below the sticky bars (the header, and the guide's progress bar), whichever
 * way the person tabs.
 */
async function focusedIsInView(page: Page): Promise<{ problem: string | null; atFooter: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement
    const atFooter = focused instanceof HTMLAnchorElement && focused.textContent?.trim() === '进度与备份'
    return { problem: problemOf(focused), atFooter }

    function problemOf(focused: Element | null): string | null {
      if (!(focused instanceof HTMLElement) || focused === document.body) return null
      const box = focused.getBoundingClientRect()
      const bars = [...document.querySelectorAll<HTMLElement>('.app-header, .guide-progress')].filter((bar) => !bar.contains(focused))
      const name = `${focused.tagName.toLowerCase()} "${(focused.getAttribute('aria-label') ?? focused.closest('label, summary, a, button')?.textContent ?? '').trim().slice(0, 20)}"`
      // The bars span the screen's width, so a bar covers whatever it overlaps from top to bottom.
      const bar = bars
        .map((candidate) => candidate.getBoundingClientRect())
        .find((rect) => box.top < rect.bottom - 1 && box.bottom > rect.top + 1)
      if (bar) return `${name} is under a sticky bar (top ${Math.round(box.top)}, bar ${Math.round(bar.top)}–${Math.round(bar.bottom)})`
      if (box.bottom > window.innerHeight + 1) return `${name} is below the screen`
      return null
    }
  })
}

test('Tab and Shift+Tab through a whole guide never leave focus under a sticky bar', async ({ page }) => {
  // Focus scrolls at once, so where it lands can be read right after each key.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/guides/physical-sim')
  await appIsRunning(page)
  // A mainland number of one's own, to cancel: one of the longest paths, as that person sees it.
  for (const [question, option] of [
    ['你想怎么处理这个号码？', '注销，以后不用这个号码了'],
    ['这是谁的号码？', '我自己的'],
    ['这张卡是哪里的运营商？', '中国内地'],
    ['是哪家运营商的号码？', '中国移动'],
    ['你现在人在这个号码所属的国家或地区吗？', '在'],
    ['号码有合约，或者和宽带绑在一起吗？', '没有'],
  ]) {
    await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check()
  }
  const problems = new Set<string>()
  let steps = 0
  // Down to the footer…
  await page.getByRole('link', { name: '‹ 全部清单' }).focus()
  while (steps < 200) {
    await page.keyboard.press('Tab')
    steps += 1
    const { problem, atFooter } = await focusedIsInView(page)
    if (problem) problems.add(problem)
    if (atFooter) break
  }
  expect(steps).toBeGreaterThan(30)
  // …and back up to the top.
  for (let back = 0; back < steps; back += 1) {
    await page.keyboard.press('Shift+Tab')
    const { problem } = await focusedIsInView(page)
    if (problem) problems.add(problem)
  }
  expect([...problems]).toEqual([])
})

test('opening another screen moves focus to its heading, so a screen reader says where the person is', async ({ page }) => {
  await page.goto('/')
  await appIsRunning(page)
  // The screen the page opened on keeps the focus the browser gave it.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)

  await page.getByRole('link', { name: '实体手机卡：注销、转网、过户、保号' }).click()
  const guide = page.getByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })
  await expect(guide).toBeFocused()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-guide-heading.png` })

  // 进度与备份 loads its code when it opens: focus waits for its heading.
  await page.getByRole('link', { name: '进度与备份' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '进度与备份' })).toBeFocused()
  await page.goBack()
  await expect(guide).toBeFocused()

  // From the keyboard too, and Tab goes on from the heading into the screen.
  await page.getByRole('link', { name: '‹ 全部清单' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: '一步一步注销手机号' })).toBeFocused()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/focus-home-heading-keyboard.png` })
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('为谁办理')).toBeFocused()
})

test('a link to a step focuses that step, not the heading', async ({ page }) => {
  await page.goto('/guides/physical-sim')
  await page.getByRole('checkbox', { name: '结清欠费' }).check()
  await page.getByRole('link', { name: '‹ 全部清单' }).click()
  const card = page.getByRole('article', { name: '实体手机卡：注销、转网、过户、保号' })
  await card.getByRole('link', { name: '继续' }).click()
  await expect(page).toHaveURL(/#item-/)
  await expect(page.getByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })).not.toBeFocused()
  await expect(page.locator(':focus')).toHaveAttribute('type', 'checkbox')
})
