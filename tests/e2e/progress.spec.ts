import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { LANGS } from '../../src/language/detect.ts'
import { expect, test } from './fixtures.ts'
import { stepsOnPath } from './helpers.ts'

const GUIDE = '/guides/physical-sim'
const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true })

test('two tabs on the same guide: a tick shows in the other at once, and both tabs’ ticks are kept', async ({ context }) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await first.goto(GUIDE)
  await second.goto(GUIDE)

  await checkbox(first, '结清欠费').check()
  await expect(checkbox(second, '结清欠费')).toBeChecked()

  await checkbox(second, '带上这张手机卡').check()
  await checkbox(first, '备份通讯录、短信和重要资料').check()
  await checkbox(second, '注销号码').check()
  await expect(checkbox(first, '注销号码')).toBeChecked()

  await first.reload()
  await second.reload()
  for (const page of [first, second]) {
    for (const name of ['结清欠费', '带上这张手机卡', '备份通讯录、短信和重要资料', '注销号码']) {
      await expect(checkbox(page, name)).toBeChecked()
    }
    await expect(page.getByText(`已完成 4/${stepsOnPath('physical-sim')} 步`)).toBeVisible()
  }
})

/**
 * Tick and leave at once, twenty times in all, split by the way of leaving
 * (seven, seven and six ticks), so that each test's page loads fit its time on
 * a busy machine and the three run side by side.
 */
const WAYS_OF_LEAVING = [
  { way: 'reload', from: 0, to: 7, leave: (page: Page) => page.reload() },
  { way: 'go to another page', from: 7, to: 14, leave: (page: Page) => page.goto('/') },
  { way: 'close the tab', from: 14, to: 20, leave: (page: Page) => page.close() },
] as const

for (const { way, from, to, leave } of WAYS_OF_LEAVING) {
  test(`tick and leave at once (${way}), ${to - from} times: nothing is lost`, async ({ context }) => {
    let page = await context.newPage()
    await page.goto(GUIDE)
    // A mainland number to cancel: a path with twenty steps and more to tick.
    for (const [question, option] of [
      ['你想怎么处理这个号码？', '注销，以后不用这个号码了'],
      ['这张卡是哪里的运营商？', '中国内地'],
    ]) {
      await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check()
    }
    await expect(page.getByRole('checkbox', { name: '用“一证通查”核对一遍' })).toBeVisible()
    const names = await page
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent?.trim() ?? ''))
    const ticks = names.slice(from, to)
    expect(ticks).toHaveLength(to - from)

    for (const name of ticks) {
      await checkbox(page, name).check()
      // Leave straight away.
      await leave(page)
      if (page.isClosed()) page = await context.newPage()
      if (page.url() !== new URL(GUIDE, 'http://localhost:4173').href) await page.goto(GUIDE)
    }

    await page.reload()
    for (const name of ticks) await expect(checkbox(page, name)).toBeChecked()
  })
}

test('export, clear storage, import: the same ticks come back', async ({ page }) => {
  await page.goto(GUIDE)
  const ticked = ['备份通讯录、短信和重要资料', '结清欠费', '注销号码']
  for (const name of ticked) await checkbox(page, name).check()

  await page.getByRole('link', { name: '进度与备份' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出进度' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^sim-cancel-checklist-\d{4}-\d{2}-\d{2}\.json$/)
  const file = await download.path()
  expect(readFileSync(file).length).toBeLessThan(2_000)

  // As clearing the site's data does: localStorage and the IndexedDB journal both.
  await page.evaluate(async () => {
    window.localStorage.clear()
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('sim-cancel-checklist')
      request.onsuccess = request.onerror = request.onblocked = resolve
    })
  })
  await page.goto(GUIDE)
  for (const name of ticked) await expect(checkbox(page, name)).not.toBeChecked()

  await page.goto('/settings')
  await page.getByLabel('选择备份文件').setInputFiles(file)
  await expect(page.getByText(`实体手机卡：注销、转网、过户、保号：已完成 3/${stepsOnPath('physical-sim')} 步`)).toBeVisible()
  await page.getByRole('button', { name: '合并' }).click()
  await expect(page.getByText('已把备份里的进度合并进来。')).toBeVisible()

  await page.goto(GUIDE)
  for (const name of ticked) await expect(checkbox(page, name)).toBeChecked()
  await expect(page.getByText(`已完成 3/${stepsOnPath('physical-sim')} 步`)).toBeVisible()
})

test('a junk file is refused and changes nothing', async ({ page }) => {
  await page.goto(GUIDE)
  await checkbox(page, '结清欠费').check()
  await page.goto('/settings')
  await page
    .getByLabel('选择备份文件')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"notes":["hello"]}') })
  await expect(page.getByText('这不是本应用导出的进度备份。没有导入任何内容。')).toBeVisible()
  await page.goto(GUIDE)
  await expect(checkbox(page, '结清欠费')).toBeChecked()
})

test('corrupted saved data: the app works, the original is kept, the user is told', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => window.localStorage.setItem('sim-cancel-checklist:progress', '{"version":1,"state":{"peo'))
  await page.goto(GUIDE)
  await expect(page.getByText(/保存的进度读不出来了/)).toBeVisible()
  await checkbox(page, '结清欠费').check()
  const kept = await page.evaluate(() =>
    Object.keys(window.localStorage)
      .filter((key) => key.includes(':unreadable:'))
      .map((key) => window.localStorage.getItem(key)),
  )
  expect(kept).toEqual(['{"version":1,"state":{"peo'])
})

test('the settings screen says whether the browser keeps our storage and when the last backup was', async ({ page }) => {
  await page.goto(GUIDE)
  await checkbox(page, '结清欠费').check()
  await page.goto('/settings')
  await expect(page.getByText(/浏览器(已答应|没有答应)长期保存|不支持申请长期保存/)).toBeVisible()
  await expect(page.getByText('还没有导出过备份。')).toBeVisible()
})

test('the built pages run no inline script or style but their own (the gate, the finish, the stylesheet), which their Content-Security-Policy names', async ({
  page,
}) => {
  const pages = ['index.html', ...readdirSync('dist/guides').map((file) => `guides/${file}`)]
  expect(pages.length).toBeGreaterThan(1)
  for (const file of pages) {
    const html = readFileSync(`dist/${file}`, 'utf8')
    // The gate, and the finish after each script's copy of the screen (the same script each time).
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '')
    expect(inline, file).toHaveLength(1 + LANGS.length)
    const scripts = [...new Set(inline)]
    expect(scripts, file).toHaveLength(2)
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1] ?? '')
    expect(styles, file).toHaveLength(1)
    expect(html, file).not.toMatch(/rel="stylesheet"/)
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]
    expect(policy, file).toBe(
      `default-src 'self'; script-src 'self' ${scripts.map(hash).join(' ')}; style-src 'self' ${styles.map(hash).join(' ')}; object-src 'none'; base-uri 'self'; form-action 'self'`,
    )
  }
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text())
  })
  const response = await page.goto('/')
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-")
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  // The page's own stylesheet applies (the app name is bold), and nothing was refused.
  await expect(page.locator('.app-name').first()).toHaveCSS('font-weight', '700')
  expect(refused).toEqual([])
})
