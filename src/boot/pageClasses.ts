/*
 * The classes the page's own scripts set before the app runs, which boot/boot.css
 * styles: one name each for the gate (gate.ts), the taps kept before
 * the app (earlyTaps.ts) and the app's takeover (takeOver.ts).
 */

/** On <html>: the prerendered screen is hidden (the stand-in shows). */
export const SKIP_PRERENDERED = 'skip-prerendered'
/** On <html>: the screen shown was kept by an earlier build (a text has changed since): the app draws its own in its place. */
export const KEPT_OLDER = 'kept-older'
/** On <html>: the screen is held back (the stand-in shows) until the second script has finished it. */
export const WAIT = 'prerendered-wait'
/** Each copy of the prerendered screen, one per script: the page's own screen until the app takes it over. */
export const PRERENDERED = 'prerendered'
/** Each copy of the prerendered screen after the first, as a <template>: put in place as a PRERENDERED copy for its reader. */
export const PRERENDERED_LATER = 'prerendered-later'
