import type { BrowserContext, Page } from '@playwright/test'
import { simplifiedOnlyCharacters } from '../../scripts/generate-traditional.ts'
import { LAST_SCREEN_KEY, PROGRESS_KEY } from '../../src/storage/keys.ts'
import { expect, test } from './fixtures.ts'
import { appIsRunning, keptScreen, layoutShift, standIn, withoutScripts } from './helpers.ts'

/**
 * A returning visitor's first paint, before the app's script arrives: the
 * screen as the app last drew it from their saved progress, whatever is in
 * it (answers, notes, another person, home's cards), and never a screen
 * drawn from anything else.
 */
const GUIDE = '/guides/physical-sim'
const DAY = 24 * 3600 * 1000

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true })
const answer = (page: Page, question: string, option: string) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check()

/** Mum's card, answered for a UK monthly card to cancel, one step ticked with a note; "我" has a tick of their own. */
async function returningVisitor(page: Page) {
  await page.goto(GUIDE)
  await appIsRunning(page)
  await checkbox(page, '备份通讯录、短信和重要资料').check()
  await page.getByRole('link', { name: '添加或管理' }).first().click()
  await page.getByLabel('名字').fill('妈妈的卡')
  await page.getByRole('button', { name: '添加', exact: true }).click()
  await expect(page.getByText('已添加“妈妈的卡”')).toBeVisible()
  await page.goto(GUIDE)
  await answer(page, '你想怎么处理这个号码？', '注销，以后不用这个号码了')
  await answer(page, '这是谁的号码？', '我自己的')
  await answer(page, '这张卡是哪里的运营商？', '英国（比如英国的莱卡）')
  await answer(page, '是英国哪家运营商的号码？', '莱卡 Lycamobile')
  await answer(page, '你现在人在这个号码所属的国家或地区吗？', '在')
  await answer(page, '这个号码是储值卡，还是按月付费？', '按月付费：每月有账单')
  await answer(page, '号码有合约，或者和宽带绑在一起吗？', '没有')
  await page.getByRole('button', { name: '好了' }).click()
  await checkbox(page, '结清欠费').check()
  await page.locator('summary').filter({ hasText: '：结清欠费' }).click()
  await page.getByRole('textbox', { name: /^备注\s*：结清欠费$/ }).fill('交了 35 元')
}

/** The first paint at `path` with the app's script refused (at `time`, if given), as its text and checked boxes. */
async function firstPaint(context: BrowserContext, path: string, time?: number) {
  const page = await context.newPage()
  if (time) await page.clock.install({ time })
  await withoutScripts(page)
  await page.goto(path)
  await expect(standIn(page)).toBeHidden()
  return page
}

test('a returning visitor sees their own guide and home at first paint: answers, note, person, ticks, and 3 天前 still true', async ({
  page,
  context,
}) => {
  await returningVisitor(page)
  await keptScreen(page, GUIDE)
  await page.goto('/')
  await keptScreen(page, '/')
  const threeDaysOn = Date.now() + 3 * DAY

  const guide = await firstPaint(context, GUIDE, threeDaysOn)
  await expect(guide.getByLabel('为谁办理')).toHaveValue(/^p-/)
  await expect(guide.getByText('注销号码 · 自己的号码 · 英国的号码 · 莱卡 · 人在当地 · 按月付费 · 没有合约')).toBeVisible()
  await expect(checkbox(guide, '结清欠费')).toBeChecked()
  await expect(checkbox(guide, '注销之前再想一想')).not.toBeChecked()
  await expect(guide.getByText('交了 35 元')).toBeVisible()
  await expect(guide.getByText(/^已完成 1\/\d+ 步$/)).toBeVisible()
  await expect(checkbox(guide, '用“一证通查”核对一遍')).toHaveCount(0)
  // Buttons wait for the app, as on the prerendered page.
  await expect(guide.getByRole('button', { name: '修改' })).toHaveAttribute('inert')
  await expect(guide.locator('.add-own-step > summary').first()).toHaveAttribute('inert')
  const guideText = await guide.locator('#root').innerText()

  const home = await firstPaint(context, '/', threeDaysOn)
  const card = home.getByRole('article', { name: '实体手机卡：注销、转网、过户、保号' })
  await expect(card.getByText(/^已完成 1\/\d+$/)).toBeVisible()
  await expect(card.locator('.guide-status')).toHaveText('上次勾选：3天前')
  await expect(card.getByRole('link', { name: '继续' })).toHaveAttribute('href', `${GUIDE}#item-decide`)
  const homeText = await home.locator('#root').innerText()

  // When the app starts, the screen stays the same: same text, nothing moves.
  for (const [path, text] of [
    [GUIDE, guideText],
    ['/', homeText],
  ] as const) {
    const app = await context.newPage()
    await app.clock.install({ time: threeDaysOn })
    await app.goto(path)
    await appIsRunning(app)
    await expect(app.getByLabel('为谁办理')).toBeVisible()
    expect(await app.locator('#root').innerText()).toBe(text)
    expect(await layoutShift(app)).toBe(0)
    await app.close()
  }
})

