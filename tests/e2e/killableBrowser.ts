import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { CHROMIUM_PATH, HEADLESS_FLAGS } from '../../scripts/chromium.ts'

/**
 * Debian's Chromium on a profile that stays on disk, started by us so that
 * it can be killed with SIGKILL the way Android kills a browser in the
 * background: no unload, no flush. Playwright drives it over CDP.
 */
const FLAGS = [...HEADLESS_FLAGS, '--remote-debugging-port=0']

export interface Killable {
  browser: Browser
  page: Page
  kill: () => Promise<void>
}

export const newProfile = () => mkdtempSync(join(tmpdir(), 'sim-kill-'))
export const removeProfile = (dir: string) => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })

async function devToolsPort(profile: string, child: ChildProcess): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`chromium exited (${child.exitCode})`)
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0])
      if (port > 0) return port
    } catch {
      // Not written yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('chromium did not open its DevTools port')
}

/** Chromium on `profile`, with one page at phone size. */
export async function launchKillable(profile: string): Promise<Killable> {
  rmSync(join(profile, 'DevToolsActivePort'), { force: true })
  // Its own process group, so the kill takes the renderers and the rest with it.
  const child = spawn(CHROMIUM_PATH, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore', detached: true })
  const port = await devToolsPort(profile, child)
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  const context = browser.contexts()[0] ?? (await browser.newContext())
  const page = await context.newPage()
  await page.setViewportSize({ width: 360, height: 740 })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    browser,
    page,
    kill: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
      await exited
      await browser.close().catch(() => {})
    },
  }
}

/** The text the app's journal holds in this page's IndexedDB, or null. */
export const journalText = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('sim-cancel-checklist', 1)
        open.onupgradeneeded = () => open.result.createObjectStore('journal')
        open.onerror = () => resolve(null)
        open.onsuccess = () => {
          const get = open.result.transaction('journal').objectStore('journal').get('latest')
          get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : null)
          get.onerror = () => resolve(null)
        }
      }),
  )
