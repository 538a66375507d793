/**
 * The saved format's version, its limits and the shape of an id. On their
 * own so that the page's early inline script (page/prerenderGate.ts) can use
 * them without bundling the saved format's schema.
 */

/** The saved format's version (migrations.ts tells how to raise it). */
export const PROGRESS_VERSION = 4

/** Longest name for a person ("妈妈的卡") and longest note on a step, in characters. */
export const NAME_MAX = 20
export const NOTE_MAX = 200
/** Longest step a person adds themselves ("解绑招商银行"), in characters. */
export const OWN_STEP_MAX = 60

/** Every key we save by (person, guide, step, question) and every answer: lower-case words joined by "-", at most 64 characters. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
