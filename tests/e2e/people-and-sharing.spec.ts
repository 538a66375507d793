import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import ICAL from 'ical.js'
import { expect, test } from './fixtures.ts'
import { SCREENSHOT_DIR, expectAccessible, expectComfortableTapTargets, expectNoSidewaysScroll, stepsOnPath } from './helpers.ts'

const GUIDE = '/guides/physical-sim'
const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true })

async function addPerson(page: Page, name: string) {
  await page.getByRole('link', { name: '添加或管理' }).first().click()
  await page.getByLabel('名字').fill(name)
  await page.getByRole('button', { name: '添加', exact: true }).click()
  await expect(page.getByText(`已添加“${name}”`)).toBeVisible()
}

async function writeNote(page: Page, step: string, text: string) {
  await page
    .locator('summary')
    .filter({ hasText: `：${step}` })
    .click()
  await page.getByRole('textbox', { name: new RegExp(`^备注\\s*：${step}$`) }).fill(text)
}

test('two people’s ticks and notes stay apart, across a reload', async ({ page }) => {
  await page.goto(GUIDE)
  await checkbox(page, '结清欠费').check()
  await writeNote(page, '结清欠费', '交了 35 元')

  await addPerson(page, '妈妈的卡')
  await page.goto(GUIDE)
  await expect(page.getByLabel('为谁办理')).toHaveValue(/^p-/)
  await expect(page.getByLabel('为谁办理').locator('option:checked')).toHaveText('妈妈的卡')
  await expect(checkbox(page, '结清欠费')).not.toBeChecked()
  await expect(page.getByText('交了 35 元')).toHaveCount(0)
  await checkbox(page, '带上这张手机卡').check()
  await writeNote(page, '带上这张手机卡', '工单号 A1234')

  await page.reload()
  await expect(page.getByLabel('为谁办理').locator('option:checked')).toHaveText('妈妈的卡')
  await expect(checkbox(page, '带上这张手机卡')).toBeChecked()
  await expect(checkbox(page, '结清欠费')).not.toBeChecked()
  await expect(page.getByText('工单号 A1234')).toBeVisible()

  // The note field open for 妈妈的卡 now shows (and edits) 我's note.
  await page.locator('summary').filter({ hasText: '：结清欠费' }).click()
  await page.getByLabel('为谁办理').selectOption({ label: '我' })
  await expect(checkbox(page, '结清欠费')).toBeChecked()
  await expect(checkbox(page, '带上这张手机卡')).not.toBeChecked()
  // Once, in the field being edited, not again in the line under the title.
  await expect(page.getByRole('textbox', { name: /^备注\s*：结清欠费$/ })).toHaveValue('交了 35 元')
  await expect(page.locator('p', { hasText: '交了 35 元' })).toBeHidden()
  await page.locator('summary').filter({ hasText: '：结清欠费' }).click()
  await expect(page.locator('p', { hasText: '交了 35 元' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('为谁办理').locator('option:checked')).toHaveText('我')
  await expect(checkbox(page, '结清欠费')).toBeChecked()
})

test('removing a person asks first and can be undone', async ({ page }) => {
  await page.goto('/')
  await addPerson(page, '爸爸的旧卡')
  await page.getByRole('button', { name: /^删除\s*：爸爸的旧卡$/ }).click()
  const dialog = page.getByRole('dialog', { name: '删除“爸爸的旧卡”？' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: '删除' }).click()
  await expect(page.getByText('已删除“爸爸的旧卡”。')).toBeVisible()
  await expect(page.getByText('爸爸的旧卡', { exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByText('爸爸的旧卡', { exact: true })).toBeVisible()
  await page.reload()
  await expect(page.getByText('爸爸的旧卡', { exact: true })).toBeVisible()
})

test('printing shows the ticks, notes, every step’s detail, the tips, the person and the date, and no controls', async ({ page }) => {
  await page.goto(GUIDE)
  await checkbox(page, '结清欠费').check()
  await writeNote(page, '结清欠费', '交了 35 元')
  // A4 at 96 dpi, less Chromium's default margins.
  await page.setViewportSize({ width: 718, height: 1047 })
  await page.emulateMedia({ media: 'print' })

  await expect(page.getByText(/^为谁办理：我 · 打印于 \d{4}年\d{1,2}月\d{1,2}日$/)).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })).toBeVisible()
  await expect(checkbox(page, '结清欠费')).toBeChecked()
  await expect(page.locator('p', { hasText: '交了 35 元' })).toBeVisible()
  // The details, the one whose note was being edited and the closed ones alike, and the tips.
  await expect(page.getByText(/^有欠费的号码，很多运营商办不了注销/)).toBeVisible()
  await expect(page.getByText(/^存在手机里或云端账号/)).toBeVisible()
  await expect(page.getByText('各家运营商的规定不完全一样，一切以你的运营商官方说明为准。')).toBeVisible()
  // Nothing wider than the paper.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718)
  const visibleControls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, textarea, summary, a[href], nav')]
      .filter((element) => element.checkVisibility())
      .map((element) => element.textContent?.trim() || element.tagName),
  )
  expect(visibleControls).toEqual([])
  await page.screenshot({ path: `${SCREENSHOT_DIR}/print-zh-Hans.png`, fullPage: true })
})

