import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { SCREENSHOT_DIR } from './helpers.ts'
import { APP_VERSION_KEY } from '../../src/storage/keys.ts'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

test.use({ serviceWorkers: 'allow' })
// One test changes dist/sw.js to publish a "new version": run these one at a time.
test.describe.configure({ mode: 'serial' })

/** Waits until the service worker is active and has precached the app. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.state
  })
}

test('the manifest makes it installable', async ({ page }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await page.request.get(href ?? '')).json()
  expect(manifest).toMatchObject({
    name: '手机卡注销清单',
    short_name: '注销清单',
    display: 'standalone',
    start_url: '/',
    theme_color: '#0f766e',
  })
  const sizes = manifest.icons.map((icon: { sizes: string; purpose?: string }) => `${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ''}`)
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']))
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status()).toBe(200)
})

test('the first visit says once, quietly, that the app now opens with no network, and 进度与备份 says so too', async ({ page }) => {
  await page.goto('/guides/esim')
  const said = page.getByRole('status').filter({ hasText: '可以离线使用了：没有网络也能打开这份清单。' })
  await offlineReady(page)
  await expect(said).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/offline-ready.png` })

  // It sits over the foot of the screen, like 撤销, moving nothing; 知道了 puts it away.
  await said.getByRole('button', { name: '知道了' }).click()
  await expect(said).toHaveCount(0)
  await page.getByRole('link', { name: '进度与备份' }).click()
  await expect(page.getByText('已经可以离线使用：没有网络也能打开这份清单。')).toBeVisible()
  await page.getByRole('heading', { level: 2, name: '离线与版本' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/settings-offline-ready.png` })

  // The next start, the worker already there: said never again.
  await page.reload()
  await expect(page.getByText('已经可以离线使用：没有网络也能打开这份清单。')).toBeVisible()
  await expect(page.getByText('可以离线使用了：没有网络也能打开这份清单。')).toHaveCount(0)
})

test('after one visit, every route opens and works with no network at all', async ({ page, context }) => {
  await page.goto('/')
  await expect(page.getByRole('article')).toHaveCount(2)
  await offlineReady(page)

  await context.setOffline(true)
  await page.goto('/guides/esim')
  await page.getByRole('checkbox', { name: '结清欠费' }).check()
  await page.reload()
  await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()

  await page.getByRole('button', { name: '繁·台' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'eSIM：退租、攜碼、過戶或保留門號' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '結清欠費' })).toBeChecked()

  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1, name: '進度與備份' })).toBeVisible()
  await page.goto('/guides/physical-sim#item-contract')
  await expect(page.getByRole('checkbox', { name: '弄清楚綁約和合併申辦的寬頻' })).toBeFocused()
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1, name: '找不到這個頁面' })).toBeVisible()
  await page.goto('/people')
  await expect(page.getByRole('heading', { level: 1, name: '為誰辦理' })).toBeVisible()
  // The QR code is drawn with no network too.
  await page.goto('/guides/esim')
  await page.getByRole('button', { name: '在另一台裝置繼續' }).click()
  await expect(page.getByRole('dialog').getByRole('img')).toBeVisible()
  const link = await page.getByRole('dialog').getByRole('textbox').inputValue()
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: '從另一台裝置接著辦' })).toBeVisible()
})

test('a new version is offered with a notice, never forced, and no tick is lost', async ({ page }) => {
  await page.goto('/guides/physical-sim')
  await page.getByRole('checkbox', { name: '结清欠费' }).check()
  await offlineReady(page)
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }))

  const original = readFileSync('dist/sw.js', 'utf8')
  try {
    writeFileSync('dist/sw.js', `${original}\n// a new version\n`)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())

    const notice = page.getByRole('status').filter({ hasText: '新版本已经准备好了' })
    await expect(notice).toBeVisible()
    // Offered, not forced: the new version waits for 刷新 (installed, not in control), on this very page.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed')
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true)

    // As if this device had last run an older version: the new one says once what it brought.
    await page.evaluate((key) => window.localStorage.setItem(key, '0.0.0'), APP_VERSION_KEY)
    await notice.getByRole('button', { name: '刷新' }).click()
    await page.waitForFunction(() => !('stillTheSamePage' in window))
    await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
    await expect(page.getByRole('status').filter({ hasText: '新版本已经准备好了' })).toHaveCount(0)
    const updated = page.getByRole('status').filter({ hasText: `已更新到 ${version} 版。这一版` })
    await expect(updated).toBeVisible()
    await updated.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/updated.png` })
  } finally {
    writeFileSync('dist/sw.js', original)
  }
})
