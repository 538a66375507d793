/**
 * npm run bench: how fast the app is on a cheap phone, in figures.
 *
 * 1. Builds the app and serves the production build (vite preview).
 * 2. Makes a static copy of each measured page: the rendered HTML with every
 *    script removed (the speed limit for this content), served beside it.
 * 3. Runs Lighthouse (installed on first use: scripts/lighthouseOnDemand.ts; mobile profile: simulated slow 4G, 4x CPU slowdown)
 *    on "/" and on a guide, app and static copy, and prints the four
 *    category scores, LCP, TBT, CLS, the bytes of the first screen (JS, CSS,
 *    data; gzip) and the LCP ratio app / static copy.
 * 4. Measures a guide with real throttling (Lighthouse's devtools method) for
 *    each kind of visit, beside its own static copy: a first visit in each
 *    script, and returning visitors (two ticks; answers, a note and two
 *    people, also on home; progress in an older format). A returning
 *    visitor's progress is put in place and the app has run once with it;
 *    then the visit comes as returning visits really do: with the service
 *    worker that run installed, with only the browser's HTTP cache, or with
 *    neither (storage kept, everything else cleared); the static copy of a
 *    visit with the worker is served by the worker too. "After an update": the
 *    visit is served a copy of the build whose app script has new bytes and
 *    a new name (an update that changes code but no text); "after a text
 *    change", one where a step on the path is reworded.
 * 5. Measures how long a tick takes to reach the screen in Chromium with
 *    4x CPU throttling.
 *
 * It prints figures and the targets beside them; it is not a test and does
 * not fail on a miss. Chromium: scripts/chromium.ts. BENCH_ONLY=guide-answered
 * (a comma-separated list of page and visit names) measures only those.
 */
import { execSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import { preview } from 'vite'
import { CHROMIUM_PATH, HEADLESS_FLAGS, QUIET_FLAGS } from './chromium.ts'
import { loadLighthouse } from './lighthouseOnDemand.ts'

const { lighthouse, chromeLauncher, version: lighthouseVersion } = await loadLighthouse()

/**
 * Chrome as a phone has it: chrome-launcher turns RenderDocument off (a
 * workaround of Lighthouse's own) in its --disable-features; the same list
 * without it, given last, is the one Chromium reads. With it off, a page the
 * service worker served had its first frames held back about a second at a
 * time (a returning visit with the worker painted at 2.27 s instead of
 * 0.6-0.8 s; docs/speed.md).
 */
const AS_CHROME_HAS_IT = chromeLauncher.Launcher.defaultFlags()
  .filter((flag) => flag.startsWith('--disable-features='))
  .map((flag) => flag.replace(/,?RenderDocument\b/, ''))

const APP_PORT = 4280
const STATIC_PORT = 4281
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
/**
 * Real throttling is noisier: the same static page's LCP spans 0.74-1.02 s in
 * five runs on our 2-core machine, most of it the length of the first layout.
 * Five runs each, app and static copy in turn, so a ratio means something.
 */
const VISIT_RUNS = Number(process.env.BENCH_RUNS ?? 5)
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'guide', path: '/guides/physical-sim' },
]
const STATIC_DIR = 'node_modules/.bench-static'
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean)
const chosen = <T extends { name: string }>(items: T[]) => (ONLY ? items.filter((item) => ONLY.includes(item.name)) : items)

/** Gives up on a step that hangs (a browser that never answers) instead of waiting for ever. */
async function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

interface LighthouseRun {
  scores: Record<string, number>
  fcp: number
  lcp: number
  tbt: number
  cls: number
  observedLoad: number
  requests: { url: string; resourceType: string; start: number }[]
}

/** A kind of visit, measured with real (devtools) throttling beside its static copy. */
interface Visit {
  name: string
  path: string
  /** The browser's language (a Traditional reader: zh-TW). */
  lang?: string
  /** Saved progress put in place before the visit (a returning visitor). */
  saved?: string
  /**
   * The app has run once with it (so the screen it keeps for the next visit is there), and then
   * the visit comes as a returning visitor's does: with the service worker that run installed
   * ('worker'), without a worker but with the browser's HTTP cache ('http-cache'), or with
   * neither ('cold', as an evicted cache or a new browser profile with the same storage).
   */
  returning?: 'worker' | 'http-cache' | 'cold'
  /**
   * Measured on the next version of the build, after the screen was kept by this one: one that
   * changes code but no text ('code', UPDATE_DIR), or one that rewords a step ('text', TEXT_UPDATE_DIR).
   */
  update?: 'code' | 'text'
  /**
   * Measures the visit's static copy as the app is served to it: for a 'worker' visit, by the
   * service worker (WORKER_STATIC_DIR). Set on the static copy's runs only.
   */
  staticCopy?: true
}

