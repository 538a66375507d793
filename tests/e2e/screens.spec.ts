import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { SCREENSHOT_DIR, expectAccessible, expectComfortableTapTargets, expectNoSidewaysScroll } from './helpers.ts'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

const scripts = [
  {
    lang: 'zh-Hans',
    button: '简体',
    add: '添加',
    home: '一步一步注销手机号',
    guide: '实体手机卡：注销、转网、过户、保号',
    notFound: '找不到这个页面',
    tick: '结清欠费',
    detail: '：结清欠费',
    reset: '重新开始',
    settings: '进度与备份',
    pick: '选择备份文件',
    people: '为谁办理',
    continue: '在另一台设备继续',
    note: /^备注\s*：结清欠费$/,
  },
  {
    lang: 'zh-Hant',
    button: '繁·台',
    add: '新增',
    home: '一步一步辦好門號退租',
    guide: '實體 SIM 卡：退租、攜碼、過戶或保留門號',
    notFound: '找不到這個頁面',
    tick: '結清欠費',
    detail: '：結清欠費',
    reset: '重新開始',
    settings: '進度與備份',
    pick: '選擇備份檔案',
    people: '為誰辦理',
    continue: '在另一台裝置繼續',
    note: /^備註\s*：結清欠費$/,
  },
  {
    lang: 'zh-HK',
    button: '繁·港',
    add: '新增',
    home: '一步一步取消手機號碼',
    guide: '實體 SIM 卡：取消號碼、轉台、轉名、保留號碼',
    notFound: '找不到這個頁面',
    tick: '結清欠費',
    detail: '：結清欠費',
    reset: '重新開始',
    settings: '進度與備份',
    pick: '選擇備份檔案',
    people: '為誰辦理',
    continue: '在另一部裝置繼續',
    note: /^備註\s*：結清欠費$/,
  },
] as const

async function useScript(page: Page, button: string) {
  await page.goto('/')
  await page.getByRole('button', { name: button }).click()
}

