import { defineConfig } from '@playwright/test'
import { CHROMIUM_PATH, QUIET_FLAGS } from './scripts/chromium.ts'

const PORT = 4173

/**
 * Browser tests run in Debian's Chromium (never a downloaded browser) at
 * phone size, against the production build served by `vite preview`.
 * Run `npm run build` first; .ci/run does.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    // Service workers only where a test asks for them (tests/e2e/pwa.spec.ts): elsewhere they
    // would answer requests from cache and hide what the page really does.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: QUIET_FLAGS,
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
