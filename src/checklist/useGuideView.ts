import { useMemo } from 'react'
import { stepActions, type StepAction } from '../catalogue/contacts.ts'
import { caseSummary, fitGuide, withOwnSteps, type Answers } from '../catalogue/fitToCase.ts'
import { guideProgress, type GuideProgress } from '../catalogue/guideProgress.ts'
import type { Contact, Guide, Step } from '../catalogue/schema.ts'
import { isStepDone, useGuideAnswers, useGuideMarks, useGuideNotes, useGuideOwnSteps } from '../progress/selectors.ts'

/** A guide as the person on screen sees it: fitted to their case, with their progress. */
export interface GuideView {
  /** The catalogue's steps and the person's own that fit their answers: what is shown, counted, reset and shared. */
  guide: Guide
  /** Their answers to the guide's questions (question id → option id). */
  answers: Answers
  progress: GuideProgress
  /** How many items the answers hide. */
  hiddenCount: number
  /** Their case in a few words ("英国的号码 · 注销号码"), or ''. */
  situation: string
  isDone: (stepId: string) => boolean
  /** The note on a step ('' if none). */
  noteOf: (stepId: string) => string
  /** A step's calls, texts and links: only the person's operator's once they have said which. */
  actionsOf: (step: Step) => StepAction[]
}

/** The one view of a guide the guide screen reads: computed from the store, never stored. */
export function useGuideView(wholeGuide: Guide, contacts: readonly Contact[]): GuideView {
  const marks = useGuideMarks(wholeGuide.id)
  const notes = useGuideNotes(wholeGuide.id)
  const answers = useGuideAnswers(wholeGuide.id)
  const ownSteps = useGuideOwnSteps(wholeGuide.id)
  const everyStep = useMemo(() => withOwnSteps(wholeGuide, ownSteps), [wholeGuide, ownSteps])
  const guide = useMemo(() => fitGuide(everyStep, answers), [everyStep, answers])
  const isDone = (stepId: string) => isStepDone(marks, stepId)
  const progress = guideProgress(guide, isDone)
  return {
    guide,
    answers,
    progress,
    hiddenCount: guideProgress(everyStep, isDone).total - progress.total,
    situation: caseSummary(wholeGuide, answers).join(' · '),
    isDone,
    noteOf: (stepId) => notes[stepId]?.text ?? '',
    actionsOf: (step) => stepActions(wholeGuide, step, contacts, answers),
  }
}
