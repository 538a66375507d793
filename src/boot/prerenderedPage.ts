import type { Lang } from '../language/detect.ts'

/**
 * What src/boot/prerender.tsx gives scripts/prerender.ts: one screen as a
 * first visit sees it, in each script, to write into its HTML file. (A .ts
 * file, so the build script's tsconfig can read it without JSX.)
 */
export interface PrerenderedPage {
  /** The path within the app: "/" or "/guides/<id>". */
  path: string
  /** The page's meta description (Simplified); the home page keeps index.html's own. */
  description?: string
  /** The screen in each script: its title, and what React renders into #root. */
  byScript: Partial<Record<Lang, { title: string; html: string }>>
}

export type Prerender = (catalogues: unknown[], basename: string) => Promise<PrerenderedPage[]>

/**
 * A script's key in the gate's data attributes: data-title-zh-hk and
 * data-catalogue-zh-hk are read as dataset.titleZhHk and dataset.catalogueZhHk.
 */
export const scriptKey = (prefix: 'title' | 'catalogue', lang: string) =>
  prefix +
  lang
    .split('-')
    .map((part) => part[0]?.toUpperCase() + part.slice(1).toLowerCase())
    .join('')
