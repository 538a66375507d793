import type { Choice, Guide, Step } from './schema.ts'

export interface GuideProgress {
  done: number
  total: number
  /** The first item still to do (a step id or a choice id), or null when all are done. */
  nextId: string | null
}

/**
 * Counts a guide's items. A step counts once; a choice counts once and is
 * done when any one of its options is done, so someone who used one channel
 * still reaches 100%. Marks for ids no longer in the guide are not counted.
 */
export function guideProgress(guide: Guide, isDone: (stepId: string) => boolean): GuideProgress {
  let done = 0
  let total = 0
  let nextId: string | null = null
  for (const section of guide.sections) {
    for (const item of section.items) {
      const itemDone = 'kind' in item ? item.options.some((option) => isDone(option.id)) : isDone(item.id)
      total += 1
      if (itemDone) done += 1
      else nextId ??= item.id
    }
  }
  return { done, total, nextId }
}

/** The element id a step or choice is rendered with, for links like "继续". */
export const itemAnchor = (itemId: string) => `item-${itemId}`

/** Every tickable step in the guide: plain steps and each option of a choice. */
const allSteps = (guide: Guide): Step[] =>
  guide.sections.flatMap((section) => section.items.flatMap((item) => ('kind' in item ? item.options : [item])))

export const stepIds = (guide: Guide): string[] => allSteps(guide).map((step) => step.id)

/** A step or a choice (not a choice's option) by id: what guideProgress's nextId names. */
export const findItem = (guide: Guide, itemId: string): Step | Choice | undefined =>
  guide.sections.flatMap((section) => section.items).find((item) => item.id === itemId)

/** A step (or choice option) by id, or undefined if the guide no longer has it. */
export const findStep = (guide: Guide, stepId: string): Step | undefined =>
  allSteps(guide).find((step) => step.id === stepId)
