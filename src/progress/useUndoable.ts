import { useEffect } from 'react'
import { useProgress } from './progressStore.ts'

/** How long a notice offers 撤销. */
export const UNDO_SECONDS = 8

/** The change on offer for 撤销, dropped UNDO_SECONDS after it was made (at once if that is past, e.g. back on its screen later). */
export function useUndoable() {
  const undoable = useProgress((state) => state.undoable)
  const dismissUndo = useProgress((state) => state.dismissUndo)
  const at = undoable?.at
  useEffect(() => {
    if (at === undefined) return
    const timer = window.setTimeout(dismissUndo, Math.max(0, at + UNDO_SECONDS * 1000 - Date.now()))
    return () => window.clearTimeout(timer)
  }, [at, dismissUndo])
  return undoable
}
