import { useCallback, useState } from 'react'
import { useProgress } from '../progress/progressStore.ts'
import { useUndoable } from '../progress/useUndoable.ts'
import { livePeople, ownEntry, type Person, type SavedProgress } from '../progress/savedProgress.ts'
import { progressAfterImport, summarise, type ImportMode, type PersonSummary } from './backupFile.ts'
import { progressAfterLink, type SharedPerson } from './continueLink.ts'
import { progressAsNewPeople, type NewPeopleNames } from './asNewPeople.ts'

/**
 * Progress brought from elsewhere, read and checked but not yet taken in:
 * a backup file (everyone in it) or a 在另一台设备继续 link (one person).
 * Both go the same way: a preview of what it holds, then a yes or a no.
 */
export type Incoming = { kind: 'backup'; at: number; state: SavedProgress } | { kind: 'link'; at: number; shared: SharedPerson }

/** Who and what an incoming backup or link holds, for the preview. */
export const incomingPeople = (incoming: Incoming): PersonSummary[] =>
  summarise(incoming.kind === 'backup' ? incoming.state.people : { [incoming.shared.personId]: incoming.shared.person })

/**
 * The progress after taking it in: a link merges its person and shows them;
 * a backup merges or replaces. Or, either way, its people are added as new
 * people, named by `names`.
 */
export function progressAfterTakingIn(
  current: SavedProgress,
  incoming: Incoming,
  mode: ImportMode,
  names: NewPeopleNames,
  now: number,
): SavedProgress {
  const people = incoming.kind === 'link' ? { [incoming.shared.personId]: incoming.shared.person } : incoming.state.people
  return mode === 'new'
    ? progressAsNewPeople(current, people, { names, now, show: incoming.kind === 'link' })
    : incoming.kind === 'link'
      ? progressAfterLink(current, incoming.shared, now)
      : progressAfterImport(current, incoming.state, mode, now)
}

/** Takes it in, as the preview showed it would; 撤销 takes it back. */
export function takeIn(incoming: Incoming, mode: ImportMode, names: NewPeopleNames) {
  const { takeInProgress, people, currentPersonId } = useProgress.getState()
  takeInProgress(progressAfterTakingIn({ people, currentPersonId }, incoming, mode, names, Date.now()))
}

/** A guide of a person here whose ticks, notes or own steps a take-in would clear. */
export interface ClearedGuide {
  personId: string
  person: Person
  guideId: string
  ticks: number
  notes: number
  ownSteps: number
}

/** What a take-in would remove: people who are here and would go, and guides whose ticks, notes or own steps would go. */
export interface Losses {
  people: { personId: string; person: Person }[]
  guides: ClearedGuide[]
}

/** What going from `before` to `after` takes away from the people who are here: what the preview must name. */
export function lossesOf(before: SavedProgress, after: SavedProgress): Losses {
  const losses: Losses = { people: [], guides: [] }
  for (const [personId, person] of livePeople(before.people)) {
    const then = ownEntry(after.people, personId)
    if (!then || then.removed) {
      losses.people.push({ personId, person })
      continue
    }
    const lost =
      <T>(entries: Record<string, Record<string, T>>, later: Record<string, Record<string, T>>, kept: (entry: T | undefined) => boolean) =>
      (guideId: string) =>
        Object.entries(ownEntry(entries, guideId) ?? {}).filter(
          ([key, entry]) => kept(entry) && !kept(ownEntry(ownEntry(later, guideId) ?? {}, key)),
        ).length
    const ticks = lost(person.guides, then.guides, (mark) => mark?.done === true)
    const notes = lost(person.notes, then.notes, (note) => Boolean(note?.text.trim()))
    const ownSteps = lost(person.ownSteps, then.ownSteps, (step) => Boolean(step?.title))
    for (const guideId of new Set([...Object.keys(person.guides), ...Object.keys(person.notes), ...Object.keys(person.ownSteps)])) {
      const cleared = { personId, person, guideId, ticks: ticks(guideId), notes: notes(guideId), ownSteps: ownSteps(guideId) }
      if (cleared.ticks + cleared.notes + cleared.ownSteps > 0) losses.guides.push(cleared)
    }
  }
  return losses
}

/** What taking `incoming` in with 合并 or 替换 would remove from `current` now (作为新的人 removes nothing). */
export const lossesOfTakingIn = (current: SavedProgress, incoming: Incoming, mode: 'merge' | 'replace', now = Date.now()): Losses =>
  lossesOf(current, progressAfterTakingIn(current, incoming, mode, NO_NAMES, now))

/** Names are given only to people added as new ones. */
const NO_NAMES: NewPeopleNames = { here: () => '', arriving: () => '' }

/** Where the preview-then-take-in flow stands. */
export type TakeInStep<Problem> =
  | { kind: 'waiting' }
  | { kind: 'refused'; problem: Problem }
  | { kind: 'preview'; incoming: Incoming }
  | { kind: 'taken'; incoming: Incoming; mode: ImportMode }
  | { kind: 'undone' }
  | { kind: 'declined' }

/** The flow's state: `read` a file or link (refused, or shown for a yes), then `accept` or `decline`; for a few seconds after a yes, `undo`. */
export function useTakeIn<Problem>() {
  const [step, setStep] = useState<TakeInStep<Problem>>({ kind: 'waiting' })
  const undoable = useUndoable()
  const read = useCallback(
    (result: { ok: true; incoming: Incoming } | { ok: false; problem: Problem }) =>
      setStep(result.ok ? { kind: 'preview', incoming: result.incoming } : { kind: 'refused', problem: result.problem }),
    [],
  )
  return {
    step,
    read,
    accept: (incoming: Incoming, mode: ImportMode, names: NewPeopleNames) => {
      takeIn(incoming, mode, names)
      setStep({ kind: 'taken', incoming, mode })
    },
    decline: () => setStep({ kind: 'declined' }),
    /** Whether 撤销 still takes the take-in back (for a few seconds, as after 重新开始). */
    canUndo: step.kind === 'taken' && undoable?.kind === 'take-in',
    undo: () => {
      useProgress.getState().undo()
      setStep({ kind: 'undone' })
    },
  }
}
