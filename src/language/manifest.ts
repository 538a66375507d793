import type { Lang } from './detect.ts'

/**
 * The web app manifest for a script: vite-plugin-pwa's manifest.webmanifest
 * in Simplified, and one per Traditional script beside it (vite.config.ts),
 * so the installed app carries the reader's own name.
 */
export const manifestFile = (lang: Lang) => (lang === 'zh-Hans' ? 'manifest.webmanifest' : `manifest.${lang}.webmanifest`)

/** Points the page's manifest link (if it has one: built pages do) at the script on screen. */
export function followManifest(lang: Lang, base: string) {
  const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')
  if (link) link.href = `${base}${manifestFile(lang)}`
}
