import { useMemo } from 'react'
import { useProgress } from './progressStore.ts'
import {
  answerValues,
  livePeople,
  type GuideAnswers,
  type GuideMarks,
  type GuideNotes,
  type GuideOwnSteps,
  type Person,
} from './savedProgress.ts'

const NO_MARKS: GuideMarks = Object.freeze({})

/** The current person's marks for one guide (a stable reference between ticks of other guides). */
export function useGuideMarks(guideId: string): GuideMarks {
  return useProgress((state) => state.people[state.currentPersonId]?.guides[guideId] ?? NO_MARKS)
}

export function useToggleStep() {
  return useProgress((state) => state.toggleStep)
}

export const isStepDone = (marks: GuideMarks, stepId: string): boolean => marks[stepId]?.done === true

/** When the person last ticked or unticked anything in the guide, or null. */
export function lastTouchedAt(marks: GuideMarks): number | null {
  let latest: number | null = null
  for (const mark of Object.values(marks)) {
    if (latest === null || mark.at > latest) latest = mark.at
  }
  return latest
}

const NO_NOTES: GuideNotes = Object.freeze({})

/** The current person's notes for one guide. */
export function useGuideNotes(guideId: string): GuideNotes {
  return useProgress((state) => state.people[state.currentPersonId]?.notes[guideId] ?? NO_NOTES)
}

const NO_ANSWERS: GuideAnswers = Object.freeze({})

/** The current person's answers to one guide's questions: question id → option id ('' or missing: not answered). */
export function useGuideAnswers(guideId: string): Readonly<Record<string, string>> {
  const answers = useProgress((state) => state.people[state.currentPersonId]?.answers[guideId] ?? NO_ANSWERS)
  return useMemo(() => answerValues(answers), [answers])
}

export const useAnswerQuestion = () => useProgress((state) => state.answerQuestion)

const NO_OWN_STEPS: GuideOwnSteps = Object.freeze({})

/** The steps the current person added to one guide (deleted ones too, with no title). */
export function useGuideOwnSteps(guideId: string): GuideOwnSteps {
  return useProgress((state) => state.people[state.currentPersonId]?.ownSteps[guideId] ?? NO_OWN_STEPS)
}

/** The people on this device (not removed), "我" first. */
export function usePeople(): [string, Person][] {
  return livePeople(useProgress((state) => state.people))
}

export const useCurrentPersonId = () => useProgress((state) => state.currentPersonId)

/** The person whose progress is on screen. */
export const useCurrentPerson = (): Person | undefined => useProgress((state) => state.people[state.currentPersonId])
