import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appIsRunning, expectAccessible, expectComfortableTapTargets, expectNoSidewaysScroll, SCREENSHOT_DIR } from './helpers.ts'

const GUIDE = '/guides/physical-sim'

/** The words of each script the tests tap and read. */
const scripts = [
  {
    locale: 'zh-CN',
    lang: 'zh-Hans',
    where: ['这张卡是哪里的运营商？', '中国内地', '英国（比如英国的莱卡）'],
    operator: ['是哪家运营商的号码？', '中国移动'],
    ukOperator: ['是英国哪家运营商的号码？', '莱卡 Lycamobile'],
    cancel: ['你想怎么处理这个号码？', '注销，以后不用这个号码了'],
    keep: ['你想怎么处理这个号码？', '换到别的运营商，号码留着'],
    now: ['你现在人在这个号码所属的国家或地区吗？', '不在，人在别的国家或地区'],
    abroadCall: '拨打 +8613800100186',
    actions: '直接联系',
    call: '拨打 10086',
    text: (number: string) => `发短信到 ${number}`,
    name: '姓名',
    id: '证件号码',
    printed: '中国移动 · 短信服务号码：发短信“CXXZ#姓名#证件号码”到 10086',
  },
  {
    locale: 'zh-TW',
    lang: 'zh-Hant',
    where: ['這張卡是哪裡的電信公司？', '中國大陸', '英國（例如 Lycamobile）'],
    operator: ['是哪家電信公司的門號？', '中國移動'],
    ukOperator: ['是英國哪家電信公司的門號？', 'Lycamobile'],
    cancel: ['你想怎麼處理這個門號？', '退租，以後不用這個門號了'],
    keep: ['你想怎麼處理這個門號？', '換到別的電信公司，門號留著'],
    now: ['你現在人在這個門號所屬的國家或地區嗎？', '不在，人在別的國家或地區'],
    abroadCall: '撥打 +8613800100186',
    actions: '直接聯絡',
    call: '撥打 10086',
    text: (number: string) => `傳簡訊到 ${number}`,
    name: '姓名',
    id: '證件號碼',
    printed: '中國移動 · 簡訊服務號碼：傳簡訊「CXXZ#姓名#證件號碼」到 10086',
  },
] as const

const answer = (page: Page, [question, option]: readonly [string, string]) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check()
/** Opens a guide once the app has taken over the prerendered screen, so no box is swapped under a tap. */
async function open(page: Page) {
  await page.goto(GUIDE)
  await appIsRunning(page)
}
/** Opens a step's 说明和备注 and gives its 直接联系. */
async function actionsOf(page: Page, stepId: string, script: (typeof scripts)[number]) {
  const step = page.locator(`#item-${stepId}`)
  await step.locator('summary').click()
  const actions = step.getByRole('region', { name: script.actions })
  await expect(actions).toBeVisible()
  return actions
}

for (const script of scripts) {
  test.describe(`one tap to act (${script.lang})`, () => {
    test.use({ locale: script.locale })

    test('a 中国移动 number: call 10086, and the 携号转网 text to 10086 built on the phone', async ({ page }) => {
      await open(page)
      await answer(page, script.cancel)
      await answer(page, [script.where[0], script.where[1]])
      await answer(page, script.operator)
      const hotline = await actionsOf(page, 'channel-hotline', script)
      await expect(hotline.getByRole('link', { name: script.call })).toHaveAttribute('href', 'tel:10086')
      // Only 中国移动's: no other operator's hotline.
      await expect(hotline.getByRole('link', { name: /10010|10000/ })).toHaveCount(0)
      await hotline.scrollIntoViewIfNeeded()
      await expectNoSidewaysScroll(page)
      await expectComfortableTapTargets(page)
      await expectAccessible(page)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/actions-hotline-${script.lang}.png` })

      await answer(page, script.keep)
      const port = await actionsOf(page, 'port-check', script)
      await port.getByLabel(script.name, { exact: true }).fill('张三')
      await port.getByLabel(script.id, { exact: true }).fill('110105194912310021')
      const send = port.getByRole('link', { name: script.text('10086') })
      await expect(send).toHaveAttribute('href', /^sms:10086\?&body=CXXZ%23/)
      expect(decodeURIComponent((await send.getAttribute('href'))!.split('body=')[1]!)).toBe('CXXZ#张三#110105194912310021')
      await port.scrollIntoViewIfNeeded()
      await expectComfortableTapTargets(page)
      await expectAccessible(page)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/actions-port-${script.lang}.png` })

      // Not printed: paper has the text with what goes where.
      await page.emulateMedia({ media: 'print' })
      await expect(page.getByText('110105194912310021')).toBeHidden()
      await expect(page.getByText(script.printed)).toBeVisible()
      await page.emulateMedia({ media: 'screen' })

      // Nothing typed is kept on the device: a tick saves (and journals) while the fields hold it; after a reload, neither
      // localStorage nor the IndexedDB journal has it.
      await page.locator('#item-port-check input[type=checkbox]').check()
      await page.reload()
      await expect(page.locator('#item-port-check input[type=checkbox]')).toBeChecked()
      const kept = await page.evaluate(async () =>
        [
          ...Object.values(window.localStorage),
          await new Promise<string>((resolve) => {
            const request = indexedDB.open('sim-cancel-checklist')
            request.onsuccess = () => {
              const database = request.result
              if (!database.objectStoreNames.contains('journal')) return resolve('')
              const all = database.transaction('journal').objectStore('journal').getAll()
              all.onsuccess = () => resolve(JSON.stringify(all.result))
            }
            request.onerror = () => resolve('')
          }),
        ].join('\n'),
      )
      expect(kept).toContain('port-check')
      expect(kept).not.toContain('张三')
      expect(kept).not.toContain('110105194912310021')
    })

    test('a 中国移动 number from abroad: its international number, never a short one', async ({ page }) => {
      await open(page)
      await answer(page, script.cancel)
      await answer(page, [script.where[0], script.where[1]])
      await answer(page, script.operator)
      await answer(page, script.now)
      const contact = await actionsOf(page, 'abroad-contact', script)
      await expect(contact.getByRole('link', { name: script.abroadCall })).toHaveAttribute('href', 'tel:+8613800100186')
      await actionsOf(page, 'verify', script)
      await expect(page.locator('a[href="tel:+8613800100186"]')).toHaveCount(2)
      // No short number anywhere: 10086 does not answer a call from abroad, and no hotline way is offered.
      await expect(page.locator('a[href^="tel:"]:not([href^="tel:+"]), a[href^="sms:"]')).toHaveCount(0)
      await expect(page.locator('#item-channel-hotline')).toHaveCount(0)
      await contact.scrollIntoViewIfNeeded()
      await expectNoSidewaysScroll(page)
      await expectAccessible(page)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/actions-abroad-${script.lang}.png` })
    })

    test('a UK number kept: text PAC to 65075', async ({ page }) => {
      await open(page)
      await answer(page, [script.where[0], script.where[2]])
      await answer(page, script.ukOperator)
      await answer(page, script.keep)
      const pac = await actionsOf(page, 'pac-code', script)
      await expect(pac.getByRole('link', { name: script.text('65075') })).toHaveAttribute('href', 'sms:65075?&body=PAC')
      await expect(pac.getByText('65075', { exact: true })).toBeVisible()
    })
  })
}
