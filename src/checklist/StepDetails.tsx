import type { StepAction } from '../catalogue/contacts.ts'
import type { Step } from '../catalogue/schema.ts'
import { isOwnStepId } from '../progress/savedProgress.ts'
import AddToCalendar from './AddToCalendar.tsx'
import NoteEditor from './NoteEditor.tsx'
import OwnStepEditor from './OwnStepEditor.tsx'
import StepActions from './StepActions.tsx'
import { useCurrentPersonId } from '../progress/selectors.ts'

interface StepDetailsProps {
  guideId: string
  step: Step
  /** The person's note on the step when the disclosure opens. */
  note: string
  /** Calls, texts and links to official contacts that fit the person's answers. */
  actions: StepAction[]
}

/**
 * What an opened step holds under its detail, loaded the first time one is
 * opened: 直接联系 (its calls, texts and links), an own step's line and 删除,
 * or 加到日历 for a step that waits, then the note editor.
 */
export default function StepDetails({ guideId, step, note, actions }: StepDetailsProps) {
  const personId = useCurrentPersonId()
  return (
    <>
      {actions.length > 0 && <StepActions actions={actions} />}
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
