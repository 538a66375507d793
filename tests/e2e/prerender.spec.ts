import type { BrowserContext, Page } from '@playwright/test'
import { simplifiedOnlyCharacters } from '../../scripts/generate-traditional.ts'
import { expect, test } from './fixtures.ts'
import { appIsRunning, keptScreen, layoutShift, shown, standIn, withoutKeptScreen, withoutScripts, stepsOnPath } from './helpers.ts'

/**
 * The home and guide screens come prerendered in their HTML, so they paint
 * before the app's script arrives. "Before the script" is simulated by
 * refusing it: what shows then is what a slow phone shows first.
 */
const GUIDE = '/guides/physical-sim'
const HOME_HEADING = '一步一步注销手机号'
const GUIDE_HEADING = '实体手机卡：注销、转网、过户、保号'

/** Opens `path` with the app's script held back until `release()` is called: a slow phone, under our control. */
async function openWithScriptHeld(page: Page, path: string): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/index-*.js', async (route) => {
    await held
    await route.continue()
  })
  // Not waiting for "load" (nor DOMContentLoaded): both wait for the script being held back.
  await page.goto(path, { waitUntil: 'commit' })
  // The whole page is in, so each copy of the screen has been finished: only the reader's is left.
  await page.waitForFunction(() => document.readyState !== 'loading')
  return release
}

/** The guide as a returning visitor's page paints it before the app's script has arrived. */
async function guideBeforeTheApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await withoutScripts(page)
  await page.goto(GUIDE)
  return page
}

/** When the app starts, the screen stays as the page painted it (`prerendered`), `ticked` still ticked: same text, nothing moves. */
async function expectAppKeepsScreen(context: BrowserContext, prerendered: string, ticked: string) {
  const app = await context.newPage()
  await app.goto(GUIDE)
  await appIsRunning(app)
  await expect(app.getByRole('checkbox', { name: ticked, exact: true })).toBeChecked()
  expect(await app.locator('#root').innerText()).toBe(prerendered)
  expect(await layoutShift(app)).toBe(0)
}

/** The page carries its screen in both scripts; once read, only the reader's is left, so every id is there once. */
async function expectOneScreen(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1)
  const ids = await page.locator('#root [id]').evaluateAll((elements) => elements.map((element) => element.id))
  expect(ids).toContain('main')
  expect(new Set(ids).size).toBe(ids.length)
}

for (const [path, heading, line] of [
  ['/', HOME_HEADING, 'eSIM：注销、转网、过户、保号'],
  [GUIDE, GUIDE_HEADING, '结清欠费'],
] as const) {
  test(`a first visit to ${path} sees the screen before the app's script has arrived`, async ({ page }) => {
    await withoutScripts(page)
    await page.goto(path)
    await expect(page.getByText(heading, { exact: true })).toBeVisible()
    await expect(page.getByText(line, { exact: true }).first()).toBeVisible()
    await expect(standIn(page)).toBeHidden()
    await expectOneScreen(page)
  })
}

test('a tap before the script shows at once and is still ticked after a reload, with the app', async ({ page }) => {
  const release = await openWithScriptHeld(page, GUIDE)
  const settle = page.getByRole('checkbox', { name: '结清欠费', exact: true })
  const decide = page.getByRole('checkbox', { name: '备份通讯录、短信和重要资料', exact: true })
  await settle.check()
  await decide.check()
  await decide.uncheck()
  await page.getByRole('radio', { name: '英国（比如英国的莱卡）' }).check()
  await expect(settle).toBeChecked()
  await expect(decide).not.toBeChecked()
  // The count is the app's: it follows once the app runs.
  await expect(page.getByText(`已完成 0/${stepsOnPath('physical-sim')} 步`)).toBeVisible()

  // The focus is on the last box tapped; the app gives it back on its own box.
  await decide.focus()
  release()
  await appIsRunning(page)
  await expect(settle).toBeChecked()
  await expect(decide).not.toBeChecked()
  await expect(decide).toBeFocused()
  // Counted among the steps of a UK card (the answer tapped above).
  await expect(page.getByText(/^已完成 1\/\d+ 步$/)).toBeVisible()
  await expect(page.getByRole('progressbar', { name: '完成进度' })).toHaveAttribute('value', '1')
  await page.reload()
  await expect(page.getByRole('checkbox', { name: '结清欠费', exact: true })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: '备份通讯录、短信和重要资料', exact: true })).not.toBeChecked()
  // 英国: the mainland-only steps are hidden.
  await expect(page.getByRole('checkbox', { name: '用“一证通查”核对一遍' })).toHaveCount(0)
})

