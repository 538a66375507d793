import type { Step } from '../catalogue/schema.ts'
import { isOwnStepId } from '../progress/savedProgress.ts'
import AddToCalendar from './AddToCalendar.tsx'
import NoteEditor from './NoteEditor.tsx'
import OwnStepEditor from './OwnStepEditor.tsx'

interface StepDetailsProps {
  guideId: string
  personId: string
  step: Step
  /** The person's note on the step when the disclosure opens. */
  note: string
}

/**
 * What an opened step holds under its detail, loaded the first time one is
 * opened: an own step's line and 删除, or 加到日历 for a step that waits, then
 * the note editor.
 */
export default function StepDetails({ guideId, personId, step, note }: StepDetailsProps) {
  return (
    <>
      {isOwnStepId(step.id) ? (
        <OwnStepEditor guideId={guideId} stepId={step.id} title={step.title} />
      ) : (
        step.remindAfterDays !== undefined && (
          <AddToCalendar guideId={guideId} personId={personId} step={{ ...step, remindAfterDays: step.remindAfterDays }} />
        )
      )}
      <NoteEditor guideId={guideId} stepId={step.id} stepTitle={step.title} text={note} />
    </>
  )
}