async function checkScreen(page: Page, name: string) {
  await expectNoSidewaysScroll(page)
  await expectComfortableTapTargets(page)
  await expectAccessible(page)
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` })
}

for (const script of scripts) {
  test.describe(`screens in ${script.lang}`, () => {
    test('home', async ({ page }) => {
      await useScript(page, script.button)
      await expect(page.getByRole('heading', { level: 1, name: script.home })).toBeVisible()
      await expect(page.getByRole('article')).toHaveCount(2)
      await checkScreen(page, `home-${script.lang}`)
    })

    test('guide, with ticks and a detail open', async ({ page }) => {
      await useScript(page, script.button)
      await page.goto('/guides/physical-sim')
      await expect(page.getByRole('heading', { level: 1, name: script.guide })).toBeVisible()
      await page.getByRole('checkbox').nth(0).check()
      await page.getByRole('checkbox', { name: script.tick }).check()
      await page.locator('summary').filter({ hasText: script.detail }).click()
      await checkScreen(page, `guide-${script.lang}`)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/guide-${script.lang}-full.png`, fullPage: true })
    })

    test('guide, choosing one channel', async ({ page }) => {
      await useScript(page, script.button)
      await page.goto('/guides/esim')
      const choice = page.getByRole('group').filter({ has: page.getByRole('checkbox') })
      await choice.getByRole('checkbox').nth(2).check()
      await choice.scrollIntoViewIfNeeded()
      await checkScreen(page, `guide-choice-${script.lang}`)
    })

    test('reset dialog', async ({ page }) => {
      await useScript(page, script.button)
      await page.goto('/guides/physical-sim')
      await page.getByRole('checkbox', { name: script.tick }).check()
      await page.getByRole('button', { name: script.reset }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await checkScreen(page, `reset-dialog-${script.lang}`)
    })

    test('settings, with a backup about to be imported', async ({ page }) => {
      await useScript(page, script.button)
      await page.goto('/guides/physical-sim')
      await page.getByRole('checkbox', { name: script.tick }).check()
      await page.getByRole('link', { name: script.settings }).click()
      await expect(page.getByRole('heading', { level: 1, name: script.settings })).toBeVisible()
      await checkScreen(page, `settings-${script.lang}`)
      // The version, and the day it was built, at the end of the screen.
      const about = page.getByText(new RegExp(`^版本 ${version.replaceAll('.', '\\.')} · \\d{4}-\\d{2}-\\d{2}$`))
      await about.scrollIntoViewIfNeeded()
      await expect(about).toBeVisible()
      await page.screenshot({ path: `${SCREENSHOT_DIR}/settings-end-${script.lang}.png` })
      const backup = await page.evaluate(() => window.localStorage.getItem('sim-cancel-checklist:progress'))
      const state = JSON.parse(backup ?? '{}').state
      const file = { format: 'sim-cancel-checklist/progress-backup', version: 4, exportedAt: Date.UTC(2026, 10, 20, 8), state }
      await page
        .getByLabel(script.pick)
        .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })
      await page.locator('.import-preview').scrollIntoViewIfNeeded()
      await checkScreen(page, `settings-import-${script.lang}`)
    })

    test('people, with a second person added', async ({ page }) => {
      await useScript(page, script.button)
      await page.goto('/people')
      await expect(page.getByRole('heading', { level: 1, name: script.people })).toBeVisible()
      await page.getByRole('textbox').fill('妈妈的卡')
      await page.getByRole('button', { name: script.add, exact: true }).click()
      await expect(page.getByRole('listitem').filter({ hasText: '妈妈的卡' })).toBeVisible()
      await checkScreen(page, `people-${script.lang}`)
    })

    test('guide, writing a note on a step', async ({ page }) => {
      await useScript(page, script.button)
      await page.goto('/guides/physical-sim')
      await page.getByRole('checkbox', { name: script.tick }).check()
      await page.locator('summary').filter({ hasText: script.detail }).click()
      await page.getByRole('textbox', { name: script.note }).fill('工单号 A1234')
      await page.getByRole('textbox', { name: script.note }).blur()
      await checkScreen(page, `guide-note-${script.lang}`)
    })

    test('continue on another device', async ({ page }) => {
      await useScript(page, script.button)
      await page.goto('/guides/physical-sim')
      await page.getByRole('checkbox', { name: script.tick }).check()
      await page.getByRole('button', { name: script.continue }).click()
      await expect(page.getByRole('dialog', { name: script.continue }).getByRole('img')).toBeVisible()
      await checkScreen(page, `continue-${script.lang}`)
    })

    test('not found', async ({ page }) => {
      await useScript(page, script.button)
      await page.goto('/nowhere')
      await expect(page.getByRole('heading', { level: 1, name: script.notFound })).toBeVisible()
      await checkScreen(page, `not-found-${script.lang}`)
    })
  })
}

test.describe('dark mode follows the system', () => {
  test.use({ colorScheme: 'dark' })

  test('home and guide', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(2)
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    expect(background).toBe('rgb(17, 20, 23)')
    await checkScreen(page, 'home-dark')
    await page.goto('/guides/esim')
    await page.getByRole('checkbox').nth(0).check()
    await checkScreen(page, 'guide-dark')
  })
})

test.describe('before the app’s script arrives (what a slow network shows first)', () => {
  const views = [
    { name: 'before-script-home', path: '/', options: {} },
    { name: 'before-script-guide', path: '/guides/physical-sim', options: {} },
    { name: 'before-script-guide-dark', path: '/guides/physical-sim', options: { colorScheme: 'dark' } },
    { name: 'before-script-zh-Hant', path: '/guides/physical-sim', options: { locale: 'zh-TW' } },
  ] as const

  for (const { name, path, options } of views) {
    test(name, async ({ browser }) => {
      const context = await browser.newContext(options)
      await context.route('**/assets/*.js', (route) => route.abort())
      const page = await context.newPage()
      await page.goto(path)
      await expect(page.locator('.app-header').filter({ visible: true })).toHaveCount(1)
      await expectNoSidewaysScroll(page)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` })
      await context.close()
    })
  }
})
