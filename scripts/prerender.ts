/**
 * The first screens as HTML, written at build time (part of `vite build`).
 *
 * Without this, a first visit sees a blank header until about 110 kB of
 * JavaScript has arrived and run. With it, dist/index.html already holds the
 * home screen and dist/guides/<id>.html each guide, as React draws them for a
 * first visit (nothing ticked), in Simplified and then in Traditional, so the
 * reader's text paints as soon as it is in. The app then takes it over as it is
 * (hydrateRoot, src/boot/takeOver.ts).
 *
 * - The markup comes from the app itself: src/boot/prerender.tsx renders the
 *   routes with react-dom/server and each script's catalogue.
 * - Its checkboxes and radios work at once: the small inline script keeps
 *   every tap for the app (src/boot/earlyTaps.ts); its buttons and menus
 *   are inert until the app starts. It is shown only when the visit's own
 *   first render will look the same; that script decides before the body paints (src/boot/gate.ts, built
 *   here; the CSP allows exactly that script by its hash).
 * - It runs in generateBundle, before vite-plugin-pwa lists the files, so the
 *   service worker precaches the final pages (and, by Workbox's clean URLs,
 *   answers /guides/<id> with guides/<id>.html offline).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { build, runnerImport, type Plugin, type ResolvedConfig, type Rollup } from 'vite'
import { LANGS, type Lang } from '../src/language/detect.ts'
import { scriptKey, type Prerender, type PrerenderedPage } from '../src/boot/prerenderedPage.ts'
import { PRERENDERED, PRERENDERED_LATER } from '../src/boot/pageClasses.ts'
import { NEEDS_APP } from '../src/config/pageContract.ts'

/** The page's language as written: a first visit's default, Simplified (the gate sets it for a Traditional reader). */
const PRERENDER_LANG = 'zh-Hans'

/**
 * Content-Security-Policy: everything from our own origin, and no inline
 * script or style but the page's own (the prerender gate and the app's
 * stylesheet), each named by its hash. Only built pages carry it: the dev
 * server needs inline scripts for hot reload.
 */
function contentSecurityPolicy(inlineScripts: string[], inlineStyle: string) {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(hash).join(' ')}`,
    `style-src 'self' ${hash(inlineStyle)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Replaces exactly one match, so a changed index.html fails the build instead of shipping a broken page. */
function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string) {
  if ((html.match(new RegExp(pattern.source, 'g')) ?? []).length !== 1) {
    throw new Error(`prerender: index.html should have exactly one ${what}`)
  }
  return html.replace(pattern, () => replacement)
}

/** The page's inline scripts (src/boot/gate.ts), each one minified classic script bundled with what it imports. */
interface InlineScripts {
  /** In <head>: decides whether and in which script the prerendered screen shows. */
  gate: string
  /** Right after each copy of the screen: drops the copy not in the reader's script, puts in a returning visitor's ticks. */
  finish: string
}

async function buildInlineScripts(root: string): Promise<InlineScripts> {
  const [gate, finish] = await Promise.all([buildInline(root, 'gatePrerendered'), buildInline(root, 'finishPrerenderedScreen')])
  return { gate, finish }
}

async function buildInline(root: string, run: 'gatePrerendered' | 'finishPrerenderedScreen'): Promise<string> {
  const entry = '\0prerender-gate'
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      {
        name: 'prerender-gate-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? `import { ${run} } from '/src/boot/gate.ts'\n${run}()\n` : null),
      },
    ],
    build: { write: false, minify: true, target: 'es2022', rolldownOptions: { input: entry, output: { format: 'iife' } } },
  })
  const outputs = Array.isArray(result) ? result : [result]
  const chunks = outputs.flatMap((output) => ('output' in output ? output.output : [])).filter((file) => file.type === 'chunk')
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`prerender: ${run} should build to one script`)
  return chunks[0].code.trim()
}

/** Words the page's own scripts show, in each script (from the catalogues): the note for a script that is late. */
export type PageText = Record<Lang, { text: string; kept: string; retry: string }>

function lateNoticeHtml(late: PageText) {
  const block = (lang: Lang) =>
    `<div lang="${lang}" hidden><p>${escapeHtml(late[lang].text)}<span class="late-kept" hidden>${escapeHtml(late[lang].kept)}</span></p><a class="button" href="">${escapeHtml(late[lang].retry)}</a></div>`
  return `<div class="script-late toast" role="alert" hidden>${LANGS.map(block).join('')}</div>`
}

