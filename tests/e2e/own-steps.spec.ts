import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { SCREENSHOT_DIR, expectAccessible, expectNoSidewaysScroll, stepsOnPath } from './helpers.ts'

/** A first visit's path through the physical-SIM guide: how many steps it counts. */
const FIRST_PATH = stepsOnPath('physical-sim')

const GUIDE = '/guides/physical-sim'
const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true })
const progressText = (page: Page) => page.locator('.guide-progress .progress-meter')

async function addStep(page: Page, section: string, text: string) {
  const region = page.getByRole('region', { name: section })
  const summary = region.locator('.add-own-step > summary')
  if (!(await region.locator('.add-own-step').evaluate((details) => (details as HTMLDetailsElement).open))) await summary.click()
  await region.getByRole('textbox', { name: new RegExp(`^在[“「]${section}[”」]`) }).fill(text)
  await region.locator('.own-step-form button[type="submit"]').click()
}

test('an own step is added, ticked, counted, kept after a reload, and shown as typed in 繁體', async ({ page }) => {
  await page.goto(GUIDE)
  await expect(progressText(page)).toContainText(`已完成 0/${FIRST_PATH} 步`)
  await addStep(page, '开始之前', '解绑招商银行')
  await addStep(page, '开始之前', '解绑微信里的银行卡')
  await expect(progressText(page)).toContainText(`已完成 0/${FIRST_PATH + 2} 步`)
  await checkbox(page, '解绑招商银行').check()
  await expect(progressText(page)).toContainText(`已完成 1/${FIRST_PATH + 2} 步`)
  await expectNoSidewaysScroll(page)
  await checkbox(page, '解绑微信里的银行卡').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/own-steps-zh-Hans.png` })
  await expectAccessible(page)

  await page.reload()
  await expect(checkbox(page, '解绑招商银行')).toBeChecked()
  await expect(checkbox(page, '解绑微信里的银行卡')).not.toBeChecked()
  await expect(progressText(page)).toContainText(`已完成 1/${FIRST_PATH + 2} 步`)

  await page.getByRole('button', { name: '繁·台' }).click()
  const region = page.getByRole('region', { name: '開始之前' })
  // The person's own words stay as they typed them.
  await expect(region.getByRole('checkbox', { name: '解绑招商银行', exact: true })).toBeChecked()
  await expect(progressText(page)).toContainText(`已完成 1/${FIRST_PATH + 2} 步`)
  await region.locator('.add-own-step > summary').click()
  await expect(region.getByRole('textbox', { name: '在「開始之前」這一節加一步' })).toBeVisible()
  await checkbox(page, '解绑微信里的银行卡').scrollIntoViewIfNeeded()
  await expectNoSidewaysScroll(page)
  await page.screenshot({ path: `${SCREENSHOT_DIR}/own-steps-zh-Hant.png` })

  // Home counts them too.
  await page.goto('/')
  await expect(page.getByRole('article', { name: '實體 SIM 卡：退租、攜碼、過戶或保留門號' })).toContainText(`已完成 1/${FIRST_PATH + 2}`)
})

test('an own step can be deleted and brought back with 撤销, and is printed and shared with the rest', async ({ page }) => {
  await page.goto(GUIDE)
  await addStep(page, '准备材料', '带上银行卡')
  await checkbox(page, '带上银行卡').check()
  const row = page.locator('li', { has: checkbox(page, '带上银行卡') })
  await row.locator('summary').click()
  await row.getByRole('button', { name: '删除这一步' }).click()
  await expect(checkbox(page, '带上银行卡')).toHaveCount(0)
  await expect(progressText(page)).toContainText(`已完成 0/${FIRST_PATH} 步`)
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(checkbox(page, '带上银行卡')).toBeChecked()

  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    })
  })
  await page.getByRole('button', { name: '分享文字' }).click()
  await expect(page.getByText('已复制，可以粘贴到微信、短信或备忘录里。')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toContain('✓ 带上银行卡')

  await page.setViewportSize({ width: 718, height: 1047 })
  await page.emulateMedia({ media: 'print' })
  await expect(checkbox(page, '带上银行卡')).toBeVisible()
  expect(await page.locator('.add-own-step').count()).toBeGreaterThan(0)
  for (const control of await page.locator('.add-own-step').all()) await expect(control).toBeHidden()
})
