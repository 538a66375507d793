import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { StaticRouter } from 'react-router'
import { useCatalogue } from '../catalogue/catalogueStore.ts'
import { isCatalogue } from '../catalogue/schema.ts'
import { useStorageStatus } from '../progress/storageStatus.ts'
import { i18n, i18nOptions } from '../language/i18n.ts'
import { pageTitle } from '../lib/useDocumentTitle.ts'
import { AppScreens } from '../app/AppScreens.tsx'
import { paths } from '../config/paths.ts'
import type { Prerender, PrerenderedPage } from './prerenderedPage.ts'

/**
 * Build time only (scripts/prerender.ts loads this in Node): renders the home
 * screen and every guide with each given catalogue (one per script), nothing
 * ticked, the way the app's own first render draws them for a first visit.
 */
export const prerender: Prerender = async (catalogues, basename) => {
  const checked = catalogues.map((catalogue) => {
    if (!isCatalogue(catalogue)) throw new Error('A catalogue to prerender is malformed (npm run traditional says where)')
    return catalogue
  })
  // There is no document to follow the language here; the page's early script sets it.
  i18n.off('languageChanged')
  await i18n.init({
    ...i18nOptions,
    lng: checked[0]?.lang,
    resources: Object.fromEntries(checked.map(({ lang, ui }) => [lang, { ...i18nOptions.resources?.[lang], translation: ui }])),
    initAsync: false,
  })
  // The build has no storage, which the progress store reported as it loaded; a first visit's browser has.
  useStorageStatus.getState().dismissProblem()
  // As the app has them when it starts (a render over markup reads the stores as they are: lib/createAppStore.ts).
  useCatalogue.setState({ byLang: Object.fromEntries(checked.map((catalogue) => [catalogue.lang, { status: 'ready', catalogue }])) })

  const render = (path: string) =>
    renderToString(
      <StrictMode>
        <StaticRouter basename={basename} location={basename.replace(/\/$/, '') + path}>
          <AppScreens />
        </StaticRouter>
      </StrictMode>,
    )
  const pages = new Map<string, PrerenderedPage>()
  for (const catalogue of checked) {
    await i18n.changeLanguage(catalogue.lang)
    const appName = i18n.t('app.name')
    const add = (path: string, title: string, description?: string) => {
      const page = pages.get(path) ?? { path, description, byScript: {} }
      page.byScript[catalogue.lang] = { title, html: render(path) }
      pages.set(path, page)
    }
    add(paths.home, appName)
    for (const guide of catalogue.guides) add(paths.guide(guide.id), pageTitle(guide.title, appName), guide.summary)
  }
  return [...pages.values()]
}
