/**
 * The page's contract: the marks the components draw into a screen for the
 * page's own scripts (src/boot/), which read them on the prerendered page
 * before the app runs (to keep a tap, to give back focus, to make something
 * wait for the app). Each is written by one component and read by boot/;
 * both import it from here, so neither can rename it alone.
 */

/** On a step's checkbox (checklist/StepItem.tsx): the step's id. */
export const STEP = 'data-step'

/** On an answer's radio (checklist/GuideQuestions.tsx): the question's id; the radio's value is the answer. */
export const QUESTION = 'data-question'

/** On the guide's article (checklist/GuideScreen.tsx): the guide's id, for the taps inside it. */
export const GUIDE = 'data-guide'

/**
 * On what needs the app although it is neither a button nor a menu (自己加一步's
 * disclosure, whose field comes with the app): on a screen painted before the
 * app, it waits (inert), as buttons and menus do.
 */
export const NEEDS_APP = 'data-needs-app'
