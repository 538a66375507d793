import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every browser test runs with these watches on every page it opens, and
 * fails if any fired: a Content-Security-Policy violation, an uncaught
 * error, a page's screen the app could not take over as it was, or a
 * request to a host other than ours.
 */
export const test = base.extend<{ watchPages: void }>({
  watchPages: [
    async ({ context }, use) => {
      const problems: string[] = []
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) {
            problems.push(`CSP: ${message.text()}`)
          }
          // The page's screen differed from the app's first render (src/boot/startApp.tsx).
          if (/could not take over the page's screen/.test(message.text())) problems.push(`not taken over: ${message.text()}`)
        })
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
        page.on('request', (request) => {
          const url = new URL(request.url())
          if (/^https?:$/.test(url.protocol) && !['localhost', '127.0.0.1'].includes(url.hostname)) {
            problems.push(`other host: ${request.url()}`)
          }
        })
      }
      context.pages().forEach(watch)
      context.on('page', watch)
      await use()
      expect(problems).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
