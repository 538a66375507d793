/**
 * 重新开始: clears the given steps' ticks and notes for the person on screen
 * (the guide's current steps; steps the guide no longer has keep theirs), and
 * offers to undo it (the store's undo takes it back). It lives beside the
 * store but loads with the dialog that asks first, so the first screen does
 * not carry it.
 */
import { marksOf, notesOf, useProgress, withGuide } from './progressStore.ts'
import type { GuideMarks, GuideNotes } from './savedProgress.ts'

export function resetGuide(guideId: string, stepIds: readonly string[]) {
  useProgress.setState((state) => {
    const marks = { ...marksOf(state, guideId) }
    const notes = { ...notesOf(state, guideId) }
    const before: GuideMarks = {}
    const notesBefore: GuideNotes = {}
    const at = Date.now()
    for (const stepId of stepIds) {
      const mark = marks[stepId]
      if (mark?.done) {
        before[stepId] = mark
        marks[stepId] = { done: false, at }
      }
      const note = notes[stepId]
      if (note?.text) {
        notesBefore[stepId] = note
        notes[stepId] = { text: '', at }
      }
    }
    return {
      ...withGuide(state, guideId, marks, notes),
      undoable: { kind: 'reset', personId: state.currentPersonId, guideId, at, before, notesBefore },
    }
  })
}