test('分享文字 gives the guide as text with ✓ and ☐ and the notes', async ({ page }) => {
  await page.goto(GUIDE)
  await checkbox(page, '结清欠费').check()
  await writeNote(page, '结清欠费', '交了 35 元')
  // No share sheet in this browser: the text goes to the clipboard, or is shown to copy by hand.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    })
  })
  await page.getByRole('button', { name: '分享文字' }).click()
  await expect(page.getByText('已复制，可以粘贴到微信、短信或备忘录里。')).toBeVisible()
  const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied)
  expect(copied).toContain('实体手机卡：注销、转网、过户、保号 · 我')
  expect(copied).toContain('✓ 结清欠费\n   备注：交了 35 元')
  expect(copied).toContain('☐ 带上这张手机卡')

  // Once the guide says something else (重新开始, then 撤销), "已复制" no longer speaks for it.
  await page.getByRole('button', { name: '重新开始' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '清空', exact: true }).click()
  await expect(page.getByText(/^已复制/)).toHaveCount(0)
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(checkbox(page, '结清欠费')).toBeChecked()
  await expect(page.getByText(/^已复制/)).toHaveCount(0)
})

test('在另一台设备继续: the link carries one person’s progress to another browser, after a yes', async ({ browser }) => {
  const phone = await browser.newContext()
  const other = await browser.newContext()
  const from = await phone.newPage()
  await from.goto('/')
  await addPerson(from, '妈妈的卡')
  await from.goto(GUIDE)
  await checkbox(from, '结清欠费').check()
  await checkbox(from, '注销号码').check()
  await writeNote(from, '注销号码', '工单号 A1234')

  await from.getByRole('button', { name: '在另一台设备继续' }).click()
  const dialog = from.getByRole('dialog', { name: '在另一台设备继续' })
  await expect(dialog.getByRole('img', { name: /二维码/ })).toBeVisible()
  const link = await dialog.getByRole('textbox', { name: '链接' }).inputValue()
  expect(link).toMatch(/\/continue#[\w-]+$/)
  await from.screenshot({ path: `${SCREENSHOT_DIR}/continue-dialog-zh-Hans.png` })
  await expectAccessible(from)

  const to = await other.newPage()
  const requests: string[] = []
  to.on('request', (request) => requests.push(request.url()))
  await to.goto('/guides/physical-sim')
  await checkbox(to, '备份通讯录、短信和重要资料').check()
  await to.goto(link)
  await expect(to.getByText(/这个链接带来了“妈妈的卡”的进度/)).toBeVisible()
  await expect(to.getByText(`实体手机卡：注销、转网、过户、保号：已完成 2/${stepsOnPath('physical-sim')} 步，备注 1 条`)).toBeVisible()
  await expect(to.getByText('这台设备上还没有“妈妈的卡”，会新建一份。')).toBeVisible()
  await expectNoSidewaysScroll(to)
  await expectComfortableTapTargets(to)
  await to.screenshot({ path: `${SCREENSHOT_DIR}/continue-open-zh-Hans.png` })
  // Nothing was imported yet, and the progress never left the browser.
  expect(requests.some((url) => url.includes('#') || /A1234|%E5%B7%A5/.test(url))).toBe(false)
  await to.getByRole('button', { name: '合并进来' }).click()
  await expect(to.getByText('已合并。现在显示的是“妈妈的卡”的进度。')).toBeVisible()
  expect(new URL(to.url()).hash).toBe('')

  await to.goto(GUIDE)
  await expect(to.getByLabel('为谁办理').locator('option:checked')).toHaveText('妈妈的卡')
  await expect(checkbox(to, '结清欠费')).toBeChecked()
  await expect(checkbox(to, '注销号码')).toBeChecked()
  await expect(to.getByText('工单号 A1234')).toBeVisible()
  await to.getByLabel('为谁办理').selectOption({ label: '我' })
  await expect(checkbox(to, '备份通讯录、短信和重要资料')).toBeChecked()
  await expect(checkbox(to, '结清欠费')).not.toBeChecked()
  await phone.close()
  await other.close()
})

test('a parent’s link opened on your own phone can come in as a new person, beside your own 我', async ({ browser }) => {
  const parent = await browser.newContext()
  const mine = await browser.newContext()
  const from = await parent.newPage()
  await from.goto(GUIDE)
  await checkbox(from, '结清欠费').check()
  await from.getByRole('button', { name: '在另一台设备继续' }).click()
  const linkField = from.getByRole('dialog', { name: '在另一台设备继续' }).getByRole('textbox', { name: '链接' })
  // The link is made once the progress is compressed.
  await expect(linkField).toHaveValue(/\/continue#[\w-]+$/)
  const link = await linkField.inputValue()

  const to = await mine.newPage()
  await to.goto(GUIDE)
  await checkbox(to, '备份通讯录、短信和重要资料').check()
  await to.goto(link)
  await expect(to.getByText('也可以作为新的人添加：另加一份，这台设备上已有的进度不动。')).toBeVisible()
  await to.getByRole('button', { name: '作为新的人添加' }).click()
  await expect(to.getByText('已添加。现在显示的是“另一台设备上的我”的进度。')).toBeVisible()

  await to.goto(GUIDE)
  await expect(to.getByLabel('为谁办理').locator('option:checked')).toHaveText('另一台设备上的我')
  await expect(checkbox(to, '结清欠费')).toBeChecked()
  await expect(checkbox(to, '备份通讯录、短信和重要资料')).not.toBeChecked()
  await to.getByLabel('为谁办理').selectOption({ label: '我' })
  await expect(checkbox(to, '备份通讯录、短信和重要资料')).toBeChecked()
  await expect(checkbox(to, '结清欠费')).not.toBeChecked()
  await parent.close()
  await mine.close()
})

test('a damaged link is refused with a clear message, and nothing changes', async ({ page }) => {
  await page.goto(GUIDE)
  await checkbox(page, '结清欠费').check()
  await page.goto('/continue#not-a-real-link')
  await expect(page.getByText(/这个链接不完整或已经损坏/)).toBeVisible()
  await expect(page.getByRole('button', { name: '合并进来' })).toHaveCount(0)
  await page.goto(GUIDE)
  await expect(checkbox(page, '结清欠费')).toBeChecked()
})

for (const { locale, step, label, button, summary } of [
  {
    locale: 'zh-CN',
    step: '过几天确认号码已经注销',
    label: '加到日历：哪天提醒你',
    button: '下载日历提醒',
    summary: '注销清单：过几天确认号码已经注销',
  },
  {
    locale: 'zh-TW',
    step: '過幾天確認門號已經退租',
    label: '加到行事曆：哪天提醒你',
    button: '下載行事曆提醒',
    summary: '門號退租清單：過幾天確認門號已經退租',
  },
]) {
  test(`加到日历 downloads a calendar file for the day shown (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto(GUIDE)
    await page.locator('input[data-question="plan"][value="cancel"]').check()
    const item = page.locator('#item-verify')
    await item.locator('summary').click()
    const day = item.getByLabel(label)
    // Three days from today on the phone's own calendar.
    const expected = await page.evaluate(() => {
      const date = new Date()
      date.setDate(date.getDate() + 3)
      return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-')
    })
    await expect(day).toHaveValue(expected)
    await item.scrollIntoViewIfNeeded()
    await expectNoSidewaysScroll(page)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/reminder-${locale}.png` })

    const downloading = page.waitForEvent('download')
    await item.getByRole('button', { name: button }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(`reminder-verify-${expected}.ics`)
    const text = readFileSync(await download.path(), 'utf8')
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe(summary)
    expect(event.startDate.toString()).toBe(expected)
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    await expect(checkbox(page, step)).toBeVisible()
    await context.close()
  })
}
