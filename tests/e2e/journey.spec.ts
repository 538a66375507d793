import { expect, test } from './fixtures.ts'
import { appIsRunning, stepsOnPath } from './helpers.ts'

test('ticks survive a reload, and so does the choice of 繁體', async ({ page }) => {
  await page.goto('/guides/physical-sim')
  const steps = ['结清欠费', '带上这张手机卡', '注销号码']
  for (const name of steps) await page.getByRole('checkbox', { name, exact: true }).check()
  await expect(page.getByRole('progressbar', { name: '完成进度' })).toHaveAttribute('value', '3')

  await page.reload()
  for (const name of steps) await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: '备份通讯录、短信和重要资料' })).not.toBeChecked()
  await expect(page.getByText(`已完成 3/${stepsOnPath('physical-sim')} 步`)).toBeVisible()

  await page.getByRole('button', { name: '繁·台' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '實體 SIM 卡：退租、攜碼、過戶或保留門號' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '實體 SIM 卡：退租、攜碼、過戶或保留門號' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
  await expect(page).toHaveTitle('實體 SIM 卡：退租、攜碼、過戶或保留門號 · 門號退租清單')
  for (const name of ['結清欠費', '帶上這張 SIM 卡', '退租門號']) {
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked()
  }
  await expect(page.getByRole('button', { name: '繁·台' })).toHaveAttribute('aria-pressed', 'true')
})

test('the home screen shows progress and 继续 opens the first unticked step', async ({ page }) => {
  await page.goto('/guides/esim')
  await page.getByRole('checkbox', { name: '记住：删除 eSIM 不等于注销' }).check()
  await page.getByRole('checkbox', { name: '备份通讯录、短信和重要资料' }).check()
  await page.getByRole('link', { name: '全部清单' }).click()

  const card = page.getByRole('article', { name: 'eSIM：注销、转网、过户、保号' })
  await expect(card.getByText(`已完成 2/${stepsOnPath('esim')}`)).toBeVisible()
  await expect(card.getByText('上次勾选：刚刚')).toBeVisible()
  await card.getByRole('link', { name: '继续' }).click()

  const next = page.getByRole('checkbox', { name: '结清欠费' })
  await expect(next).toBeFocused()
  await expect(next).toBeInViewport()
})

test('an unknown path shows a friendly not-found page with a way home', async ({ page }) => {
  await page.goto('/this/does/not/exist')
  await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible()
  await page.getByRole('link', { name: '回到首页' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '一步一步注销手机号' })).toBeVisible()
})

test('an unknown guide id shows the not-found page too', async ({ page }) => {
  await page.goto('/guides/old-guide')
  await expect(page.getByRole('heading', { level: 1, name: '找不到这份清单' })).toBeVisible()
})

test('重新开始 asks in a dialog, and the clearing can be undone', async ({ page }) => {
  await page.goto('/guides/physical-sim')
  await page.getByRole('checkbox', { name: '结清欠费' }).check()
  await page.getByRole('checkbox', { name: '备份通讯录、短信和重要资料' }).check()

  await page.getByRole('button', { name: '重新开始' }).click()
  const dialog = page.getByRole('dialog', { name: '清空这份清单的勾选和备注？' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()

  await page.getByRole('button', { name: '重新开始' }).click()
  await dialog.getByRole('button', { name: '清空', exact: true }).click()
  await expect(page.getByRole('checkbox', { name: '结清欠费' })).not.toBeChecked()
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
  await page.reload()
  await expect(page.getByRole('checkbox', { name: '备份通讯录、短信和重要资料' })).toBeChecked()
})

test('a catalogue that fails to load offers a retry', async ({ page }) => {
  let offline = true
  await page.route('**/catalogue/*.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()))
  await page.goto('/guides/physical-sim')
  await expect(page.getByRole('heading', { level: 1, name: '清单没能加载出来' })).toBeVisible()
  await expect(page.getByText(/已经勾选的记录都还在/)).toBeVisible()
  offline = false
  await page.getByRole('button', { name: '重试' }).click()
  await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeVisible()
  // The UI text came with it: no raw keys.
  await expect(page.getByRole('link', { name: '‹ 全部清单' })).toBeVisible()
  await expect(page.getByText(`已完成 0/${stepsOnPath('physical-sim')} 步`)).toBeVisible()
})

test.describe('a browser set to Traditional Chinese (Taiwan)', () => {
  test.use({ locale: 'zh-TW' })

  test('gets 繁體 on its first visit', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: '一步一步辦好門號退租' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
    await expect(page).toHaveTitle('門號退租清單')
  })
})

test('everything works from the keyboard', async ({ page }) => {
  await page.goto('/guides/physical-sim')
  // Once the app has replaced the prerendered screen, so the focus stays where it is put.
  await appIsRunning(page)
  await page.getByRole('checkbox', { name: '结清欠费' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^有欠费的号码，很多运营商办不了注销/)).toBeVisible()
})

test('a new screen opens at its top, even from a link at the bottom of a long page', async ({ page }) => {
  await page.goto('/guides/physical-sim')
  await page.getByRole('link', { name: '进度与备份' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '进度与备份' })).toBeInViewport()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})