/**
 * Checkboxes, radios, links and 说明 work before the app does; buttons, menus
 * and what a component marks NEEDS_APP (src/config/pageContract.ts: 自己加一步, whose field comes with
 * the app) wait for it: WAITS_FOR_APP in src/boot/gate.ts, as markup.
 */
const waitForApp = (html: string) =>
  html.replace(/<(button|select)\b/g, '<$1 inert').replaceAll(` ${NEEDS_APP}=""`, ` ${NEEDS_APP}="" inert`)

function pageHtml(
  template: string,
  page: PrerenderedPage,
  inline: InlineScripts,
  css: string,
  base: string,
  late: PageText,
  drawing: string,
) {
  const path = base.replace(/\/$/, '') + page.path
  const screens = LANGS.map((lang) => {
    const screen = page.byScript[lang]
    if (!screen) throw new Error(`prerender: ${page.path} needs every script (${lang} is missing)`)
    return { lang, ...screen }
  })
  const simplified = screens[0]!
  // data-title-zh-hant and the like: the gate reads them as dataset keys (scriptKey in src/boot/prerenderedPage.ts).
  const attribute = (prefix: 'title' | 'catalogue', lang: Lang) =>
    `data-${scriptKey(prefix, lang).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
  const gateData = [
    `data-path="${escapeHtml(path)}"`,
    `data-drawing="${drawing}"`,
    `data-scripts="${LANGS.join(' ')}"`,
    ...screens.map(({ lang, title }) => `${attribute('title', lang)}="${escapeHtml(title)}"`),
    ...LANGS.map((lang) => `${attribute('catalogue', lang)}="${escapeHtml(`${base}catalogue/${lang}.json`)}"`),
  ].join(' ')
  let html = template
  html = replaceOnce(
    html,
    /<meta charset="[^"]*"\s*\/?>/i,
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([inline.gate, inline.finish], css)}" />\n    <script ${gateData}>${inline.gate}</script>`,
    'meta charset',
  )
  // The stylesheet travels in the page: the first paint waits for one request (the page), not two.
  html = replaceOnce(html, /<link rel="stylesheet"[^>]*>/, `<style>${css}</style>`, 'stylesheet')
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(simplified.title)}</title>`, '<title>')
  if (page.description) {
    html = replaceOnce(
      html,
      /<meta name="description" content="[^"]*"/,
      `<meta name="description" content="${escapeHtml(page.description)}"`,
      'meta description',
    )
  }
  // The page paints without the app's script, so it and the files it imports (the build's
  // modulepreload links) are asked for only once the page is in, and at low priority: on a slow
  // network, bytes fetched beside the page delay the page's own, and with them its first paint.
  const moduleScript = /\s*<script type="module"[^>]*><\/script>/
  const preload = /\s*<link rel="modulepreload"[^>]*>/g
  const app = [...html.matchAll(preload), moduleScript.exec(html)]
    .map((tag) => (tag?.[0].trim() ?? '').replace(/^<(script|link) /, '<$1 fetchpriority="low" '))
    .join('\n    ')
  html = replaceOnce(html, moduleScript, '', 'module script').replace(preload, '')
  html = replaceOnce(html, /<\/body>/, `  ${app}\n  </body>`, '</body>')
  // Into #root, before the stand-in header (for visits that skip the prerender, src/app/shell.css):
  // the note for a script that never arrives, then the screen in each script (Simplified, Taiwan, Hong
  // Kong), each followed by the script that finishes it (src/boot/gate.ts): the reader's copy
  // is put in place and paints as it arrives, the others go. The app takes over the one left (src/boot/takeOver.ts).
  // The first copy is part of the page; the others are <template>s, read but never styled or laid
  // out unless they are the reader's (a first visit's page costs little more than with one script).
  const copies = screens
    .map(({ lang, html: screen }, index) => {
      const copy =
        index === 0
          ? `<div class="${PRERENDERED}" lang="${lang}">${waitForApp(screen)}</div>`
          : `<template class="${PRERENDERED_LATER}" lang="${lang}">${waitForApp(screen)}</template>`
      return `${copy}<script>${inline.finish}</script>`
    })
    .join('')
  return replaceOnce(html, /<div id="root">/, `<div id="root">${lateNoticeHtml(late)}${copies}`, '#root')
}

/**
 * What the app's screens are drawn from, as a short hash: both catalogues and
 * every screen as a first visit sees it. A screen the app kept for a returning
 * visitor (src/boot/keptScreens.ts) shows on a later visit only if this is
 * unchanged: an update that changes no text and no screen (a fix elsewhere, a
 * faster start) keeps it; one that does, and the next visit shows the stand-in
 * once. (What only a returning visitor's screen holds, such as a note, is
 * drawn by the same components; an update that changes only that is the one
 * case this does not see, and the app's first render then corrects it.)
 */
function drawingOf(catalogueTexts: string[], pages: PrerenderedPage[]): string {
  const screens = pages.flatMap((page) => Object.values(page.byScript).map((screen) => screen?.html ?? ''))
  return createHash('sha256')
    .update([...catalogueTexts, ...screens].join('\n'))
    .digest('base64url')
    .slice(0, 16)
}

export function prerender(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender-first-screens',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html']
        if (index?.type !== 'asset' || typeof index.source !== 'string') throw new Error('prerender: no index.html in the build')
        if (!index.source.includes(`<html lang="${PRERENDER_LANG}">`))
          throw new Error(`prerender: index.html should be <html lang="${PRERENDER_LANG}">`)
        const catalogueTexts = LANGS.map((lang) => readFileSync(resolve(config.publicDir, `catalogue/${lang}.json`), 'utf8'))
        const catalogues = catalogueTexts.map((text): unknown => JSON.parse(text))
        const [inline, { module }] = await Promise.all([
          buildInlineScripts(config.root),
          runnerImport<{ prerender: Prerender }>('/src/boot/prerender.tsx', {
            configFile: false,
            root: config.root,
            base: config.base,
            logLevel: 'error',
            // The markup is all we need here; the stylesheets ship with the build.
            plugins: [withoutStylesheets],
          }),
        ])
        const template = index.source
        const css = takeStylesheet(bundle)
        const late = Object.fromEntries(
          LANGS.map((lang) => {
            const { ui } = JSON.parse(readFileSync(resolve(config.publicDir, `catalogue/${lang}.json`), 'utf8')) as {
              ui: { app: { scriptLate: string; scriptLateKept: string; scriptRetry: string } }
            }
            return [lang, { text: ui.app.scriptLate, kept: ui.app.scriptLateKept, retry: ui.app.scriptRetry }]
          }),
        ) as PageText
        const pages = await module.prerender(catalogues, config.base)
        // React marks a part it could not draw on the server (and leaves for the browser) with <!--$!-->.
        for (const page of pages)
          for (const [lang, screen] of Object.entries(page.byScript))
            if (screen?.html.includes('<!--$!-->'))
              throw new Error(`prerender: part of ${page.path} (${lang}) failed to render on the server`)
        const drawing = drawingOf(catalogueTexts, pages)
        for (const page of pages) {
          const html = pageHtml(template, page, inline, css, config.base, late, drawing)
          if (page.path === '/') index.source = html
          else this.emitFile({ type: 'asset', fileName: `${page.path.slice(1)}.html`, source: html })
        }
      },
    },
  }
}

/**
 * The app's one stylesheet (cssCodeSplit: false), taken out of the build: each
 * page carries it in a <style> (every screen that loads later is styled by it too).
 */
function takeStylesheet(bundle: Rollup.OutputBundle): string {
  const sheets = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
  const sheet = sheets[0]
  if (sheets.length !== 1 || sheet?.type !== 'asset')
    throw new Error(`prerender: the build should have one stylesheet, not ${sheets.length}`)
  const css = typeof sheet.source === 'string' ? sheet.source : new TextDecoder().decode(sheet.source)
  if (/<\/style/i.test(css) || /url\(/i.test(css))
    throw new Error('prerender: the stylesheet cannot go into the page as it is (</style> or url())')
  delete bundle[sheet.fileName]
  return css.trim()
}

/** For the prerender's own module runner: each feature's `import './x.css'` becomes an empty module. */
const withoutStylesheets: Plugin = {
  name: 'prerender-without-stylesheets',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0stylesheet' : null),
  load: (id) => (id === '\0stylesheet' ? 'export {}' : null),
}

/**
 * `vite preview` sends the policy the built index.html carries, plus what only
 * a header can say, as hosts that can send headers should.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'security-headers',
    configurePreviewServer(server) {
      const index = readFileSync(resolve(server.config.root, server.config.build.outDir, 'index.html'), 'utf8')
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(index)?.[1]
      if (!policy) throw new Error('preview: dist/index.html has no Content-Security-Policy; run npm run build')
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`)
        response.setHeader('Referrer-Policy', 'no-referrer')
        next()
      })
    },
  }
}
