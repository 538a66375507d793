/**
 * The saved format's version, and how to bring older saved data up to it.
 *
 * Version 1 is the first release; version 2 added notes on steps and lets
 * people be renamed and removed (each person has `at`, `removed` and `notes`);
 * version 3 added each person's answers to a guide's questions (`answers`);
 * version 4 added the steps a person adds to a guide themselves (`ownSteps`);
 * version 5 kept the shape and moved answers to the guides' new questions
 * (what to do with the number comes first: `reanswered` below).
 * When the format changes:
 * 1. bump PROGRESS_VERSION and add the new exact shape to SCHEMA_OF_VERSION,
 * 2. add a step to `steps` that turns version N-1 into version N,
 * 3. commit a fixture of the old format in tests/unit/fixtures/progress-vN.json
 *    (the fixture test fails until you do).
 */
import * as v from 'valibot'
import { hasForbiddenKey, isSavedProgress, ownEntry, PROGRESS_VERSION, SCHEMA_OF_VERSION, type SavedProgress } from './savedProgress.ts'

export { PROGRESS_VERSION } from './savedProgress.ts'

type Dict = Record<string, unknown>
type Person = Dict
type State = { people: Record<string, Person>; currentPersonId: string }

/** Each person changed by `change`; the state was checked against its version's exact shape first. */
const eachPerson =
  (change: (person: Person) => Person) =>
  (state: State): State => ({
    ...state,
    people: Object.fromEntries(Object.entries(state.people).map(([id, person]) => [id, change(person)])),
  })

type Mark = { done: boolean; at: number }
type Answer = { value: string; at: number }

/**
 * Steps of the version 4 guides that only one answer to "还想继续用这个号码吗？"
 * showed: ending the number, or keeping it (a port, or for a relative who
 * has died, the transfer to an heir).
 */
const ENDING_STEPS = new Set(
  'decide value-added use-credit deceased-keep-reminder find-accounts list-accounts unbind-wechat unbind-alipay unbind-banks unbind-12306 unbind-apple-google unbind-email unbind-gov unbind-others check-rules uk-bereavement uk-info tw-end-line channel-hotline channel-online channel-hall channel-stac proof record verify delete-profile refund watch-bills before-reissue dispose-card'.split(
    ' ',
  ),
)
const KEEPING_STEPS = new Set(
  'deceased-transfer deceased-keep-abroad port-check port-code port-apply pac-code pac-give hk-prepaid port-hk-tw port-elsewhere port-wait port-done port-delete-profile'.split(
    ' ',
  ),
)
const NOW_OF: Record<string, string> = { 'in-uk': 'here', abroad: 'abroad', unsure: 'unsure', '': '' }

/**
 * One guide's answers in version 5's questions. `keep` (cancel, port, unsure)
 * becomes `plan` (cancel, port, transfer, hold, unsure): keeping a dead
 * relative's number was the transfer to an heir, so there it is `transfer`.
 * Someone who never answered but ticked only steps of one way gets that way,
 * so their ticks stay in sight. `uk-now` (in-uk, abroad) becomes `now`
 * (here, abroad), asked for every country. Each answer keeps its time.
 */
function reanswered(answers: Record<string, Answer>, marks: Record<string, Mark>): Record<string, Answer> {
  const { keep, 'uk-now': ukNow, ...rest } = answers
  const next: Record<string, Answer> = { ...rest }
  const deceased = answers.holder?.value === 'deceased'
  // Answers already in version 5's questions (a newer body under an older label) stay as they are.
  if (next.plan) {
    // kept
  } else if (keep && keep.value !== '') {
    next.plan = { ...keep, value: keep.value === 'port' && deceased ? 'transfer' : keep.value }
  } else {
    const ticked = Object.entries(marks).filter(([, mark]) => mark.done)
    const ending = ticked.filter(([stepId]) => ENDING_STEPS.has(stepId))
    const keeping = ticked.filter(([stepId]) => KEEPING_STEPS.has(stepId))
    const way =
      ending.length > 0 && keeping.length === 0
        ? 'cancel'
        : keeping.length > 0 && ending.length === 0
          ? deceased
            ? 'transfer'
            : 'port'
          : null
    if (way) next.plan = { value: way, at: Math.max(...[...ending, ...keeping].map(([, mark]) => mark.at)) }
    else if (keep) next.plan = keep
  }
  if (ukNow && !next.now) next.now = { ...ukNow, value: NOW_OF[ukNow.value] ?? '' }
  return next
}

/**
 * A person's answers in version 5's questions (`reanswered`, guide by guide).
 * Also for what a damaged save of an older version still holds (salvage.ts).
 */
export function withVersion5Answers<P extends { answers: unknown; guides: unknown }>(person: P): P {
  const answers = person.answers as Record<string, Record<string, Answer>>
  const guides = person.guides as Record<string, Record<string, Mark>>
  const guideIds = new Set([...Object.keys(answers), ...Object.keys(guides)])
  const next = Object.fromEntries(
    [...guideIds].map((guideId) => [guideId, reanswered(ownEntry(answers, guideId) ?? {}, ownEntry(guides, guideId) ?? {})]),
  )
  return { ...person, answers: Object.fromEntries(Object.entries(next).filter(([, guide]) => Object.keys(guide).length > 0)) }
}

/** steps[n] turns version n into version n + 1. */
const steps: Record<number, (state: State) => State> = {
  1: eachPerson((person) => ({ ...person, at: 0, removed: false, notes: {} })),
  2: eachPerson((person) => ({ ...person, answers: {} })),
  3: eachPerson((person) => ({ ...person, ownSteps: {} })),
  4: eachPerson((person) => withVersion5Answers(person as Dict & { answers: unknown; guides: unknown })),
}

/**
 * Saved or backed-up progress of any known version, brought up to date and
 * checked; null if it cannot be. Data must match the exact shape of the
 * version it says it is: a newer body labelled as an older version would lose
 * whatever the older version did not have, so it is refused, never upgraded.
 */
export function upgradeProgress(state: unknown, fromVersion: number): SavedProgress | null {
  const schema = SCHEMA_OF_VERSION[fromVersion]
  if (!schema || hasForbiddenKey(state) || !v.is(schema, state)) return null
  let current = state as State
  for (let version = fromVersion; version < PROGRESS_VERSION; version += 1) {
    const step = steps[version]
    if (!step) return null
    current = step(current)
  }
  return isSavedProgress(current) ? current : null
}
