/**
 * npm run bench:kill: how often a tick survives the browser being killed
 * (SIGKILL, as Android kills a browser in the background) 0.2 s, 1 s and 3 s
 * after it, on a persistent Chromium profile against the production build;
 * with the app's IndexedDB journal, and with IndexedDB taken away (what
 * localStorage alone keeps) for comparison. Prints the figures to the
 * terminal and to test-results/kill-bench.txt; not a test, it does not fail.
 */
import { execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { preview } from 'vite'
import type { Page } from '@playwright/test'
import { launchKillable, newProfile, removeProfile } from '../tests/e2e/killableBrowser.ts'

const PORT = 4282
const DELAYS = [200, 1000, 3000]
const TRIALS = Number(process.env.KILL_TRIALS ?? 7)
const GUIDE = '/guides/physical-sim'
const STEP = '结清欠费'

/** Until the app runs the screen: its buttons respond (before, they wait for it, inert). */
const appIsRunning = (page: Page) =>
  page.waitForFunction(() => document.querySelector('button') && !document.querySelector('button[inert]'))

async function trial(base: string, delay: number, journal: boolean): Promise<boolean> {
  const profile = newProfile()
  try {
    const first = await launchKillable(profile)
    if (!journal) await first.page.addInitScript(() => Reflect.deleteProperty(window, 'indexedDB'))
    await first.page.goto(`${base}${GUIDE}`)
    await appIsRunning(first.page)
    await first.page.getByRole('checkbox', { name: STEP }).check()
    await new Promise((resolve) => setTimeout(resolve, delay))
    await first.kill()

    const second = await launchKillable(profile)
    await second.page.goto(`${base}${GUIDE}`)
    await appIsRunning(second.page)
    await second.page.getByRole('checkbox', { name: STEP }).waitFor()
    // Give the journal its moment to be folded in.
    await second.page.waitForTimeout(300)
    const kept = await second.page.getByRole('checkbox', { name: STEP }).isChecked()
    await second.kill()
    return kept
  } finally {
    removeProfile(profile)
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' })
  const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'silent' })
  const base = `http://localhost:${PORT}`
  const lines: string[] = [`tick, then SIGKILL the browser; ${TRIALS} trials per delay, persistent Chromium profile`]
  try {
    for (const journal of [true, false]) {
      let lost = 0
      let total = 0
      const parts: string[] = []
      for (const delay of DELAYS) {
        let lostHere = 0
        for (let run = 0; run < TRIALS; run += 1) if (!(await trial(base, delay, journal))) lostHere += 1
        parts.push(`${delay / 1000} s: ${lostHere}/${TRIALS} lost`)
        lost += lostHere
        total += TRIALS
      }
      lines.push(
        `${journal ? 'with the journal (the app as built)' : 'localStorage only (IndexedDB taken away)'}: ${lost} of ${total} ticks lost  (${parts.join(', ')})`,
      )
      console.log(lines.at(-1))
    }
  } finally {
    await server.close()
  }
  mkdirSync('test-results', { recursive: true })
  writeFileSync('test-results/kill-bench.txt', `${lines.join('\n')}\n`)
  console.log(lines.join('\n'))
}

await main()