test('a screen kept from other progress, or damaged, never shows: the stand-in does', async ({ page, context }) => {
  await returningVisitor(page)
  await keptScreen(page, GUIDE)
  // Saved by something other than this tab's app (another tab, a browser killed before the screen was kept again).
  const saved = await page.evaluate((key) => window.localStorage.getItem(key) ?? '', PROGRESS_KEY)
  const changed = saved.replace('"removed":false', '"removed":false ')
  const kept = await page.evaluate((key) => window.localStorage.getItem(key) ?? '', LAST_SCREEN_KEY)
  // Markup that runs or loads something: JSON-escaped, as it would sit in the kept record.
  const withMarkup = (markup: string) => kept.replace('交了 35 元', `${JSON.stringify(markup).slice(1, -1)}交了 35 元`)
  const cases: [string, string][] = [
    [PROGRESS_KEY, changed],
    [LAST_SCREEN_KEY, withMarkup('<img src="/x.png" onerror="document.title=1">')],
    [LAST_SCREEN_KEY, withMarkup('<script>document.title=1</script>')],
    [LAST_SCREEN_KEY, '{"build":'],
  ]
  for (const [key, value] of cases) {
    const later = await context.newPage()
    await later.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [key, value] as const)
    await withoutScripts(later)
    await later.goto(GUIDE)
    await expect(standIn(later)).toBeVisible()
    await expect(later.locator('input[type="checkbox"]').filter({ visible: true })).toHaveCount(0)
    expect(await later.title()).not.toBe('1')
    await later.close()
  }
})

test('after an update that changed a guide’s text, the screen an earlier build kept shows at once, and the app draws its own in its place', async ({
  page,
  context,
}) => {
  await returningVisitor(page)
  await keptScreen(page, GUIDE)
  // As the earlier build left it: the same screen, kept for another drawing (the build's text and screens).
  const kept = await page.evaluate((key) => window.localStorage.getItem(key) ?? '', LAST_SCREEN_KEY)
  const byEarlierBuild = kept.replace(/"drawing":"[^"]+"/, '"drawing":"an-earlier-build"')
  expect(byEarlierBuild).not.toBe(kept)
  await page.close()

  const before = await context.newPage()
  await before.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [LAST_SCREEN_KEY, byEarlierBuild] as const)
  await withoutScripts(before)
  await before.goto(GUIDE)
  await expect(standIn(before)).toBeHidden()
  await expect(checkbox(before, '结清欠费')).toBeChecked()
  await before.close()

  const later = await context.newPage()
  const notTakenOver: string[] = []
  later.on('console', (message) => {
    if (message.type() === 'error') notTakenOver.push(message.text())
  })
  await later.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [LAST_SCREEN_KEY, byEarlierBuild] as const)
  await later.goto(GUIDE)
  await appIsRunning(later)
  await expect(checkbox(later, '结清欠费')).toBeChecked()
  await expect(later.getByText('交了 35 元')).toBeVisible()
  // Drawn by the app, not taken over: nothing to report, and the page's screen has gone.
  expect(notTakenOver).toEqual([])
  await expect(later.locator('#root > .prerendered')).toHaveCount(0)
  expect(await layoutShift(later)).toBe(0)
})

test('a Traditional reader’s kept screen is Traditional, with no Simplified-only character', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW' })
  const page = await context.newPage()
  await page.goto(GUIDE)
  await appIsRunning(page)
  await page.getByRole('radiogroup', { name: '這張卡是哪裡的電信公司？' }).getByRole('radio', { name: '中國大陸' }).check()
  await checkbox(page, '結清欠費').check()
  await keptScreen(page, GUIDE)

  const later = await firstPaint(context, GUIDE)
  await expect(later.locator('html')).toHaveAttribute('lang', 'zh-Hant')
  await expect(checkbox(later, '結清欠費')).toBeChecked()
  await expect(later.getByRole('radio', { name: '中國大陸' })).toBeChecked()
  // 简体 on the language switch is written in its own script on purpose.
  expect(simplifiedOnlyCharacters((await later.locator('body').innerText()).replace('简体', ''))).toEqual([])
  await context.close()
})
