/**
 * Where the progress is kept in localStorage, its version, limits and the
 * shape of an id. On their own so that the page's early inline script (app/prerenderGate.ts)
 * can use them without bundling the saved format's schema.
 */
export const PROGRESS_KEY = 'sim-cancel-checklist:progress'

/** The saved format's version (migrations.ts tells how to raise it). */
export const PROGRESS_VERSION = 4

/** Longest name for a person ("妈妈的卡") and longest note on a step, in characters. */
export const NAME_MAX = 20
export const NOTE_MAX = 200
/** Longest step a person adds themselves ("解绑招商银行"), in characters. */
export const OWN_STEP_MAX = 60

/** Taps made on the prerendered page before the app's script ran, until the app takes them in. */
export const EARLY_TAPS_KEY = 'sim-cancel-checklist:early-taps'

/**
 * The home and guide screens as last drawn for the next visit's first paint
 * (app/lastScreen.ts). Only a nicety: when storage is full, it gives way first.
 */
export const LAST_SCREEN_KEY = 'sim-cancel-checklist:last-screens'

/** Every key we save by (person, guide, step, question) and every answer: lower-case words joined by "-", at most 64 characters. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
