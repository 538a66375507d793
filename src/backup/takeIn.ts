import { useCallback, useState } from 'react'
import { useProgress } from '../progress/progressStore.ts'
import type { SavedProgress } from '../progress/savedProgress.ts'
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
 * Takes it in: a link merges its person and shows them; a backup merges or
 * replaces. Or, either way, its people are added as new people, named by `names`.
 */
export function takeIn(incoming: Incoming, mode: ImportMode, names: NewPeopleNames) {
  const { restoreProgress, ...current } = useProgress.getState()
  const now = Date.now()
  const people = incoming.kind === 'link' ? { [incoming.shared.personId]: incoming.shared.person } : incoming.state.people
  restoreProgress(
    mode === 'new'
      ? progressAsNewPeople(current, people, { names, now, show: incoming.kind === 'link' })
      : incoming.kind === 'link'
        ? progressAfterLink(current, incoming.shared, now)
        : progressAfterImport(current, incoming.state, mode, now),
  )
}

/** Where the preview-then-take-in flow stands. */
export type TakeInStep<Problem> =
  | { kind: 'waiting' }
  | { kind: 'refused'; problem: Problem }
  | { kind: 'preview'; incoming: Incoming }
  | { kind: 'taken'; incoming: Incoming; mode: ImportMode }
  | { kind: 'declined' }

/** The flow's state: `read` a file or link (refused, or shown for a yes), then `accept` or `decline`. */
export function useTakeIn<Problem>() {
  const [step, setStep] = useState<TakeInStep<Problem>>({ kind: 'waiting' })
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
  }
}
