import type { GuideMarks, SavedProgress, StepMark } from './savedProgress.ts'

const newer = (ours: StepMark | undefined, theirs: StepMark | undefined): StepMark | undefined =>
  !ours ? theirs : !theirs ? ours : theirs.at > ours.at ? theirs : ours

function mergeMarks(ours: GuideMarks = {}, theirs: GuideMarks = {}): GuideMarks {
  const merged: GuideMarks = {}
  for (const stepId of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const mark = newer(ours[stepId], theirs[stepId])
    if (mark) merged[stepId] = mark
  }
  return merged
}

/**
 * Both sides' progress, step by step: for each step the later change wins
 * (on a tie, ours). Nothing either side has is dropped. Used for a second
 * tab's writes and for importing a backup with "合并".
 */
export function mergeProgress(ours: SavedProgress, theirs: SavedProgress): SavedProgress {
  const people: SavedProgress['people'] = {}
  for (const personId of new Set([...Object.keys(ours.people), ...Object.keys(theirs.people)])) {
    const mine = ours.people[personId]
    const other = theirs.people[personId]
    const guides: Record<string, GuideMarks> = {}
    for (const guideId of new Set([...Object.keys(mine?.guides ?? {}), ...Object.keys(other?.guides ?? {})])) {
      guides[guideId] = mergeMarks(mine?.guides[guideId], other?.guides[guideId])
    }
    people[personId] = { name: mine ? mine.name : (other?.name ?? null), guides }
  }
  return { people, currentPersonId: ours.currentPersonId }
}
