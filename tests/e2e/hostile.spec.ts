import { deflateRawSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appIsRunning, SCREENSHOT_DIR } from './helpers.ts'

/**
 * What a URL, a link, a file or storage holds never blanks the page: each
 * case ends with a screen that says what happened, and the fixtures fail
 * the test on any uncaught error.
 */
const GUIDE = '/guides/physical-sim'
const fixture = JSON.parse(readFileSync('tests/unit/fixtures/progress-v3.json', 'utf8'))
const payload = (document: unknown) => deflateRawSync(Buffer.from(JSON.stringify(document))).toString('base64url')
const link = (change: Record<string, unknown>) =>
  `/continue#${payload({ format: 'sim-cancel-checklist/person', version: 3, sentAt: 1_764_000_000_000, personId: 'p-mum', person: fixture.state.people['p-mum'], ...change })}`
const stillThere = (page: Page) => expect(page.getByRole('link', { name: '手机卡注销清单' })).toBeVisible()

for (const hash of ['#%', '#%E0%A4%A', '#item-%', '#%ZZ']) {
  test(`a guide opened with a broken # (${hash}) shows the guide`, async ({ page }) => {
    await page.goto(`${GUIDE}${hash}`)
    await expect(page.getByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })).toBeVisible()
    await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeVisible()
  })
}

test('a broken # reached inside the app shows the guide too', async ({ page }) => {
  await page.goto(GUIDE)
  await appIsRunning(page)
  await page.evaluate(() => (window.location.hash = '%E0%A4%A'))
  await page.getByRole('checkbox', { name: '结清欠费' }).check()
  await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
})

for (const sentAt of [1e20, -1e20, 8.64e15 + 1]) {
  test(`a link sent at a time no Date can hold (${sentAt}) is refused with a message`, async ({ page }) => {
    await page.goto(link({ sentAt }))
    await expect(page.getByText(/这个链接里的内容不是本应用生成的，或者被改过/)).toBeVisible()
    await stillThere(page)
  })
}

test('a link whose person would reverse the preview’s sentence shows the name without that', async ({ page }) => {
  await page.goto(link({ person: { ...fixture.state.people['p-mum'], name: '\u202E卡的妈妈' } }))
  await expect(page.getByText('这个链接带来了“卡的妈妈”的进度', { exact: false })).toBeVisible()
})

test('a link or a backup naming a prototype member is refused, and the saved progress still loads after', async ({ page }) => {
  await page.goto(link({ personId: 'toString' }))
  await expect(page.getByText(/这个链接里的内容不是本应用生成的，或者被改过/)).toBeVisible()

  await page.goto('/settings')
  const state = { ...fixture.state, people: { ...fixture.state.people, valueOf: fixture.state.people['p-mum'] } }
  const file = { format: 'sim-cancel-checklist/progress-backup', version: 3, exportedAt: 1e20, state }
  await page
    .getByLabel('选择备份文件')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })
  await expect(page.getByText(/这份备份里的内容不是本应用生成的，或者被改过/)).toBeVisible()
  await page.goto(GUIDE)
  await expect(page.getByText(/读不出来/)).toHaveCount(0)
})