/** Presses 结清欠费 on a page whose app script is held, lets the script arrive and run while the finger is down, and returns the box. */
async function pressWhileTheAppArrives(page: Page, path: string) {
  const release = await openWithScriptHeld(page, path)
  const settle = page.getByRole('checkbox', { name: '结清欠费', exact: true })
  await settle.scrollIntoViewIfNeeded()
  const box = await settle.boundingBox()
  expect(box).not.toBeNull()
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2)
  await page.mouse.down()
  const pressed = await settle.elementHandle()
  // The app's script arrives, and runs, while the finger is down.
  const script = page.waitForResponse((response) => /\/assets\/index-[\w-]+\.js$/.test(response.url()))
  release()
  await (await script).finished()
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
  return { settle, pressed }
}

test('a box pressed while the app arrives is not swapped under the finger: the app takes over that very box, the tap lands and is kept', async ({
  page,
}) => {
  const { settle, pressed } = await pressWhileTheAppArrives(page, GUIDE)
  await page.mouse.up()
  await appIsRunning(page)
  expect(await pressed?.evaluate((element) => element.isConnected && element === document.querySelector('[data-step="settle-bill"]'))).toBe(
    true,
  )
  await expect(settle).toBeChecked()
  await page.reload()
  await expect(settle).toBeChecked()
})

test('where the app draws its own screen (an address with a #place), it waits for the finger to lift: the tap lands and is kept', async ({
  page,
}) => {
  // A #place that names no step: the browser does not scroll the box away from under the finger.
  const { settle } = await pressWhileTheAppArrives(page, `${GUIDE}#elsewhere`)
  // Still the page's own screen: the app waits for the finger.
  await expect(page.locator('button[inert]').first()).toBeAttached()
  await page.mouse.up()
  await appIsRunning(page)
  await expect(settle).toBeChecked()
  await page.reload()
  await expect(settle).toBeChecked()
})

test('a 说明 opened before the app arrives is still open once it runs, with what the app adds under it', async ({ page }) => {
  const release = await openWithScriptHeld(page, GUIDE)
  const item = page.locator('#item-settle-bill')
  await item.locator('summary').click()
  await expect(page.getByText(/^有欠费的号码，很多运营商办不了注销/)).toBeVisible()
  release()
  await appIsRunning(page)
  await expect(page.getByText(/^有欠费的号码，很多运营商办不了注销/)).toBeVisible()
  // The note editor comes with the app, under the detail that stayed open.
  await expect(item.getByRole('textbox', { name: /^备注/ })).toBeVisible()
})

test('with the script blocked, ticking still works, a note says so, and the ticks are there when the app next starts', async ({
  page,
  context,
}) => {
  await page.clock.install()
  await withoutScripts(page)
  await page.goto(GUIDE)
  const settle = page.getByRole('checkbox', { name: '结清欠费', exact: true })
  await settle.check()
  await expect(settle).toBeChecked()
  const late = page.getByRole('alert')
  await expect(late).toBeHidden()
  // The page waits 8 s for the app before it says anything (the clock is ours here, not the wall's).
  await page.clock.runFor(8_000)
  await expect(late).toBeVisible()
  expect(shown(await late.innerText())).toBe(
    '页面还没加载完，可能是网络太慢，可以重新加载试试。在这一页勾选的步骤都已经记在这台设备上了。重新加载',
  )
  await expect(late.getByRole('link', { name: '重新加载' })).toHaveAttribute('href', new RegExp(`${GUIDE}$`))
  // 说明 opens to its text; 自己加一步, whose field comes with the app, waits for it.
  await page.locator('#item-settle-bill summary').click()
  await expect(page.getByText(/^有欠费的号码，很多运营商办不了注销/)).toBeVisible()
  const addStep = page.locator('.add-own-step').first()
  await expect(addStep.locator('summary')).toHaveAttribute('inert')
  expect(await addStep.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false)
  await page.close()

  const next = await context.newPage()
  await next.goto(GUIDE)
  await appIsRunning(next)
  await expect(next.getByRole('checkbox', { name: '结清欠费', exact: true })).toBeChecked()
  await expect(next.getByText(`已完成 1/${stepsOnPath('physical-sim')} 步`)).toBeVisible()
})

