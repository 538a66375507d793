/**
 * What is not on the first path (screens, dialogs, editors), in one chunk
 * loaded on demand through lazyLater().
 * One dynamic import, not one per screen: with two or more, Rolldown (Vite 8)
 * moves the code they share with the first screen (React, the stores) out
 * into extra chunks the first screen then has to load too.
 */
export { default as PeopleScreen } from '../people/PeopleScreen.tsx'
export { default as SettingsScreen } from './screens/SettingsScreen.tsx'
export { NoteEditor } from './NoteEditor.tsx'
export { default as OpenLinkScreen } from './screens/OpenLinkScreen.tsx'
export { ContinueElsewhere } from '../share/ContinueElsewhere.tsx'
export { shareGuide } from '../share/shareGuide.ts'
export { ConfirmDialog } from '../ui/ConfirmDialog.tsx'
export { NotFoundScreen } from './screens/NotFoundScreen.tsx'
export { StorageNotice } from './StorageNotice.tsx'
export { UndoNotice } from './UndoNotice.tsx'
export { UpdateNotice } from './UpdateNotice.tsx'
export { ShareResult } from './ShareResult.tsx'
export { salvageUnreadable } from '../progress/salvage.ts'
