/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { createLogger, defineConfig, type Plugin, type Rolldown } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { prerender, securityHeaders } from './scripts/prerender.ts'
import { LANGS, type Lang } from './src/language/detect.ts'
import { manifestFile } from './src/language/manifest.ts'

/** The installed app's name and description in a script, from its catalogue (npm run traditional writes them). */
function manifestWords(lang: Lang) {
  const { ui } = JSON.parse(readFileSync(new URL(`public/catalogue/${lang}.json`, import.meta.url), 'utf8')) as {
    ui: { app: { name: string; shortName: string; description: string } }
  }
  return { name: ui.app.name, short_name: ui.app.shortName, description: ui.app.description, lang }
}

/**
 * Each Traditional reader's installed app has its own name (門號退租清單 on a
 * Taiwan home screen): manifest.<lang>.webmanifest beside vite-plugin-pwa's
 * manifest.webmanifest (Simplified), which the app points the page's manifest
 * link at for the script on screen (src/language/i18n.ts).
 */
const scriptManifests: Plugin = {
  name: 'script-manifests',
  apply: 'build',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const simplified = bundle[manifestFile('zh-Hans')]
      if (simplified?.type !== 'asset' || typeof simplified.source !== 'string')
        throw new Error('script-manifests: no manifest.webmanifest in the build')
      const manifest = JSON.parse(simplified.source) as object
      for (const lang of LANGS.filter((lang) => lang !== 'zh-Hans')) {
        this.emitFile({ type: 'asset', fileName: manifestFile(lang), source: JSON.stringify({ ...manifest, ...manifestWords(lang) }) })
      }
    },
  },
}

/**
 * Installable and offline after one visit: Workbox precaches the app, both
 * scripts' catalogues and the icons, and answers every navigation (deep links
 * too) with a guide's own prerendered page or index.html. A new version waits
 * until the user taps 刷新.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    ...manifestWords('zh-Hans'),
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0f766e',
    background_color: '#f4f6f8',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,svg,png,txt,webmanifest}'],
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
    // The first visit's page is looked after at once (offline without a reload),
    // and a waiting update can take it over when the user taps 刷新.
    clientsClaim: true,
  },
})

/**
 * The app's first screen, after the entry: React, then what src/boot/startApp.tsx
 * imports (src/main.tsx), and the bundler's helpers that all of them import
 * (CommonJS interop for React; Rolldown gives them a file of their own, 0.7 kB).
 */
const FIRST_SCREEN_CHUNKS = ['rolldown-runtime', 'react', 'app']
/** React's packages (react-dom's server renderer is not the first screen's: keepLastScreen loads it). */
const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/
const START_APP = fileURLToPath(new URL('src/boot/startApp.tsx', import.meta.url))

/** Every module src/boot/startApp.tsx imports, directly or not, without `import()`: walked once per build. */
const importsCache = new WeakMap<Rolldown.ChunkingContext, Set<string>>()
function startAppImports(ctx: Rolldown.ChunkingContext): Set<string> {
  const known = importsCache.get(ctx)
  if (known) return known
  const reached = new Set<string>()
  const next = [START_APP]
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (reached.has(id)) continue
    reached.add(id)
    next.push(...(ctx.getModuleInfo(id)?.importedIds ?? []))
  }
  importsCache.set(ctx, reached)
  return reached
}

/**
 * Vite wraps every `import()` in a helper that first preloads the chunk's
 * stylesheets and imports. Here there is nothing to preload: one stylesheet,
 * and every file a later chunk imports is one of the first screen's, which the
 * page asks for itself (firstScreenPreloads). So the helper just imports, and
 * the build fails if a later chunk ever imports anything else.
 */
const plainDynamicImports: Plugin = {
  name: 'plain-dynamic-imports',
  enforce: 'pre',
  apply: 'build',
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load()' : null),
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk')
    const firstScreen = new Set(
      chunks.filter((chunk) => chunk.isEntry || FIRST_SCREEN_CHUNKS.includes(chunk.name)).map((chunk) => chunk.fileName),
    )
    for (const chunk of chunks) {
      const elsewhere = chunk.imports.filter((file) => !firstScreen.has(file))
      if (elsewhere.length > 0)
        throw new Error(
          `${chunk.fileName} imports ${elsewhere.join(', ')}, which nothing preloads: see plainDynamicImports in vite.config.ts`,
        )
    }
  },
}