for (const [path, name] of [
  ['/', '为谁办理'],
  [GUIDE, '结清欠费'],
] as const) {
  test(`when the app starts on ${path}, a first visit keeps the same screen: same text, nothing moves`, async ({ browser }) => {
    const before = await browser.newContext()
    await withoutScripts(before)
    const still = await before.newPage()
    await still.goto(path)
    const prerendered = await still.locator('#root').innerText()
    await before.close()

    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(path)
    // The app has taken over the prerendered screen.
    await appIsRunning(page)
    await expect(page.getByLabel(name, { exact: true })).toBeVisible()
    expect(await page.locator('#root').innerText()).toBe(prerendered)
    expect(await layoutShift(page)).toBe(0)
    await context.close()
  })
}

/**
 * Opens `path` with the app's script held back, marks every element of the
 * screen the page painted, lets the app run, and expects every element on
 * screen then to be one the page painted, and every one it painted to be
 * still there: the app took the screen over, it made nothing anew. The
 * page's own parts beside the screen have gone.
 */
async function expectTakenOver(page: Page, path: string) {
  const release = await openWithScriptHeld(page, path)
  const painted = await page.evaluate(() => {
    const elements = [...document.querySelectorAll('#root > .prerendered *')]
    for (const element of elements) (element as Element & { painted?: boolean }).painted = true
    return elements.length
  })
  expect(painted).toBeGreaterThan(30)
  release()
  await appIsRunning(page)
  const after = await page.evaluate(() => {
    // What is on screen: everything in the screen's holder.
    const elements = [...document.querySelectorAll('#root > * *')]
    return { all: elements.length, painted: elements.filter((element) => (element as Element & { painted?: boolean }).painted).length }
  })
  expect(after).toEqual({ all: painted, painted })
  await expect(page.locator('#root > *')).toHaveCount(1)
}

