import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { SCREENSHOT_DIR, expectAccessible, expectComfortableTapTargets, expectNoSidewaysScroll } from './helpers.ts'

/** What the page handed the share sheet: a link's title and url, or the names and types of its files. */
type Handed = { title?: string; url?: string; files?: { name: string; type: string }[] }

/**
 * A phone's share sheet (Debian's Chromium has none): it takes links and
 * files, notes what it was given, and answers as the person would by
 * sharing, or by closing it (AbortError) when `window.closeSheet` is set.
 */
async function withShareSheet(page: Page) {
  await page.addInitScript(() => {
    const handed: unknown[] = []
    Object.assign(window, { handed })
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true })
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        handed.push({ title: data.title, url: data.url, files: data.files?.map((file) => ({ name: file.name, type: file.type })) })
        if ('closeSheet' in window) throw new DOMException('Share canceled', 'AbortError')
      },
    })
  })
}
const handed = (page: Page) => page.evaluate(() => (window as unknown as { handed: Handed[] }).handed)

async function checkScreen(page: Page, name: string) {
  await expectNoSidewaysScroll(page)
  await expectComfortableTapTargets(page)
  await expectAccessible(page)
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` })
}

test('where the phone has a share sheet, the link, the backup and the reminder go through it first', async ({ page }) => {
  await withShareSheet(page)
  await page.goto('/guides/physical-sim')
  await page.getByRole('checkbox', { name: '结清欠费' }).check()

  await page.getByRole('button', { name: '在另一台设备继续' }).click()
  const dialog = page.getByRole('dialog', { name: '在另一台设备继续' })
  await expect(dialog.getByRole('img')).toBeVisible()
  await expect(dialog.getByRole('button')).toHaveText(['关闭', '分享链接', '复制链接'])
  await checkScreen(page, 'continue-share-sheet')
  const link = await dialog.getByRole('textbox').inputValue()
  await dialog.getByRole('button', { name: '分享链接' }).click()
  await expect.poll(() => handed(page)).toEqual([{ title: '手机卡注销清单', url: link }])
  await dialog.getByRole('button', { name: '关闭' }).click()

  const item = page.locator('#item-verify')
  await page.locator('input[data-question="plan"][value="cancel"]').check()
  await item.locator('summary').click()
  await expect(item.getByRole('button', { name: '分享日历提醒' })).toBeVisible()
  await item.getByRole('button', { name: '分享日历提醒' }).scrollIntoViewIfNeeded()
  await checkScreen(page, 'reminder-share-sheet')
  await item.getByRole('button', { name: '分享日历提醒' }).click()
  await expect
    .poll(async () => (await handed(page))[1]?.files)
    .toEqual([{ name: expect.stringMatching(/^reminder-verify-.+\.ics$/), type: 'text/calendar' }])

  await page.getByRole('link', { name: '进度与备份' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '进度与备份' })).toBeVisible()
  await page.getByRole('button', { name: '分享备份文件' }).scrollIntoViewIfNeeded()
  await checkScreen(page, 'settings-share-sheet')
  // Closing the sheet is an answer too: nothing is downloaded, and no backup is counted.
  await page.evaluate(() => Object.assign(window, { closeSheet: true }))
  let downloaded = false
  page.on('download', () => void (downloaded = true))
  await page.getByRole('button', { name: '分享备份文件' }).click()
  await expect.poll(async () => (await handed(page)).length).toBe(3)
  await expect(page.getByText('还没有导出过备份。')).toBeVisible()
  await page.evaluate(() => Reflect.deleteProperty(window, 'closeSheet'))
  await page.getByRole('button', { name: '分享备份文件' }).click()
  await expect(page.getByText('上次导出：刚刚')).toBeVisible()
  expect((await handed(page))[3]?.files).toEqual([
    { name: expect.stringMatching(/^sim-cancel-checklist-.+\.json$/), type: 'application/json' },
  ])
  expect(downloaded).toBe(false)
})

test('where it has none, there is no share button: copy and download as before', async ({ page }) => {
  await page.goto('/guides/physical-sim')
  await page.getByRole('button', { name: '在另一台设备继续' }).click()
  const dialog = page.getByRole('dialog', { name: '在另一台设备继续' })
  await expect(dialog.getByRole('button')).toHaveText(['关闭', '复制链接'])
  await dialog.getByRole('button', { name: '关闭' }).click()
  await page.getByRole('link', { name: '进度与备份' }).click()
  await expect(page.getByRole('button', { name: '导出进度' })).toBeVisible()
  await expect(page.getByRole('button', { name: '分享备份文件' })).toHaveCount(0)
})
