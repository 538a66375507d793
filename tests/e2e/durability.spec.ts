import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { appIsRunning } from './helpers.ts'
import { journalText, launchKillable, newProfile, removeProfile } from './killableBrowser.ts'

/**
 * A browser killed right after a tick (SIGKILL: no unload, nothing flushed)
 * keeps the tick. Chromium writes localStorage to disk seconds late; the
 * app's IndexedDB journal is on disk once its write completes, which this
 * test waits for instead of racing a clock. How often ticks survive a kill
 * at a fixed delay is measured by `npm run bench:kill`.
 */
const GUIDE = '/guides/physical-sim'

const journaled = async (page: Page, stepId: string) => {
  const text = await journalText(page)
  return text !== null && JSON.parse(text).state.people.me.guides['physical-sim']?.[stepId]?.done === true
}

test('a tick survives the browser being killed right after it, three times over', async ({ baseURL }) => {
  test.setTimeout(90_000)
  const profile = newProfile()
  try {
    const steps = [
      ['结清欠费', 'settle-bill'],
      ['带上这张手机卡', 'sim-card'],
      ['备份通讯录、短信和重要资料', 'backup'],
    ] as const
    for (const [round, [name, stepId]] of steps.entries()) {
      const { page, kill } = await launchKillable(profile)
      await page.goto(`${baseURL}${GUIDE}`)
      await appIsRunning(page)
      for (const [earlier] of steps.slice(0, round)) await expect(page.getByRole('checkbox', { name: earlier })).toBeChecked()
      await page.getByRole('checkbox', { name }).check()
      // On disk in the journal: from here a kill cannot take it.
      await expect.poll(() => journaled(page, stepId)).toBe(true)
      await kill()
    }
    const { page, kill } = await launchKillable(profile)
    await page.goto(`${baseURL}${GUIDE}`)
    for (const [name] of steps) await expect(page.getByRole('checkbox', { name })).toBeChecked()
    await kill()
  } finally {
    removeProfile(profile)
  }
})