const at = 1_764_000_000_000
const TWO_TICKS = { 'physical-sim': { decide: { done: true, at }, 'settle-bill': { done: true, at: at + 1000 } } }
/** Saved progress (the current format) with "我" as given and anyone else. */
const savedWith = (me: object, others: object = {}) =>
  JSON.stringify({
    version: 4,
    state: {
      currentPersonId: 'me',
      people: { me: { name: null, at: 0, removed: false, guides: {}, notes: {}, answers: {}, ownSteps: {}, ...me }, ...others },
    },
  })

/** A returning visitor: two steps of the guide ticked, nothing else. */
const RETURNING = savedWith({ guides: TWO_TICKS })

/** A returning visitor with answers (a UK card to cancel, no contract), a note, an own step, and a second person. */
const ANSWERED = savedWith(
  {
    guides: TWO_TICKS,
    notes: { 'physical-sim': { 'settle-bill': { text: '交了 35 元，收据在抽屉里', at: at + 2000 } } },
    answers: { 'physical-sim': { where: { value: 'uk', at }, keep: { value: 'cancel', at }, contract: { value: 'no', at } } },
    ownSteps: { 'physical-sim': { 'own-bench1': { section: 'before', title: '解绑招商银行', at } } },
  },
  { 'p-mum': { name: '妈妈的卡', at, removed: false, guides: {}, notes: {}, answers: {}, ownSteps: {} } },
)

/** The visitor of ANSWERED as a version of the app from before own steps saved it (format 3: no own steps). */
const OLDER_FORMAT = (() => {
  const { state } = JSON.parse(ANSWERED) as { state: { people: Record<string, { ownSteps?: unknown }> } }
  for (const person of Object.values(state.people)) delete person.ownSteps
  return JSON.stringify({ version: 3, state })
})()

const VISITS: Visit[] = [
  { name: 'guide-first-zh-Hans', path: '/guides/physical-sim' },
  { name: 'guide-first-zh-TW', path: '/guides/physical-sim', lang: 'zh-TW' },
  { name: 'guide-first-zh-HK', path: '/guides/physical-sim', lang: 'zh-HK' },
  { name: 'guide-returning', path: '/guides/physical-sim', saved: RETURNING, returning: 'cold' },
  { name: 'guide-answered-worker', path: '/guides/physical-sim', saved: ANSWERED, returning: 'worker' },
  { name: 'guide-answered-cached', path: '/guides/physical-sim', saved: ANSWERED, returning: 'http-cache' },
  { name: 'guide-answered', path: '/guides/physical-sim', saved: ANSWERED, returning: 'cold' },
  { name: 'guide-after-update', path: '/guides/physical-sim', saved: ANSWERED, returning: 'cold', update: 'code' },
  { name: 'guide-after-text-change', path: '/guides/physical-sim', saved: ANSWERED, returning: 'http-cache', update: 'text' },
  { name: 'guide-older-format', path: '/guides/physical-sim', saved: OLDER_FORMAT, returning: 'cold' },
  { name: 'home-answered', path: '/', saved: ANSWERED, returning: 'cold' },
]

const UPDATE_DIR = 'node_modules/.bench-update'
const WORKER_STATIC_DIR = 'node_modules/.bench-worker-static'
const TEXT_UPDATE_DIR = 'node_modules/.bench-text-update'

/**
 * The next version of the build, as an update that changes code but no text
 * or screen: a copy of dist whose app script has one more line and a new
 * name, and every page and script that names it says the new name.
 */
function makeUpdate() {
  rmSync(UPDATE_DIR, { recursive: true, force: true })
  cpSync('dist', UPDATE_DIR, { recursive: true })
  const entry = /src="\/assets\/(index-[\w-]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1]
  if (!entry) throw new Error('bench: no app script in dist/index.html')
  const next = entry.replace(/\.js$/, '-next.js')
  for (const file of readdirSync(UPDATE_DIR, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(html|js)$/.test(file)) continue
    const path = `${UPDATE_DIR}/${file}`
    const text = readFileSync(path, 'utf8')
    if (text.includes(entry)) writeFileSync(path, text.replaceAll(entry, next))
  }
  renameSync(`${UPDATE_DIR}/assets/${entry}`, `${UPDATE_DIR}/assets/${next}`)
  appendFileSync(`${UPDATE_DIR}/assets/${next}`, '\n// the next version\n')
}

