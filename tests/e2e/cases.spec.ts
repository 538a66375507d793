import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appIsRunning, expectAccessible, expectNoSidewaysScroll, SCREENSHOT_DIR } from './helpers.ts'

/**
 * Cases as their people walk them (docs/cases.md has every named case's
 * whole path; tests/unit/casePaths.test.ts holds every path to the rules).
 */
const GUIDE = '/guides/physical-sim'
const answer = (page: Page, question: string, option: string) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check()
/** Answers the questions in order, as [question, option] pairs. */
async function answerAll(page: Page, answers: readonly (readonly [string, string])[]) {
  for (const [question, option] of answers) await answer(page, question, option)
}
/** Opens the guide once the app has taken over the prerendered screen, so no box is swapped under a tap. */
async function open(page: Page) {
  await page.goto(GUIDE)
  await appIsRunning(page)
}
const checkbox = (page: Page, name: string | RegExp) => page.getByRole('checkbox', { name, exact: typeof name === 'string' })
/** The names of every checkbox on the screen: what the person is asked to do. */
const allSteps = (page: Page) =>
  page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''))

const CANCEL = ['你想怎么处理这个号码？', '注销，以后不用这个号码了'] as const
const MAINLAND = ['这张卡是哪里的运营商？', '中国内地'] as const

test('a family member’s mainland number: what the helper brings, what still needs the holder, and only the hall', async ({ page }) => {
  await open(page)
  await answerAll(page, [CANCEL, ['这是谁的号码？', '家人的，我帮着办'], MAINLAND])
  await expect(checkbox(page, '带上双方的证件原件和授权委托书')).toBeVisible()
  await expect(checkbox(page, '问清哪些事只能机主本人来')).toBeVisible()
  await expect(checkbox(page, '带上登记这个号码的证件原件')).toHaveCount(0)
  // A paper authorisation cannot pass the hotline's or the app's identity check: the hall is the one way.
  await expect(checkbox(page, '去营业厅办理')).toBeVisible()
  await expect(checkbox(page, '打运营商的官方客服热线')).toHaveCount(0)
  await expect(checkbox(page, /官方 App/)).toHaveCount(0)
  await page.locator('#item-family-documents summary').click()
  await expect(page.locator('#item-family-documents')).toContainText('授权委托书')
})