/**
 * The page names the first screen's files beside its entry script, so all
 * are fetched at once, not one after the other; scripts/prerender.ts moves
 * them to the end of the body with it.
 */
function firstScreenPreloads(): Plugin {
  let base = '/'
  return {
    name: 'first-screen-preloads',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.values(bundle ?? {})
          .filter((file) => file.type === 'chunk' && FIRST_SCREEN_CHUNKS.includes(file.name))
          .map((chunk) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'body' as const,
          })),
    },
  }
}

/** Vite's own warnings (a chunk too large, CSS it cannot read) fail the build too, after printing. */
function warningsFail() {
  const logger = createLogger()
  const warn = logger.warn.bind(logger)
  logger.warn = (message, options) => {
    warn(message, options)
    process.exitCode = 1
  }
  return logger
}

/** The app's version (package.json) and the day it was built (YYYY-MM-DD, UTC), for 进度与备份 and backup files (src/config/build.d.ts). */
const appVersion = (JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string }).version

export default defineConfig(({ command }) => ({
  customLogger: command === 'build' ? warningsFail() : undefined,
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
    __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)),
  },
  // prerender() also writes the Content-Security-Policy; securityHeaders() makes `vite preview` send it.
  plugins: [plainDynamicImports, firstScreenPreloads(), react(), prerender(), securityHeaders(), pwa, scriptManifests],
  resolve: {
    alias:
      command === 'build'
        ? [
            // The screen kept for the next visit needs renderToString alone; the browser entry of
            // react-dom/server brings the streaming renderer with it (35 kB gzip more, never used).
            {
              find: /^react-dom\/server$/,
              replacement: fileURLToPath(
                new URL('node_modules/react-dom/cjs/react-dom-server-legacy.browser.production.js', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    // The lazy chunks share all their imports with the entry: nothing to preload,
    // and no 0.3 KB modulepreload polyfill on the first screen.
    modulePreload: false,
    // Each feature imports its own stylesheet; they ship as one small file, so a screen that
    // loads later never paints before its styles, offline included.
    cssCodeSplit: false,
    rolldownOptions: {
      // How long plugins took says how busy this machine was, not what is wrong with the code.
      checks: { bundlerTimings: false },
      // A warning is a problem to fix (e.g. a dynamic import that loads nothing on demand), so it fails the build.
      onwarn(warning) {
        throw new Error(`Build warning (${warning.code ?? 'no code'}): ${warning.message}`)
      },
      output: {
        codeSplitting: {
          groups: [
            // The entry (src/main.tsx) alone: it asks for the first screen's two files, evaluated one after the other: React…
            { name: 'index', tags: ['$initial'], priority: 4 },
            {
              name: (id, ctx) => (REACT.test(id) && startAppImports(ctx).has(id) ? 'react' : null),
              debugName: 'react',
              priority: 3,
            },
            // …and everything the app's start imports, in one file: no request waits on another.
            { name: (id, ctx) => (startAppImports(ctx).has(id) ? 'app' : null), debugName: 'app', priority: 2 },
            // Whatever of ours loads later (screens, dialogs, notices) travels together, one
            // request the first time any of it is needed, except what loads on its own timing:
            // the journal, the service worker and the screen kept for the next visit just after
            // load, the QR code with its dialog.
            {
              name: 'later',
              test: (id) =>
                /[\\/]src[\\/]/.test(id) &&
                !/(journal\.ts|serviceWorker\.ts|appNews\.ts|qrCode\.ts|keepLastScreen\.tsx|keptScreens\.ts)$/.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    // A DOM only where a test needs one: tests/components/ and the unit tests that say so in their first line
    // (`// @vitest-environment jsdom`). Starting jsdom costs about a second a file.
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Vitest leaves one core idle by default; CI has two, and the tests wait on nothing but themselves.
    maxWorkers: 2,
    projects: [
      // npm test: the unit and component tests.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.tsx'], environment: 'jsdom' } },
      // npm run test:fuzz: the long storage fuzz (CI runs it too).
      { extends: true, test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.tsx'], environment: 'jsdom' } },
    ],
  },
}))
