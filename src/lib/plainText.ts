/**
 * Text people type or bring from elsewhere (names, notes) is shown as typed,
 * except for the characters that reorder what follows them: the bidi
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
 * A name with U+202E would otherwise turn the rest of a sentence around it
 * backwards, in a notice, a dialog, or a link's preview.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '')

/** Whether nothing in `text` would show: only spaces and invisible characters (zero-width, fillers). */
export const isInvisible = (text: string): boolean => text.replace(/[\s\p{Default_Ignorable_Code_Point}]/gu, '') === ''