/**
 * The next version of the build, as an update that rewords a guide's text (as
 * this round's content work does for everyone): a copy of dist where a step on
 * the measured path says "先结清欠费", in the catalogue and every page, which
 * therefore carry a new drawing (data-drawing) too.
 */
function makeTextUpdate() {
  rmSync(TEXT_UPDATE_DIR, { recursive: true, force: true })
  cpSync('dist', TEXT_UPDATE_DIR, { recursive: true })
  for (const file of readdirSync(TEXT_UPDATE_DIR, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(html|json)$/.test(file)) continue
    const path = `${TEXT_UPDATE_DIR}/${file}`
    const text = readFileSync(path, 'utf8')
    const next = text.replaceAll('结清欠费', '先结清欠费').replace(/data-drawing="([^"]+)"/, 'data-drawing="$1-next"')
    if (next !== text) writeFileSync(path, next)
  }
  if (!readFileSync(`${TEXT_UPDATE_DIR}/catalogue/zh-Hans.json`, 'utf8').includes('先结清欠费'))
    throw new Error('bench: the text update found no "结清欠费" to reword')
}

/**
 * A visit's static copy as the service worker serves it: a copy of dist whose
 * page for the visit is its static copy. The app installs the worker from
 * another page, which precaches this one as it is. A page the worker serves
 * comes without the network's round trips: the app's visit with the worker
 * is measured beside a static copy that comes the same way.
 */
function makeWorkerStatic(visit: Visit) {
  rmSync(WORKER_STATIC_DIR, { recursive: true, force: true })
  cpSync('dist', WORKER_STATIC_DIR, { recursive: true })
  const file = visit.path === '/' ? 'index.html' : `${visit.path.slice(1)}.html`
  cpSync(`${STATIC_DIR}/static/${visit.name}.html`, `${WORKER_STATIC_DIR}/${file}`)
}

/** The app's server on APP_PORT, serving `dir` (dist, or the next version for an update). */
let appServer: Awaited<ReturnType<typeof preview>> | undefined
async function serveApp(dir: string) {
  const closing = appServer
  appServer = undefined
  if (closing) await new Promise<void>((resolve) => closing.httpServer.close(() => resolve()))
  appServer = await preview({ build: { outDir: dir }, preview: { port: APP_PORT, strictPort: true }, logLevel: 'silent' })
}

async function runLighthouse(url: string, categories: string[], visit?: Visit): Promise<LighthouseRun> {
  const langFlags = visit?.lang ? [`--lang=${visit.lang}`, `--accept-lang=${visit.lang}`] : []
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...HEADLESS_FLAGS, ...AS_CHROME_HAS_IT, ...langFlags],
  })
  try {
    if (visit?.saved) await within(`seeding ${url}`, 60_000, seedStorage(chrome.port, url, visit.saved, visit.returning))
    if (visit?.update) await serveApp(visit.update === 'text' ? TEXT_UPDATE_DIR : UPDATE_DIR)
    if (visit?.staticCopy) {
      await serveApp(WORKER_STATIC_DIR)
      await within(`installing the worker for ${url}`, 60_000, installWorker(chrome.port, url))
    }
    const result = await within(
      `Lighthouse on ${url}`,
      120_000,
      lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, disableStorageReset: Boolean(visit?.saved) },
        visit ? { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools', formFactor: 'mobile' } } : undefined,
      ),
    )
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
    const { lhr } = result
    const audit = (id: string) => lhr.audits[id]
    const metrics = audit('metrics')?.details as { items?: Record<string, number>[] } | undefined
    const network = audit('network-requests')?.details as { items?: Record<string, unknown>[] } | undefined
    return {
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)])),
      fcp: audit('first-contentful-paint')?.numericValue ?? NaN,
      lcp: audit('largest-contentful-paint')?.numericValue ?? NaN,
      tbt: audit('total-blocking-time')?.numericValue ?? NaN,
      cls: audit('cumulative-layout-shift')?.numericValue ?? NaN,
      observedLoad: metrics?.items?.[0]?.observedLoad ?? NaN,
      requests: (network?.items ?? []).map((item) => ({
        url: String(item.url),
        resourceType: String(item.resourceType),
        start: Number(item.networkRequestTime ?? item.startTime ?? 0),
      })),
    }
  } finally {
    chrome.kill()
    if (visit?.update || visit?.staticCopy) await serveApp('dist')
  }
}

