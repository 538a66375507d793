import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appIsRunning, expectAccessible, expectComfortableTapTargets, expectNoSidewaysScroll, SCREENSHOT_DIR } from './helpers.ts'

const GUIDE = '/guides/physical-sim'
const answer = (page: Page, question: string, option: string) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check()
/** Opens a guide once the app has replaced the prerendered screen, so no box is swapped under a tap. */
async function open(page: Page, path = GUIDE) {
  await page.goto(path)
  await appIsRunning(page)
}
const bar = (page: Page) => page.getByRole('progressbar', { name: /完成进度|完成進度/ })

/** A Lycamobile UK number on a monthly contract, cancelled by its holder in the UK. */
async function answerUkCancel(page: Page) {
  await answer(page, '你想怎么处理这个号码？', '注销，以后不用这个号码了')
  await answer(page, '这是谁的号码？', '我自己的')
  await answer(page, '这张卡是哪里的运营商？', '英国（比如英国的莱卡）')
  await answer(page, '是英国哪家运营商的号码？', '莱卡 Lycamobile')
  await answer(page, '你现在人在这个号码所属的国家或地区吗？', '在')
  await answer(page, '这个号码是储值卡，还是按月付费？', '按月付费：每月有账单')
  await answer(page, '号码有合约，或者和宽带绑在一起吗？', '有')
}
const UK_CASE = '注销号码 · 自己的号码 · 英国的号码 · 莱卡 · 人在当地 · 按月付费 · 有合约或宽带'
const UK_CASE_HANT = '退租門號 · 自己的門號 · 英國的門號 · Lycamobile · 人在當地 · 按月付費 · 有綁約或寬頻'

test('a card from outside the mainland loses the mainland-only steps, keeps its answers across a reload, in 繁體 too', async ({ page }) => {
  await open(page)
  await answer(page, '你想怎么处理这个号码？', '注销，以后不用这个号码了')
  await answer(page, '这张卡是哪里的运营商？', '中国内地')
  const mainlandOnly = ['用“一证通查”核对一遍', '确认自己记得服务密码', '带上登记这个号码的证件原件', '去营业厅办理']
  for (const name of mainlandOnly) await expect(page.getByRole('checkbox', { name })).toBeVisible()
  await expect(page.getByText('回答完上面的问题，清单会换成适合你的步骤（已经勾选的和备注都还在）。')).toBeVisible()

  await answerUkCancel(page)
  for (const name of mainlandOnly) await expect(page.getByRole('checkbox', { name })).toHaveCount(0)
  await expect(page.getByText('一证通查')).toHaveCount(0)
  await expect(page.getByRole('checkbox', { name: '发 INFO 到 85075，问清离开要付的费用' })).toBeVisible()
  const fitted = Number(await bar(page).getAttribute('max'))
  await expect(page.getByText(`已完成 0/${fitted} 步`)).toBeVisible()
  await expect(page.getByText(/^有 \d+ 步不适合你，已经收起/)).toBeVisible()
  await page.getByRole('checkbox', { name: '结清欠费' }).check()
  await page.getByRole('button', { name: '好了' }).click()
  await expect(page.getByRole('button', { name: '修改' })).toBeFocused()
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${SCREENSHOT_DIR}/questions-answered-zh-Hans.png` })

  await page.reload()
  await expect(page.getByText(UK_CASE)).toBeVisible()
  await expect(page.getByRole('radiogroup')).toHaveCount(0)
  await expect(page.getByText(`已完成 1/${fitted} 步`)).toBeVisible()

  await page.getByRole('button', { name: '繁·台' }).click()
  await expect(page.getByText(UK_CASE_HANT)).toBeVisible()
  await expect(page.getByText(`已完成 1/${fitted} 步`)).toBeVisible()
  await expect(page.getByText('一證通查')).toHaveCount(0)
  await page.getByRole('button', { name: '修改' }).click()
  await expect(
    page.getByRole('radiogroup', { name: '這張卡是哪裡的電信公司？' }).getByRole('radio', { name: '英國（例如 Lycamobile）' }),
  ).toBeChecked()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/questions-open-zh-Hant.png` })
  await page.reload()
  await expect(page.getByText(UK_CASE_HANT)).toBeVisible()

  await page.goto('/')
  await expect(page.getByRole('article', { name: '實體 SIM 卡：退租、攜碼、過戶或保留門號' }).getByText(`已完成 1/${fitted}`)).toBeVisible()
})

test('keeping the number shows the way to move it instead of cancelling it', async ({ page }) => {
  await open(page)
  await answer(page, '你想怎么处理这个号码？', '换到别的运营商，号码留着')
  await answer(page, '这张卡是哪里的运营商？', '中国内地')
  await expect(page.getByRole('heading', { level: 2, name: '转到新运营商' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '发短信查能不能携号转网' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '转好之前，别注销旧号码' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '办理注销' })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 2, name: '注销之后' })).toHaveCount(0)
  await expect(page.getByRole('checkbox', { name: /PAC/ })).toHaveCount(0)

  await answer(page, '这张卡是哪里的运营商？', '英国（比如英国的莱卡）')
  await expect(page.getByRole('checkbox', { name: '发 PAC 到 65075，拿到转网码' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '发短信查能不能携号转网' })).toHaveCount(0)
})

