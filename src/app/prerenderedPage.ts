/**
 * What src/app/prerender.tsx gives scripts/prerender.ts: one screen as a
 * first visit sees it, to write into its HTML file. (A .ts file, so the
 * build script's tsconfig can read it without JSX.)
 */
export interface PrerenderedPage {
  /** The path within the app: "/" or "/guides/<id>". */
  path: string
  title: string
  /** The page's meta description; the home page keeps index.html's own. */
  description?: string
  /** What React renders into #root. */
  html: string
}

export type Prerender = (catalogue: unknown, basename: string) => Promise<PrerenderedPage[]>
