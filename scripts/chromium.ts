/**
 * Debian's Chromium (never a downloaded one), with what every run of ours
 * starts it with: no background requests, no updates, no sync, no first-run
 * screens. Used by the browser tests, the bench and the kill bench.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** For a Chromium we start ourselves rather than through Playwright. */
export const HEADLESS_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', ...QUIET_FLAGS]
