/**
 * The writes for a person's own steps (progressStore.ts holds them as
 * `ownSteps`): add, reword, delete and undo the delete. They live beside the
 * store but load with the screens that use them (the 自己加一步 field, an own
 * step's 修改, the 撤销 notice), so the first screen does not carry them.
 */
import { withoutBidiControls } from '../ui/plainText.ts'
import { useProgress } from './progressStore.ts'
import { newId, own, OWN_STEP_MAX, type OwnStep, type SavedProgress } from './savedProgress.ts'

/** The current person with one own step of a guide set to `step`. */
function withOwnStep(state: SavedProgress, guideId: string, stepId: string, step: OwnStep): Pick<SavedProgress, 'people'> {
  const person = state.people[state.currentPersonId]!
  const ownSteps = { ...person.ownSteps, [guideId]: { ...person.ownSteps[guideId], [stepId]: step } }
  return { people: { ...state.people, [state.currentPersonId]: { ...person, ownSteps } } }
}

const ownStepOf = (state: SavedProgress, guideId: string, stepId: string): OwnStep | undefined =>
  own(own(state.people[state.currentPersonId]?.ownSteps ?? {}, guideId) ?? {}, stepId)

/** A line as it is kept: no bidi controls, no spaces around it, at most OWN_STEP_MAX characters. */
const cleanLine = (title: string) => withoutBidiControls(title).trim().slice(0, OWN_STEP_MAX)

/** Adds a step of the person's own (one line) at the end of a section of a guide; returns its id, or null if the line is empty. */
export function addOwnStep(guideId: string, sectionId: string, title: string): string | null {
  const line = cleanLine(title)
  if (!line) return null
  const stepId = newId('own-')
  useProgress.setState((state) => withOwnStep(state, guideId, stepId, { section: sectionId, title: line, at: Date.now() }))
  return stepId
}

/** A new wording for an own step (an empty one changes nothing). */
export function renameOwnStep(guideId: string, stepId: string, title: string) {
  useProgress.setState((state) => {
    const step = ownStepOf(state, guideId, stepId)
    if (!step?.title || !cleanLine(title)) return {}
    return withOwnStep(state, guideId, stepId, { ...step, title: cleanLine(title), at: Date.now() })
  })
}

/** Deletes an own step (kept as an empty line with its time, so a merge cannot bring it back); 撤销 brings it back. */
export function removeOwnStep(guideId: string, stepId: string) {
  useProgress.setState((state) => {
    const before = ownStepOf(state, guideId, stepId)
    if (!before?.title) return {}
    const at = Date.now()
    return {
      ...withOwnStep(state, guideId, stepId, { ...before, title: '', at }),
      undoable: { kind: 'remove-own-step', personId: state.currentPersonId, guideId, stepId, at, before },
    }
  })
}

/** 撤销 of a delete: the step comes back as it was, if nobody has changed it since. */
export function undoRemoveOwnStep() {
  useProgress.setState((state) => {
    const change = state.undoable
    if (change?.kind !== 'remove-own-step' || change.personId !== state.currentPersonId) return { undoable: null }
    const now = ownStepOf(state, change.guideId, change.stepId)
    if (now?.at !== change.at || now.title) return { undoable: null }
    return { ...withOwnStep(state, change.guideId, change.stepId, { ...change.before, at: Date.now() }), undoable: null }
  })
}
