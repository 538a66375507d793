/**
 * Where the progress is kept in localStorage. On its own so that the page's
 * early inline script (app/prerenderGate.ts) can read it without bundling
 * the saved format's schema.
 */
export const PROGRESS_KEY = 'sim-cancel-checklist:progress'
