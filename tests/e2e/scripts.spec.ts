import type { Page } from '@playwright/test'
import { simplifiedOnlyCharacters } from '../../scripts/generate-traditional.ts'
import { HONG_KONG_NEVER, TAIWAN_NEVER } from '../wordLists.ts'
import { expect, test } from './fixtures.ts'
import { appIsRunning, expectNoSidewaysScroll, SCREENSHOT_DIR, withoutScripts } from './helpers.ts'

/**
 * Each Traditional reader reads their own words: a Hong Kong or Macau
 * browser gets Hong Kong Traditional from its first paint, a Taiwan one
 * Taiwan's, and anyone can pick any of the three, which is remembered.
 */
const GUIDES = ['/guides/physical-sim', '/guides/esim']

/** What the screen says, every 说明 open: a step's details are part of what a reader reads. */
async function everythingShown(page: Page): Promise<string> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
  })
  // The language buttons name each script in its own letters (简体): everything else is the reader's.
  return `${await page.title()}\n${await page.locator('#root').innerText()}`.replace('简体', '')
}
const found = (text: string, words: readonly (string | RegExp)[]) =>
  words.filter((word) => (typeof word === 'string' ? text.includes(word) : word.test(text)))

/** Answers the guide's questions as given (question → option, in the screen's words). */
async function answer(page: Page, answers: readonly (readonly [string, string])[]) {
  for (const [question, option] of answers) {
    await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check()
  }
}

/**
 * The physical-SIM guide's questions in a script's own words, fetched as the
 * app does: question(index, option id) → [question title, option title].
 */
async function questionsIn(page: Page, script: 'zh-Hant' | 'zh-HK') {
  const catalogue = await page.evaluate(
    async (url) =>
      (await (await fetch(url)).json()) as {
        guides: { questions: { title: string; options: { id: string; title: string }[] }[] }[]
      },
    `/catalogue/${script}.json`,
  )
  return (index: number, option: string) => {
    const q = catalogue.guides[0]!.questions[index]!
    return [q.title, q.options.find((o) => o.id === option)!.title] as const
  }
}

for (const locale of ['zh-HK', 'zh-MO']) {
  test.describe(`a ${locale} browser`, () => {
    test.use({ locale })

    test('paints Hong Kong Traditional before the app arrives, with lang="zh-HK"', async ({ page }) => {
      await withoutScripts(page)
      for (const path of ['/', ...GUIDES]) {
        await page.goto(path)
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK')
        // The language buttons name each script in its own letters (简体): everything else is the reader's.
        const text = `${await page.title()}\n${await page.locator('#root').innerText()}`.replace('简体', '')
        expect(found(text, HONG_KONG_NEVER), path).toEqual([])
        expect(simplifiedOnlyCharacters(text, 'zh-HK'), path).toEqual([])
        expect(await page.locator('.prerendered').count(), path).toBe(1)
      }
      if (locale === 'zh-HK') await page.screenshot({ path: `${SCREENSHOT_DIR}/before-script-zh-HK.png` })
    })
  })
}

test.describe('a Hong Kong reader with the app running', () => {
  test.use({ locale: 'zh-HK' })

  test('reads every guide in Hong Kong words, details open, unanswered and along a path', async ({ page }) => {
    for (const path of GUIDES) {
      await page.goto(path)
      await appIsRunning(page)
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK')
      expect(found(await everythingShown(page), HONG_KONG_NEVER), path).toEqual([])
    }
    // A Hong Kong prepaid card, cancelled: the path a Hong Kong reader takes most.
    await page.goto(GUIDES[0]!)
    await appIsRunning(page)
    const question = await questionsIn(page, 'zh-HK')
    // plan, holder, where, hk-or-tw, now, pay (the guide's question order).
    await answer(page, [
      question(0, 'cancel'),
      question(1, 'self'),
      question(2, 'hk-tw'),
      question(5, 'hk'),
      question(6, 'here'),
      question(7, 'prepaid'),
    ])
    const text = await everythingShown(page)
    expect(found(text, HONG_KONG_NEVER)).toEqual([])
    expect(simplifiedOnlyCharacters(text, 'zh-HK')).toEqual([])
    await expectNoSidewaysScroll(page)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/guide-hk-prepaid-zh-HK.png`, fullPage: true })

    for (const path of ['/', '/settings', '/people', '/no/such/page']) {
      await page.goto(path)
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK')
      await expect(page.locator('h1')).toBeVisible()
      expect(found(await everythingShown(page), HONG_KONG_NEVER), path).toEqual([])
    }
  })
})

test('the three-way switch changes the script, and the choice is remembered', async ({ page }) => {
  await page.goto(GUIDES[0]!)
  await appIsRunning(page)
  await page.getByRole('checkbox', { name: '结清欠费' }).check()
  for (const [button, lang] of [
    ['繁·港', 'zh-HK'],
    ['繁·台', 'zh-Hant'],
    ['简体', 'zh-Hans'],
    ['繁·港', 'zh-HK'],
  ] as const) {
    await page.getByRole('button', { name: button }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('button', { name: button })).toHaveAttribute('aria-pressed', 'true')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await appIsRunning(page)
    await expect(page.getByRole('button', { name: button })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1')
  }
  // The installed app's name follows the script on screen.
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /manifest\.zh-HK\.webmanifest$/)
  await page.getByRole('banner').screenshot({ path: `${SCREENSHOT_DIR}/language-switch-zh-HK.png` })
})

test.describe('a Taiwan browser', () => {
  test.use({ locale: 'zh-TW' })

  test('reads every guide without the words a Taiwan reader would not write, details open', async ({ page }) => {
    for (const path of GUIDES) {
      await page.goto(path)
      await appIsRunning(page)
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
      expect(found(await everythingShown(page), TAIWAN_NEVER), path).toEqual([])
    }
    await page.goto(GUIDES[0]!)
    await appIsRunning(page)
    const question = await questionsIn(page, 'zh-Hant')
    for (const answers of [
      // A Taiwan line with a contract, ended; then a mainland number moved to another operator.
      [
        question(0, 'cancel'),
        question(1, 'self'),
        question(2, 'hk-tw'),
        question(5, 'tw'),
        question(6, 'here'),
        question(7, 'monthly'),
        question(8, 'yes'),
      ],
      [
        question(0, 'port'),
        question(1, 'family'),
        question(2, 'mainland'),
        question(3, 'china-mobile'),
        question(6, 'here'),
        question(8, 'no'),
      ],
    ]) {
      await answer(page, answers)
      expect(found(await everythingShown(page), TAIWAN_NEVER)).toEqual([])
    }
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /manifest\.zh-Hant\.webmanifest$/)
  })
})