/** Opens another page of `url`'s origin with the app, and waits until its service worker controls the pages (all precached). */
async function installWorker(port: number, url: string) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  const page = await browser.contexts()[0]!.newPage()
  const other = new URL(url).pathname === '/' ? '/guides/physical-sim' : '/'
  await page.goto(new URL(other, url).href)
  await page.evaluate(async () => void (await navigator.serviceWorker.ready))
  await page.goto(url)
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null && document.scripts.length === 0)))
    throw new Error(`bench: the worker does not serve the static copy of ${url}`)
  await page.close()
  await browser.close().catch(() => {})
}

/**
 * Puts saved progress in the browser's storage for the origin of `url`, as a
 * returning visitor has it; for a `returning` visit, then opens `url` with the
 * app, waits until it has kept its screen for the next visit and its service
 * worker is ready (the files precached), and leaves what that kind of visit has.
 */
async function seedStorage(port: number, url: string, saved: string, returning?: Visit['returning']) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  const context = browser.contexts()[0] ?? (await browser.newContext())
  const page = await context.newPage()
  await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()))
  await page.goto(url)
  await page.evaluate((text) => window.localStorage.setItem('sim-cancel-checklist:progress', text), saved)
  // Told before that the app works offline (its first visit's news): while that news shows, no screen is kept.
  await page.evaluate(() => window.localStorage.setItem('sim-cancel-checklist:offline-ready-said', 'yes'))
  if (returning) {
    await page.unroute('**/*')
    await page.goto(url)
    const path = new URL(url).pathname
    await page.waitForFunction(
      (path) =>
        (
          JSON.parse(window.localStorage.getItem('sim-cancel-checklist:last-screens') ?? '{}') as { screens?: object }
        ).screens?.hasOwnProperty(path),
      path,
      { timeout: 30_000 },
    )
    await page.evaluate(async () => void (await navigator.serviceWorker.ready))
    if (returning !== 'worker')
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister()
        for (const key of await caches.keys()) await caches.delete(key)
      })
    if (returning === 'cold') await (await context.newCDPSession(page)).send('Network.clearBrowserCache')
  }
  await page.close()
  await browser.close().catch(() => {})
}

/**
 * gzip -9 size of what the server sends for a URL. (Vite 8's build report says
 * about 1.3 kB more for the main chunk: its native reporter compresses less.)
 */
const gzipCache = new Map<string, number>()
async function gzipBytes(url: string): Promise<number> {
  if (!gzipCache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer())
    gzipCache.set(url, gzipSync(body, { level: 9 }).length)
  }
  return gzipCache.get(url)!
}

/**
 * The page, JS, CSS and data (JSON) requested before the load event: the first
 * screen. (The prerendered HTML paints before load; the app takes over just
 * after, once its data is in. The service worker is registered after load, so
 * its code counts as "after".)
 */
async function firstScreenBytes(run: LighthouseRun) {
  const totals = { html: 0, js: 0, css: 0, data: 0, later: 0 }
  for (const request of run.requests) {
    if (!request.url.startsWith(`http://localhost:${APP_PORT}/`)) continue
    const kind =
      ({ Document: 'html', Script: 'js', Stylesheet: 'css' } as const)[request.resourceType] ??
      (/\.json$/.test(request.url) ? 'data' : null)
    if (!kind) continue
    const bytes = await gzipBytes(request.url)
    if (request.start <= run.observedLoad) totals[kind] += bytes
    else if (kind === 'js') totals.later += bytes
  }
  return totals
}

/** The rendered page with every script (and script-only link) removed. */
async function makeStaticCopies() {
  rmSync(STATIC_DIR, { recursive: true, force: true })
  cpSync('dist', STATIC_DIR, { recursive: true })
  rmSync(`${STATIC_DIR}/sw.js`, { force: true })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: QUIET_FLAGS })
  for (const { name, path, lang, saved } of [...PAGES, ...VISITS] as Visit[]) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block', locale: lang })
    if (saved) await context.addInitScript((text) => window.localStorage.setItem('sim-cancel-checklist:progress', text), saved)
    const page = await context.newPage()
    await page.goto(`http://localhost:${APP_PORT}${path}`, { waitUntil: 'networkidle' })
    const html = (await page.content())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link[^>]+rel="(modulepreload|preload|manifest)"[^>]*>/g, '')
    mkdirSync(`${STATIC_DIR}/static`, { recursive: true })
    writeFileSync(`${STATIC_DIR}/static/${name}.html`, html)
    await context.close()
  }
  await browser.close()
}

