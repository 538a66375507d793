/**
 * Every path the app answers, in one place that imports nothing, so any
 * feature may link to a screen without importing the screen.
 */
export const paths = {
  home: '/',
  guide: (guideId: string) => `/guides/${guideId}`,
  people: '/people',
  settings: '/settings',
  /** Opens a 在另一台设备继续 link: `/continue#<payload>`. */
  continue: '/continue',
} as const

/** The route patterns, for the router. */
export const routes = {
  home: paths.home,
  guide: '/guides/:guideId',
  people: paths.people,
  settings: paths.settings,
  continue: paths.continue,
} as const