for (const { locale, lang, words } of [
  {
    locale: 'zh-CN',
    lang: 'zh-Hans',
    words: {
      answers: [
        ['你想怎么处理这个号码？', '注销，以后不用这个号码了'],
        ['这是谁的号码？', '已经去世的家人的'],
        ['这张卡是哪里的运营商？', '中国内地'],
      ],
      documents: '准备逝者的死亡证明和你们的关系证明',
      death: '死亡证明',
      relation: '亲属关系证明',
      banks: '银行和证券账户按继承手续办',
      inherit: '按继承手续办理',
      rebind: /换绑|改预留手机号|换号码|换到新号码/,
    },
  },
  {
    locale: 'zh-TW',
    lang: 'zh-Hant',
    words: {
      answers: [
        ['你想怎麼處理這個門號？', '退租，以後不用這個門號了'],
        ['這是誰的門號？', '已經去世的家人的'],
        ['這張卡是哪裡的電信公司？', '中國大陸'],
      ],
      documents: '準備逝者的死亡證明和你們的關係證明',
      death: '死亡證明',
      relation: '親屬關係證明',
      banks: '銀行和證券帳戶按繼承手續辦',
      inherit: '按繼承手續辦理',
      rebind: /更換綁定|改留存的手機號碼|換號碼|換到新號碼/,
    },
  },
] as const) {
  test.describe(`a relative who has died (${lang})`, () => {
    test.use({ locale })

    test('the documents, how the accounts are inherited, and no step to move their accounts or use their password', async ({ page }) => {
      await open(page)
      await answerAll(page, words.answers)
      const documents = page.locator('#item-deceased-documents')
      await expect(checkbox(page, words.documents)).toBeVisible()
      await documents.locator('summary').click()
      await expect(documents).toContainText(words.death)
      await expect(documents).toContainText(words.relation)
      const banks = page.locator('#item-deceased-banks')
      await expect(checkbox(page, words.banks)).toBeVisible()
      await banks.locator('summary').click()
      await expect(banks).toContainText(words.inherit)
      const steps = await allSteps(page)
      expect(steps.filter((step) => words.rebind.test(step))).toEqual([])
      expect(steps.filter((step) => /密码|密碼|人脸|人臉|刷脸|刷臉|PIN/.test(step))).toEqual([])
      await banks.scrollIntoViewIfNeeded()
      await expectNoSidewaysScroll(page)
      await expectAccessible(page)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/case-deceased-${lang}.png` })
    })
  })
}

test('过户 to an heir: the transfer, and nothing of porting after it', async ({ page }) => {
  await open(page)
  await answerAll(page, [['你想怎么处理这个号码？', '过户给家人，让家人接着用'], ['这是谁的号码？', '已经去世的家人的'], MAINLAND])
  await expect(page.getByRole('heading', { level: 2, name: '过户给家人' })).toBeVisible()
  await expect(checkbox(page, '把号码过户到继承人名下')).toBeVisible()
  expect((await allSteps(page)).filter((step) => /转网|携号|PAC|新运营商|转好/.test(step))).toEqual([])
  await page.getByRole('heading', { level: 2, name: '过户给家人' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/case-transfer-zh-Hans.png` })
})

test.describe('a Taiwan line (zh-TW)', () => {
  test.use({ locale: 'zh-TW' })

  test('is ended one way only: at the operator’s own store', async ({ page }) => {
    await open(page)
    await answerAll(page, [
      ['你想怎麼處理這個門號？', '退租，以後不用這個門號了'],
      ['這是誰的門號？', '我自己的'],
      ['這張卡是哪裡的電信公司？', '香港或台灣'],
      ['是香港還是台灣的門號？', '台灣'],
    ])
    await expect(checkbox(page, /直營門市/)).toHaveCount(1)
    await expect(page.locator('#item-channel')).toHaveCount(0)
    expect((await allSteps(page)).filter((step) => /客服專線|官網申請|去營業廳辦理/.test(step))).toEqual([])
    await page.locator('#item-tw-end-line summary').click()
    await expect(page.locator('#item-tw-end-line')).toContainText('直營')
    await page.locator('#item-tw-end-line').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/case-taiwan-zh-Hant.png` })
  })
})

test('a Lycamobile card kept alive from China: top-ups kept, roaming on, nothing that lets it lapse', async ({ page }) => {
  await open(page)
  await answerAll(page, [
    ['你想怎么处理这个号码？', '先留着不用，别让号码停掉（保号）'],
    ['这是谁的号码？', '我自己的'],
    ['这张卡是哪里的运营商？', '英国（比如英国的莱卡）'],
    ['是英国哪家运营商的号码？', '莱卡 Lycamobile'],
    ['你现在人在这个号码所属的国家或地区吗？', '不在，人在别的国家或地区'],
    ['这个号码是储值卡，还是按月付费？', '储值卡：先充值后用（预付费）'],
  ])
  await expect(checkbox(page, '莱卡英国：每隔几个月充值或用一次')).toBeVisible()
  await expect(checkbox(page, '人不在当地也要收短信：给这张卡开着漫游')).toBeVisible()
  await expect(checkbox(page, '关掉自动充值和自动续订，删掉保存的银行卡')).toHaveCount(0)
  expect((await allSteps(page)).filter((step) => /关掉|注销|退订|PAC/.test(step))).toEqual([])
  // From China: the e-mail and the website, no short number to dial.
  await page.locator('#item-abroad-contact summary').click()
  await expect(page.locator('#item-abroad-contact a[href="mailto:cs@lycamobile.co.uk"]')).toBeVisible()
  await expect(page.locator('a[href^="tel:"], a[href^="sms:"]')).toHaveCount(0)
  await page.getByRole('heading', { level: 2, name: '保号：先留着不用' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOT_DIR}/case-uk-hold-zh-Hans.png` })
})

test('porting a mainland number: its conditions without the draft’s 120 days in use, and the same local network', async ({ page }) => {
  await open(page)
  await answerAll(page, [['你想怎么处理这个号码？', '换到别的运营商，号码留着'], MAINLAND])
  const check = page.locator('#item-port-check')
  await check.locator('summary').click()
  await expect(check).toContainText('距上次转网要满 120 天')
  await expect(check).not.toContainText('入网满')
  const numbers = page.locator('#item-port-numbers')
  await numbers.locator('summary').click()
  await expect(numbers).toContainText('同一个本地网')
})
