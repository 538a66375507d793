import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { StaticRouter } from 'react-router'
import { useCatalogue } from '../catalogue/catalogueStore.ts'
import { isCatalogue } from '../catalogue/schema.ts'
import { i18n, i18nOptions } from '../language/i18n.ts'
import { pageTitle } from '../ui/useDocumentTitle.ts'
import { AppRoutes } from './App.tsx'
import { paths } from '../config/paths.ts'
import type { Prerender } from './prerenderedPage.ts'

/**
 * Build time only (scripts/prerender.ts loads this in Node): renders the home
 * screen and every guide with the given catalogue, nothing ticked, the way
 * the app's own first render draws them for a first visit.
 */
export const prerender: Prerender = async (catalogue, basename) => {
  if (!isCatalogue(catalogue)) throw new Error('The catalogue to prerender is malformed (npm run traditional says where)')
  const { lang } = catalogue
  // There is no document to follow the language here; the HTML says lang="zh-Hans" already.
  i18n.off('languageChanged')
  await i18n.init({
    ...i18nOptions,
    lng: lang,
    resources: { [lang]: { ...i18nOptions.resources?.[lang], translation: catalogue.ui } },
    initAsync: false,
  })
  // A server render reads each store's initial state, so the catalogue goes in there.
  Object.assign(useCatalogue.getInitialState().byLang, { [lang]: { status: 'ready', catalogue } })

  const appName = i18n.t('app.name')
  const render = (path: string) =>
    renderToString(
      <StrictMode>
        <StaticRouter basename={basename} location={basename.replace(/\/$/, '') + path}>
          <AppRoutes />
        </StaticRouter>
      </StrictMode>,
    )
  return [
    { path: paths.home, title: appName, html: render(paths.home) },
    ...catalogue.guides.map((guide) => ({
      path: paths.guide(guide.id),
      title: pageTitle(guide.title, appName),
      description: guide.summary,
      html: render(paths.guide(guide.id)),
    })),
  ]
}