/** Objects inside objects, `depth` deep: what an attacker puts in a link or a file to exhaust the stack. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`

test('a link holding 200,000 nested objects is refused in words within 2 s, with no page error', async ({ page }) => {
  const text = `{"format":"sim-cancel-checklist/person","version":4,"sentAt":1,"personId":"me","person":${nested(200_000)}}`
  await page.goto(`/continue#${deflateRawSync(Buffer.from(text)).toString('base64url')}`)
  // From the page's load: the app starts, inflates, stops at its limit and says so.
  await expect(page.getByText(/这个链接不完整或已经损坏/)).toBeVisible({ timeout: 2_000 })
  await expect(page.getByText('没有导入任何内容', { exact: false })).toBeVisible()
  await stillThere(page)
})

test('a backup file holding 40,000 nested objects under guides is refused in words within 2 s, with no page error', async ({ page }) => {
  await page.goto('/settings')
  const text = `{"format":"sim-cancel-checklist/progress-backup","version":4,"exportedAt":1,"state":{"currentPersonId":"me","people":{"me":{"guides":${nested(40_000)}}}}}`
  await page.getByLabel('选择备份文件').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(page.getByText(/这个文件读不出来/)).toBeVisible({ timeout: 2_000 })
  await expect(page.getByText('没有导入任何内容', { exact: false })).toBeVisible()
  await stillThere(page)
})

test('saved progress with a damaged part loads every part that reads, and says what could not', async ({ page }) => {
  const saved = JSON.parse(JSON.stringify(fixture))
  saved.state.currentPersonId = 'me'
  saved.state.people.me.guides['physical-sim'].backup = { done: 'yes', at: 1 }
  saved.state.people.toString = saved.state.people['p-mum']
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('sim-cancel-checklist:progress', text)
      sessionStorage.setItem('seeded', '1')
    }
  }, JSON.stringify(saved))
  await page.goto(GUIDE)
  await expect(page.getByText('保存的进度有一部分读不出来：1 个勾选、1 个人的进度。', { exact: false })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '注销之前再想一想' })).toBeChecked()
  await page.reload()
  await expect(page.getByRole('checkbox', { name: '注销之前再想一想' })).toBeChecked()
  await expect(page.getByText(/读不出来/)).toHaveCount(0)
})

for (const { locale, lang, words } of [
  {
    locale: 'zh-CN',
    lang: 'zh-Hans',
    words: {
      choose: '选择备份文件',
      warning: '选“合并”或“替换”会删掉这台设备上的：',
      mum: '“妈妈的卡”，连同这个人的全部勾选和备注',
      merge: '合并',
      undo: '撤销',
    },
  },
  {
    locale: 'zh-TW',
    lang: 'zh-Hant',
    words: {
      choose: '選擇備份檔案',
      warning: '選「合併」或「替換」會刪掉這台裝置上的：',
      mum: '「妈妈的卡」，連同這個人的全部勾選和備註',
      merge: '合併',
      undo: '復原',
    },
  },
] as const) {
  test.describe(`a backup that removes a person, dated in 2255 (${lang})`, () => {
    test.use({ locale })

    test('names the removal before 合并, and 撤销 brings the person back', async ({ page }) => {
      // 妈妈的卡 with a tick, on this device.
      const here = { ...fixture.state, currentPersonId: 'me' }
      await page.addInitScript(
        (text) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem('sim-cancel-checklist:progress', text)
            sessionStorage.setItem('seeded', '1')
          }
        },
        JSON.stringify({ version: 3, state: here }),
      )
      await page.goto('/settings')
      await appIsRunning(page)
      // A file from a clock two centuries ahead, or from someone who wants 妈妈的卡 gone.
      const removed = { name: null, at: 9e12, removed: true, guides: {}, notes: {}, answers: {} }
      const state = { currentPersonId: 'me', people: { me: fixture.state.people.me, 'p-mum': removed } }
      const file = { format: 'sim-cancel-checklist/progress-backup', version: 3, exportedAt: 1_764_000_000_000, state }
      await page
        .getByLabel(words.choose)
        .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })
      const warning = page.locator('.take-in-losses').filter({ hasText: words.warning })
      await expect(warning).toContainText(words.warning)
      await expect(warning).toContainText(words.mum)
      await warning.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SCREENSHOT_DIR}/import-removes-person-${lang}.png` })

      await page.getByRole('button', { name: words.merge, exact: true }).click()
      const mumRemoved = () =>
        page.evaluate(() => JSON.parse(localStorage.getItem('sim-cancel-checklist:progress') ?? '{}').state?.people?.['p-mum']?.removed)
      await expect.poll(mumRemoved).toBe(true)
      await page.getByRole('button', { name: words.undo }).click()
      await expect.poll(mumRemoved).toBe(false)
      await page.goto(GUIDE)
      await expect(page.getByLabel(lang === 'zh-Hans' ? '为谁办理' : '為誰辦理').locator('option', { hasText: '妈妈的卡' })).toHaveCount(1)
    })
  })
}