test('the questions are comfortable on a phone and accessible, open and folded, in all three scripts', async ({ page }) => {
  for (const script of [
    { button: '简体', lang: 'zh-Hans', question: '这张卡是哪里的运营商？' },
    { button: '繁·台', lang: 'zh-Hant', question: '這張卡是哪裡的電信公司？' },
    { button: '繁·港', lang: 'zh-HK', question: '這張卡是哪裏的電訊商？' },
  ]) {
    await open(page)
    await page.getByRole('button', { name: script.button }).click()
    // Checked once the switch has landed: the page in the chosen script, not half-way through re-rendering.
    await expect(page.locator('html')).toHaveAttribute('lang', script.lang)
    await expect(page.getByRole('radiogroup', { name: script.question })).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectComfortableTapTargets(page)
    await expectAccessible(page)
    await page.getByRole('radiogroup').first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/questions-first-visit-${script.lang}.png` })
  }
  await page.getByRole('button', { name: '简体' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  await answerUkCancel(page)
  await page.getByRole('button', { name: '好了' }).click()
  await expect(page.getByText(UK_CASE)).toBeVisible()
  await expectComfortableTapTargets(page)
  await expectAccessible(page)
})

test('a backup and a continue link carry the answers to another browser', async ({ browser }) => {
  const phone = await browser.newContext()
  const from = await phone.newPage()
  await open(from)
  await answerUkCancel(from)
  await from.getByRole('checkbox', { name: '结清欠费' }).check()
  await from.getByRole('checkbox', { name: '打运营商的官方客服热线' }).check()
  await from.getByRole('checkbox', { name: '在官方 App 或官网申请销户' }).check()
  const fitted = Number(await bar(from).getAttribute('max'))
  await expect(from.getByText(`已完成 2/${fitted} 步`)).toBeVisible()

  // The link.
  await from.getByRole('button', { name: '在另一台设备继续' }).click()
  const linkBox = from.getByRole('dialog').getByRole('textbox', { name: '链接' })
  await expect(linkBox).toHaveValue(/\/continue#[\w-]+$/)
  const link = await linkBox.inputValue()
  const laptop = await browser.newContext()
  const to = await laptop.newPage()
  await to.goto(link)
  await expect(to.getByText(`实体手机卡：注销、转网、过户、保号：已完成 2/${fitted} 步`)).toBeVisible()
  await to.getByRole('button', { name: '合并进来' }).click()
  await open(to)
  await expect(to.getByText(UK_CASE)).toBeVisible()
  await expect(to.getByText(`已完成 2/${fitted} 步`)).toBeVisible()
  await laptop.close()

  // The backup file.
  await from.keyboard.press('Escape')
  await from.goto('/settings')
  const downloading = from.waitForEvent('download')
  await from.getByRole('button', { name: '导出进度' }).click()
  const file = await (await downloading).path()
  expect(JSON.parse(readFileSync(file, 'utf8')).state.people.me.answers['physical-sim'].where.value).toBe('uk')
  const tablet = await browser.newContext()
  const restored = await tablet.newPage()
  await restored.goto('/settings')
  await restored.getByLabel('选择备份文件').setInputFiles(file)
  await expect(restored.getByText(`实体手机卡：注销、转网、过户、保号：已完成 2/${fitted} 步`)).toBeVisible()
  await restored.getByRole('button', { name: '合并' }).click()
  await open(restored)
  await expect(restored.getByText(UK_CASE)).toBeVisible()
  await expect(restored.getByRole('checkbox', { name: '确认自己记得服务密码' })).toHaveCount(0)
  await tablet.close()
  await phone.close()
})

test('print and 分享文字 say the person’s case and list only the steps that fit it', async ({ page }) => {
  await open(page)
  await answerUkCancel(page)
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    })
  })
  await page.getByRole('button', { name: '分享文字' }).click()
  await expect(page.getByText(/已复制/)).toBeVisible()
  const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied)
  expect(copied).toContain(`你的情况：${UK_CASE}`)
  expect(copied).toContain('☐ 发 INFO 到 85075，问清离开要付的费用\n   英国的运营商 · 通用短号码：发短信“INFO”到 85075')
  // Only the person's operator's contacts: 莱卡's, no mainland hotline.
  expect(copied).toContain('英国莱卡 Lycamobile · 官方网站：https://www.lycamobile.co.uk')
  expect(copied).not.toContain('10086')
  expect(copied).not.toContain('一证通查')
  expect(copied).not.toContain('服务密码')

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByText(`你的情况：${UK_CASE}`)).toBeVisible()
  await expect(page.getByText('英国的运营商 · 通用短号码：发短信“INFO”到 85075')).toBeVisible()
  await expect(page.getByRole('radiogroup').first()).toBeHidden()
  await expect(page.getByRole('button', { name: '好了' })).toBeHidden()
})
