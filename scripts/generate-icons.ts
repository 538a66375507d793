/**
 * Renders the app icons (PNG) from SVG with Debian's Chromium. Run it after
 * changing the icon: `npx tsx scripts/generate-icons.ts`; the PNGs are
 * committed, so builds and CI do not need it.
 */
import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_PATH } from './chromium.ts'

const glyph = (scale: number) => `
  <g transform="translate(32 32) scale(${scale}) translate(-32 -32)">
    <path d="M22 14h14l8 8v26a2 2 0 0 1-2 2H22a2 2 0 0 1-2-2V16a2 2 0 0 1 2-2z" fill="#fff"/>
    <path d="m26 34 5 5 9-10" fill="none" stroke="#0f766e" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>
  </g>`

/** Rounded tile for ordinary icons; full-bleed square with the glyph inside the safe zone for maskable ones. */
const svg = (maskable: boolean) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  ${maskable ? '<rect width="64" height="64" fill="#0f766e"/>' : '<rect width="64" height="64" rx="14" fill="#0f766e"/>'}
  ${glyph(maskable ? 0.72 : 1)}
</svg>`

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/maskable-512.png', size: 512, maskable: true },
  { file: 'public/icons/apple-touch-icon.png', size: 180, maskable: true },
]

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
for (const { file, size, maskable } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg(maskable)}`,
  )
  writeFileSync(file, await page.screenshot({ omitBackground: true }))
  console.log(`wrote ${file}`)
  await page.close()
}
await browser.close()
