/**
 * Where the progress is kept in localStorage, and the shape of an id. On
 * their own so that the page's early inline script (app/prerenderGate.ts)
 * can use them without bundling the saved format's schema.
 */
export const PROGRESS_KEY = 'sim-cancel-checklist:progress'

/** Taps made on the prerendered page before the app's script ran, until the app takes them in. */
export const EARLY_TAPS_KEY = 'sim-cancel-checklist:early-taps'

/** Every key we save by (person, guide, step, question) and every answer: lower-case words joined by "-", at most 64 characters. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
