import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appIsRunning, expectAccessible, expectNoSidewaysScroll, SCREENSHOT_DIR } from './helpers.ts'

const GUIDE = '/guides/physical-sim'
const answer = (page: Page, question: string, option: string) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check()
/** Opens the guide once the app has taken over the prerendered screen, so no box is swapped under a tap. */
async function open(page: Page) {
  await page.goto(GUIDE)
  await appIsRunning(page)
}
const checkbox = (page: Page, name: string | RegExp) => page.getByRole('checkbox', { name, exact: typeof name === 'string' })
/** The names of every checkbox on the screen: what the person is asked to do. */
const allSteps = (page: Page) =>
  page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''))

test('a family member’s mainland number: what the helper brings, and what still needs the holder', async ({ page }) => {
  await open(page)
  await answer(page, '这是谁的号码？', '家人的（本人能一起去，或者写授权）')
  await answer(page, '这张卡是哪里的运营商？', '中国内地')
  await answer(page, '还想继续用这个号码吗？', '不要了，注销掉')
  await expect(checkbox(page, '带上双方的证件原件和授权委托书')).toBeVisible()
  await expect(checkbox(page, '问清哪些事只能机主本人来')).toBeVisible()
  await expect(checkbox(page, '带上登记这个号码的证件原件')).toHaveCount(0)
  await page.locator('#item-family-documents summary').click()
  await expect(page.locator('#item-family-documents')).toContainText('授权委托书')
})

for (const { locale, lang, words } of [
  {
    locale: 'zh-CN',
    lang: 'zh-Hans',
    words: {
      whose: ['这是谁的号码？', '已经去世的家人的'],
      where: ['这张卡是哪里的运营商？', '中国内地'],
      keep: ['还想继续用这个号码吗？', '不要了，注销掉'],
      documents: '准备逝者的死亡证明和你们的关系证明',
      death: '死亡证明',
      relation: '亲属关系证明',
    },
  },
  {
    locale: 'zh-TW',
    lang: 'zh-Hant',
    words: {
      whose: ['這是誰的門號？', '已經去世的家人的'],
      where: ['這張卡是哪裡的電信公司？', '中國大陸'],
      keep: ['還想繼續用這個門號嗎？', '不要了，退租'],
      documents: '準備逝者的死亡證明和你們的關係證明',
      death: '死亡證明',
      relation: '親屬關係證明',
    },
  },
] as const) {
  test.describe(`a relative who has died (${lang})`, () => {
    test.use({ locale })

    test('the death certificate and the proof of relationship; no step asks for a password or a face check', async ({ page }) => {
      await open(page)
      await answer(page, words.whose[0], words.whose[1])
      await answer(page, words.where[0], words.where[1])
      await answer(page, words.keep[0], words.keep[1])
      const documents = page.locator('#item-deceased-documents')
      await expect(checkbox(page, words.documents)).toBeVisible()
      await documents.locator('summary').click()
      await expect(documents).toContainText(words.death)
      await expect(documents).toContainText(words.relation)
      expect((await allSteps(page)).filter((step) => /密码|密碼|人脸|人臉|刷脸|刷臉|PIN/.test(step))).toEqual([])
      await documents.scrollIntoViewIfNeeded()
      await expectNoSidewaysScroll(page)
      await expectAccessible(page)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/case-deceased-${lang}.png` })
    })
  })
}

test('a UK card: automatic top-ups off, and from abroad, whether the card can text', async ({ page }) => {
  await open(page)
  await answer(page, '这张卡是哪里的运营商？', '英国（比如英国的莱卡）')
  await answer(page, '你现在人在英国吗？', '不在，在中国或别的国家')
  await expect(checkbox(page, '关掉自动充值和自动续订，删掉保存的银行卡')).toBeVisible()
  await expect(checkbox(page, '人不在英国：先看这张卡能不能发短信')).toBeVisible()
  await expect(checkbox(page, '英国银行和 GOV.UK 的验证码改用 App')).toBeVisible()
  await page.getByRole('radiogroup', { name: '你现在人在英国吗？' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/case-uk-abroad-zh-Hans.png` })
})

test('porting a mainland number names the 120-day rule and the same local network', async ({ page }) => {
  await open(page)
  await answer(page, '这张卡是哪里的运营商？', '中国内地')
  await answer(page, '还想继续用这个号码吗？', '想留着，换到别的运营商')
  const check = page.locator('#item-port-check')
  await check.locator('summary').click()
  await expect(check).toContainText('入网满 120 天')
  await expect(check).toContainText('同一个本地网')
})