for (const [path, locale] of [
  ['/', 'zh-CN'],
  [GUIDE, 'zh-CN'],
  [GUIDE, 'zh-TW'],
] as const) {
  test(`the app takes over a first visit's screen on ${path} (${locale}) as it is: not one element is made anew`, async ({ browser }) => {
    const context = await browser.newContext({ locale })
    const page = await context.newPage()
    await expectTakenOver(page, path)
    // The app runs it: the script switch answers, in the reader's script.
    await page.getByRole('button', { name: locale === 'zh-TW' ? '简体' : '繁·台' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh-TW' ? 'zh-Hans' : 'zh-Hant')
    await context.close()
  })
}

for (const path of ['/', GUIDE]) {
  test(`the app takes over a returning visitor's kept screen on ${path} as it is: ticks and answers, not one element made anew`, async ({
    page,
  }) => {
    await page.goto(GUIDE)
    await appIsRunning(page)
    await page.getByRole('checkbox', { name: '结清欠费', exact: true }).check()
    await page.getByRole('radio', { name: '英国（比如英国的莱卡）' }).check()
    if (path !== GUIDE) await page.goto(path)
    await keptScreen(page, path)

    await expectTakenOver(page, path)
    if (path === GUIDE) await expect(page.getByRole('checkbox', { name: '结清欠费', exact: true })).toBeChecked()
    else await expect(page.getByText(/^已完成 1\/\d+$/)).toBeVisible()
  })
}

test('someone who scrolls the prerendered guide while the app loads keeps their place', async ({ page }) => {
  const release = await openWithScriptHeld(page, GUIDE)
  const step = page.getByText('先留着不用（保号）', { exact: true })
  await step.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
  // Where the step is on screen. (Not the scroll offset: sections the reader scrolled past are
  // drawn only as they come near the screen, and the browser keeps what is on screen in place.)
  const onScreen = async () => (await step.boundingBox())?.y ?? Number.NaN
  const seen = await onScreen()
  release()
  await appIsRunning(page)
  await expect(page.getByRole('checkbox', { name: '先留着不用（保号）', exact: true })).toBeInViewport()
  // To the pixel (the browser may keep it in place to a fraction of one).
  expect(await onScreen()).toBeCloseTo(seen, 0)
})

test('once the app has started, a tick on the first screen is kept', async ({ page }) => {
  await page.goto(GUIDE)
  const box = page.getByRole('checkbox', { name: '结清欠费', exact: true })
  await box.check()
  await page.reload()
  await expect(box).toBeChecked()
})

test('a Traditional reader’s first paint is Traditional: no Simplified-only character, no stand-in', async ({ browser }) => {
  const choseTraditional = () => window.localStorage.setItem('sim-cancel-checklist:language', 'zh-Hant')
  for (const { locale, chose } of [
    { locale: 'zh-TW', chose: false },
    { locale: 'zh-CN', chose: true },
  ]) {
    const context = await browser.newContext({ locale })
    if (chose) await context.addInitScript(choseTraditional)
    await withoutScripts(context)
    const page = await context.newPage()
    for (const [path, heading] of [
      [GUIDE, '實體 SIM 卡：退租、攜碼、過戶或保留門號'],
      ['/', '一步一步辦好門號退租'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expect(standIn(page)).toBeHidden()
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
      await expectOneScreen(page)
      // 简体 on the language switch is written in its own script on purpose.
      const seen = `${await page.title()} ${await page.locator('body').innerText()}`.replace('简体', '')
      expect(simplifiedOnlyCharacters(seen)).toEqual([])
    }
    // A tap is kept here too.
    await page.goto(GUIDE)
    await page.getByRole('checkbox', { name: '結清欠費', exact: true }).check()
    await context.unroute('**/assets/*.js')
    await page.reload()
    await appIsRunning(page)
    await expect(page.getByRole('checkbox', { name: '結清欠費', exact: true })).toBeChecked()
    await context.close()
  }
})

test('the app starts with the files its page names, all asked for at once: none waits for another to arrive', async ({ page }) => {
  // Any other script waits until the app runs: if the app needed one to start, it would never run.
  let named: string[] = []
  let started = () => {}
  let running = Promise.resolve()
  await page.route('**/assets/*.js', async (route) => {
    if (!named.includes(new URL(route.request().url()).pathname)) await running
    await route.fallback()
  })
  for (const path of ['/', GUIDE]) {
    const html = await (await page.request.get(path)).text()
    named = [...html.matchAll(/<(?:link[^>]*rel="modulepreload"[^>]*href|script[^>]*type="module"[^>]*src)="([^"]+)"/g)].map(
      (match) => match[1]!,
    )
    // The entry and the first screen's files it imports (React, then the app).
    expect(named.length).toBeGreaterThanOrEqual(3)
    running = new Promise<void>((resolve) => (started = resolve))
    await page.goto(path)
    await appIsRunning(page)
    started()
  }
})

test('each reader downloads only the catalogue of their own script, preloaded by the page', async ({ browser }) => {
  for (const [locale, own] of [
    ['zh-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
  ] as const) {
    // Without the service worker, which later caches both for offline use.
    const context = await browser.newContext({ locale, serviceWorkers: 'block' })
    const page = await context.newPage()
    const catalogues: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/catalogue/')) catalogues.push(new URL(request.url()).pathname)
    })
    await page.goto(GUIDE)
    await appIsRunning(page)
    await expect(page.locator(`link[rel="preload"][href="/catalogue/${own}.json"]`)).toHaveCount(1)
    // Once: the app takes the preloaded response.
    expect(catalogues).toEqual([`/catalogue/${own}.json`])
    await context.close()
  }
})

test('when the app starts for a Traditional reader, the screen stays the same: same text, nothing moves', async ({ browser }) => {
  const before = await browser.newContext({ locale: 'zh-TW' })
  await withoutScripts(before)
  const still = await before.newPage()
  await still.goto(GUIDE)
  const prerendered = await still.locator('#root').innerText()
  await before.close()

  const context = await browser.newContext({ locale: 'zh-TW' })
  const page = await context.newPage()
  await page.goto(GUIDE)
  await appIsRunning(page)
  await expect(page.getByLabel('結清欠費', { exact: true })).toBeVisible()
  expect(await page.locator('#root').innerText()).toBe(prerendered)
  expect(await layoutShift(page)).toBe(0)
  await context.close()
})

test('a returning visitor whose screen the app has not kept sees the stand-in, never empty boxes where ticks are saved', async ({
  page,
  context,
}) => {
  await page.goto(GUIDE)
  await page.getByRole('checkbox', { name: '结清欠费', exact: true }).check()
  for (const path of [GUIDE, '/']) {
    const later = await context.newPage()
    await withoutKeptScreen(later)
    await withoutScripts(later)
    await later.goto(path)
    await expect(standIn(later)).toBeVisible()
    await expect(later.locator('input[type="checkbox"], progress').filter({ visible: true })).toHaveCount(0)
    await later.close()
  }
})

test('a returning Traditional reader’s first paint is the screen the app kept, ticks in Traditional, and the app keeps that screen', async ({
  page,
  context,
}) => {
  await page.goto(GUIDE)
  await page.getByRole('checkbox', { name: '备份通讯录、短信和重要资料', exact: true }).check()
  await page.getByRole('checkbox', { name: '结清欠费', exact: true }).check()
  await page.getByRole('button', { name: '繁·台' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '實體 SIM 卡：退租、攜碼、過戶或保留門號' })).toBeVisible()
  await keptScreen(page, GUIDE)

  const still = await guideBeforeTheApp(context)
  await expect(standIn(still)).toBeHidden()
  await expectOneScreen(still)
  await expect(still.getByRole('checkbox', { name: '結清欠費', exact: true })).toBeChecked()
  await expect(still.getByText(`已完成 2/${stepsOnPath('physical-sim')} 步`)).toBeVisible()
  await expect(still.getByRole('link', { name: '弄清楚綁約和合併申辦的寬頻' })).toHaveAttribute('href', `${GUIDE}#item-contract`)
  const seen = `${await still.title()} ${await still.locator('body').innerText()}`.replace('简体', '')
  expect(simplifiedOnlyCharacters(seen)).toEqual([])
  const prerendered = await still.locator('#root').innerText()
  await still.close()
  await expectAppKeepsScreen(context, prerendered, '結清欠費')
})

test('a Traditional reader whose script does not arrive is told so in Traditional', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW' })
  await withoutScripts(context)
  const page = await context.newPage()
  await page.clock.install()
  await page.goto(GUIDE)
  await page.clock.runFor(8_000)
  await expect(page.getByRole('alert')).toBeVisible()
  expect(shown(await page.getByRole('alert').innerText())).toBe(
    '頁面還沒載入完，可能是網路太慢，可以重新載入試試。在這一頁勾選的步驟都已經記在這台裝置上了。重新載入',
  )

  // A returning reader gets the stand-in (no boxes to tick before the app), so no word about ticks.
  await page.evaluate(() => window.localStorage.setItem('sim-cancel-checklist:progress', '{}'))
  await page.reload()
  await page.clock.runFor(8_000)
  await expect(standIn(page)).toBeVisible()
  expect(shown(await page.getByRole('alert').innerText())).toBe('頁面還沒載入完，可能是網路太慢，可以重新載入試試。重新載入')
  await context.close()
})

test('a page that was not prerendered never shows the home screen in its place', async ({ page }) => {
  await withoutScripts(page)
  for (const path of ['/settings', '/people', '/guides/no-such-guide', '/guides/physical-sim/']) {
    await page.goto(path)
    await expect(standIn(page)).toBeVisible()
    await expect(page.getByText(HOME_HEADING, { exact: true })).toBeHidden()
  }
})

test('each guide page has its own title for tabs, bookmarks and search', async ({ request }) => {
  const html = await (await request.get(GUIDE)).text()
  expect(html).toContain('<title>实体手机卡：注销、转网、过户、保号 · 手机卡注销清单</title>')
})