/** Chromium as a phone: 360×740, touch, no service worker. */
async function phoneBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: QUIET_FLAGS })
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    serviceWorkers: 'block',
    hasTouch: true,
    isMobile: true,
  })
  return { browser, context }
}

/** Time from a tap on a checkbox to the frame that shows it, with 4x CPU throttling. */
async function measureTick(): Promise<{ handled: number[]; framed: number[] }> {
  const { browser, context } = await phoneBrowser()
  const page: Page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await page.goto(`http://localhost:${APP_PORT}/guides/physical-sim`)
  await page.getByRole('checkbox').first().waitFor()
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.evaluate(() => {
    const results: { handled: number; framed: number }[] = []
    Object.assign(window, { tickResults: results })
    // After React's own listener (on the root) has updated the DOM:
    window.addEventListener('change', (event) => {
      void document.body.offsetHeight // style and layout of the change
      const handled = performance.now() - event.timeStamp
      requestAnimationFrame(() => results.push({ handled, framed: performance.now() - event.timeStamp }))
    })
  })
  const boxes = page.getByRole('checkbox')
  for (let round = 0; round < 2; round += 1) {
    for (let index = 0; index < 10; index += 1) {
      await boxes.nth(index).click()
      await page.waitForTimeout(120)
    }
  }
  const results =
    (await page.evaluate(() => (window as unknown as { tickResults: { handled: number; framed: number }[] }).tickResults)) ?? []
  await browser.close()
  return { handled: results.map((result) => result.handled), framed: results.map((result) => result.framed) }
}

/** Time from a tap on the prerendered page (the app's script held back) to the frame that shows it, with 4x CPU throttling. */
async function measureEarlyTap(): Promise<number[]> {
  const { browser, context } = await phoneBrowser()
  await context.route('**/assets/*.js', (route) => route.abort())
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await page.goto(`http://localhost:${APP_PORT}/guides/physical-sim`)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.evaluate(() => {
    const results: number[] = []
    Object.assign(window, { earlyTapResults: results })
    window.addEventListener('change', (event) => requestAnimationFrame(() => results.push(performance.now() - event.timeStamp)))
  })
  const boxes = page.getByRole('checkbox')
  for (let index = 0; index < 10; index += 1) {
    await boxes.nth(index).click()
    await page.waitForTimeout(120)
  }
  const results = (await page.evaluate(() => (window as unknown as { earlyTapResults: number[] }).earlyTapResults)) ?? []
  await browser.close()
  return results
}

async function main() {
  console.log('Building…')
  execSync('npm run build', { stdio: 'ignore' })
  makeUpdate()
  makeTextUpdate()
  await serveApp('dist')
  await makeStaticCopies()
  const staticServer = await preview({
    build: { outDir: STATIC_DIR },
    preview: { port: STATIC_PORT, strictPort: true },
    logLevel: 'silent',
  })

  const report: string[] = []
  const line = (text: string) => {
    console.log(text)
    report.push(text)
  }
  line(
    `Lighthouse ${lighthouseVersion}, mobile profile, median of ${RUNS} run(s); Chromium ${execSync(`${CHROMIUM_PATH} --version`).toString().trim().split(' ')[1]}`,
  )
  try {
    for (const { name, path } of chosen(PAGES)) {
      const appRuns: LighthouseRun[] = []
      const staticRuns: LighthouseRun[] = []
      for (let run = 0; run < RUNS; run += 1) {
        appRuns.push(await runLighthouse(`http://localhost:${APP_PORT}${path}`, ['performance', 'accessibility', 'best-practices', 'seo']))
        staticRuns.push(await runLighthouse(`http://localhost:${STATIC_PORT}/static/${name}.html`, ['performance']))
      }
      const pick = (runs: LighthouseRun[], key: 'fcp' | 'lcp' | 'tbt' | 'cls') => median(runs.map((run) => run[key]))
      const scores = Object.keys(appRuns[0]!.scores).map((id) => `${id} ${median(appRuns.map((run) => run.scores[id]!))}`)
      const lcp = pick(appRuns, 'lcp')
      const staticLcp = pick(staticRuns, 'lcp')
      const bytes = await firstScreenBytes(appRuns[0]!)
      line('')
      line(`${name} (${path})`)
      line(`  scores         ${scores.join(', ')}   (target 100 each)`)
      line(`  FCP            ${Math.round(pick(appRuns, 'fcp'))} ms; static copy ${Math.round(pick(staticRuns, 'fcp'))} ms`)
      line(
        `  LCP            ${Math.round(lcp)} ms; static copy ${Math.round(staticLcp)} ms; ratio ${(lcp / staticLcp).toFixed(2)}   (target ≤ 2.5)`,
      )
      line(`  TBT            ${Math.round(pick(appRuns, 'tbt'))} ms`)
      line(`  CLS            ${pick(appRuns, 'cls').toFixed(3)}   (target 0)`)
      line(
        `  first screen   JS ${kb(bytes.js)} (target ≤ 115 kB), HTML ${kb(bytes.html)} (the CSS inside), linked CSS ${kb(bytes.css)}, data ${kb(bytes.data)}  (gzip -9)`,
      )
      line(`  after load     JS ${kb(bytes.later)} (service worker registration, durable journal, the screen kept for the next visit)`)
    }

    line('')
    line(`real throttling (Lighthouse devtools: slow 4G and 4x CPU applied, not simulated), median of ${VISIT_RUNS}`)
    for (const visit of chosen(VISITS)) {
      const appRuns: LighthouseRun[] = []
      const staticRuns: LighthouseRun[] = []
      if (visit.returning === 'worker') makeWorkerStatic(visit)
      try {
        for (let run = 0; run < VISIT_RUNS; run += 1) {
          appRuns.push(await runLighthouse(`http://localhost:${APP_PORT}${visit.path}`, ['performance'], visit))
          // With the worker, the static copy is served by it at the page's own address.
          const copy =
            visit.returning === 'worker'
              ? `http://localhost:${APP_PORT}${visit.path}`
              : `http://localhost:${STATIC_PORT}/static/${visit.name}.html`
          staticRuns.push(
            await runLighthouse(copy, ['performance'], {
              ...visit,
              saved: undefined,
              update: undefined,
              ...(visit.returning === 'worker' && { staticCopy: true }),
            }),
          )
        }
      } catch (error) {
        // One visit that could not be set up (the kept screen not kept in time) should not cost the other figures.
        line(`  ${visit.name.padEnd(20)} not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
        continue
      }
      const lcp = median(appRuns.map((run) => run.lcp))
      const staticLcp = median(staticRuns.map((run) => run.lcp))
      const score = median(appRuns.map((run) => run.scores.performance ?? NaN))
      const cls = median(appRuns.map((run) => run.cls))
      const [fcp, tbt] = (['fcp', 'tbt'] as const).map((key) => Math.round(median(appRuns.map((run) => run[key]))))
      // The page's own parsing and layout block too: the static copy's TBT is what the app did not add.
      const staticTbt = Math.round(median(staticRuns.map((run) => run.tbt)))
      line(
        `  ${visit.name.padEnd(20)} performance ${score}, LCP ${Math.round(lcp)} ms; static copy ${Math.round(staticLcp)} ms; ratio ${(lcp / staticLcp).toFixed(2)} (target ≤ 1.2); CLS ${cls.toFixed(3)}; FCP ${fcp} ms, TBT ${tbt} ms; static copy ${staticTbt} ms`,
      )
    }

    if (ONLY) return
    const early = await measureEarlyTap()
    line(
      `  tap before the script → on screen, 4x CPU, ${early.length} taps: median ${median(early).toFixed(1)} ms, max ${Math.max(...early).toFixed(1)} ms   (one frame = 16.7 ms)`,
    )

    const tick = await measureTick()
    line('')
    line(`tick → screen, 4x CPU throttling, ${tick.framed.length} taps on /guides/physical-sim`)
    line(
      `  handled (event → DOM, style, layout)   median ${median(tick.handled).toFixed(1)} ms, max ${Math.max(...tick.handled).toFixed(1)} ms`,
    )
    line(
      `  on screen (event → next frame)         median ${median(tick.framed).toFixed(1)} ms, max ${Math.max(...tick.framed).toFixed(1)} ms   (one frame = 16.7 ms)`,
    )
  } finally {
    const server = appServer
    if (server) await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
    await new Promise<void>((resolve) => staticServer.httpServer.close(() => resolve()))
    rmSync(STATIC_DIR, { recursive: true, force: true })
    rmSync(UPDATE_DIR, { recursive: true, force: true })
    rmSync(TEXT_UPDATE_DIR, { recursive: true, force: true })
    rmSync(WORKER_STATIC_DIR, { recursive: true, force: true })
  }
  writeFileSync('test-results/bench.txt', `${report.join('\n')}\n`)
}

mkdirSync('test-results', { recursive: true })
await main()
