import * as v from 'valibot'

/**
 * The step catalogue's one schema. The build-time generator checks the
 * Simplified sources with it, and the app checks every catalogue it loads,
 * so a malformed file fails with a readable message instead of a blank page.
 */

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by "-"'),
)
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('text must not be empty'))
/** A step's or choice's id; "own-…" is kept for the steps people add themselves. */
const StepId = v.pipe(
  Id,
  v.check((id: string) => !id.startsWith('own-'), 'step ids starting with "own-" are kept for the steps people add'),
)

/** "不确定": every question offers it, and a question not yet answered counts as it. */
export const UNSURE = 'unsure'

/**
 * Which answers a section, step, option or contact is for: question id → the
 * option ids it applies to. It applies when every question named has one of
 * the listed answers. A question not (yet) answered counts as "不确定", so a
 * part meant for people who have not said lists `unsure` too; a part with no
 * `when` for a question is for every answer to it.
 */
const WhenSchema = v.record(Id, v.pipe(v.array(Id), v.minLength(1, '"when" needs at least one option for each question')))

const QuestionSchema = v.strictObject({
  id: Id,
  title: Text,
  /**
   * A follow-up: asked only when earlier questions have one of these answers
   * (question id → option ids, read like a `when`). Unasked, its answer
   * counts as "不确定".
   */
  askIf: v.optional(WhenSchema),
  options: v.array(
    v.strictObject({
      id: Id,
      /** The radio button's text. */
      title: Text,
      /** The answer in a few words, for the one-line summary ("英国的运营商"). */
      short: Text,
    }),
  ),
})

/**
 * How to reach an operator or a regulator's service: a hotline to call, a
 * number to text (an SMS service number or a short code), a website or an
 * e-mail address. Each is a public fact, given with the official page it was
 * checked on (`source`) and the day (`checked`, YYYY-MM-DD); docs/sources.md
 * lists them all.
 */
export const CONTACT_KINDS = ['hotline', 'sms', 'short-code', 'website', 'email'] as const
export const ContactSchema = v.strictObject({
  id: Id,
  /** Whose it is, as people name it ("中国移动", "英国的运营商"). */
  operator: Text,
  kind: v.picklist(CONTACT_KINDS),
  /** The number as dialled or texted, the website's address, or the e-mail address. */
  value: v.pipe(v.string(), v.regex(/^\S+$/, 'a contact\'s value is one word: a number, an address')),
  /** One short remark shown with it ("只能用莱卡的卡拨打"). */
  note: v.optional(Text),
  /** Which answers it is for, like a step's: a person whose operator is known sees only its contacts. */
  when: v.optional(WhenSchema),
  source: v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, '"source" must be the address of the page it was checked on')),
  checked: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, '"checked" must be the day it was checked on, as YYYY-MM-DD')),
})

/**
 * What a step offers to do with a contact: call a hotline, text a number
 * (with `body` as the message, and with `nameAndId` the person's name and ID
 * number after it: CXXZ#姓名#证件号码), open a website or write an e-mail.
 * The contact's kind says which.
 */
const ActionSchema = v.strictObject({
  contact: Id,
  body: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9]+$/, 'a text\'s body is a code in capitals, like PAC or CXXZ'))),
  nameAndId: v.optional(v.literal(true)),
})

export const StepSchema = v.strictObject({
  id: StepId,
  title: Text,
  detail: Text,
  when: v.optional(WhenSchema),
  /** A follow-up that waits: 加到日历 offers a reminder this many days from today. */
  remindAfterDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))),
  /** Calls, texts and links to official contacts, shown with the step's details. */
  actions: v.optional(v.pipe(v.array(ActionSchema), v.minLength(1))),
})

/** Several ways to do one thing: ticking any one option completes it. */
export const ChoiceSchema = v.strictObject({
  kind: v.literal('choice'),
  id: StepId,
  title: Text,
  hint: Text,
  options: v.pipe(v.array(StepSchema), v.minLength(2, 'a choice needs at least two options')),
  when: v.optional(WhenSchema),
})

export const SectionSchema = v.strictObject({
  id: Id,
  title: Text,
  note: v.optional(Text),
  items: v.pipe(v.array(v.union([ChoiceSchema, StepSchema])), v.minLength(1)),
  when: v.optional(WhenSchema),
})

function everyStepIdOnce(sections: readonly v.InferOutput<typeof SectionSchema>[]): boolean {
  const ids = sections.flatMap((section) =>
    section.items.flatMap((item) =>
      'kind' in item ? [item.id, ...item.options.map((option) => option.id)] : [item.id],
    ),
  )
  return new Set(ids).size === ids.length
}

type GuideFields = { questions?: v.InferOutput<typeof QuestionSchema>[]; sections: v.InferOutput<typeof SectionSchema>[] }
type ContactFields = v.InferOutput<typeof ContactSchema>

/** Which kinds of contact a text goes to; the others are called, opened or written to. */
export const isTextContact = (contact: { kind: string }) => contact.kind === 'sms' || contact.kind === 'short-code'

/**
 * What is wrong with the guide's questions, the `when`s that name them and
 * its steps' actions (when `contacts` are given), as readable sentences.
 */
export function questionProblems({ questions = [], sections }: GuideFields, contacts?: readonly ContactFields[]): string[] {
  const problems: string[] = []
  const optionsOf = new Map<string, string[]>()
  const checkWhen = (where: string, when: Record<string, string[]> | undefined) => {
    for (const [questionId, optionIds] of Object.entries(when ?? {})) {
      const known = optionsOf.get(questionId)
      if (!known) {
        problems.push(`${where}: "when" names question "${questionId}", which this guide does not ask`)
        continue
      }
      for (const optionId of optionIds) {
        if (!known.includes(optionId)) problems.push(`${where}: "when" names "${optionId}", which is not an answer to "${questionId}"`)
      }
      if (new Set(optionIds).size !== optionIds.length) problems.push(`${where}: "when" lists an answer to "${questionId}" twice`)
      if (known.every((optionId) => optionIds.includes(optionId))) {
        problems.push(`${where}: "when" lists every answer to "${questionId}"; leave "${questionId}" out instead`)
      }
    }
  }
  const checkActions = (step: v.InferOutput<typeof StepSchema>) => {
    if (!contacts) return
    for (const action of step.actions ?? []) {
      const contact = contacts.find((candidate) => candidate.id === action.contact)
      if (!contact) {
        problems.push(`step "${step.id}": its action names contact "${action.contact}", which catalogue/contacts.json does not have`)
        continue
      }
      checkWhen(`contact "${contact.id}" (used by step "${step.id}")`, contact.when)
      if (isTextContact(contact) !== (action.body !== undefined)) {
        problems.push(`step "${step.id}": a text to "${contact.id}" needs a "body", and only a text has one`)
      }
    }
  }
  for (const question of questions) {
    const ids = question.options.map((option) => option.id)
    // A follow-up names questions asked before it.
    checkWhen(`question "${question.id}" (askIf)`, question.askIf)
    if (optionsOf.has(question.id)) problems.push(`question "${question.id}" is asked twice`)
    if (new Set(ids).size !== ids.length) problems.push(`question "${question.id}" has an option id twice`)
    if (!ids.includes(UNSURE)) problems.push(`question "${question.id}" needs an option "${UNSURE}" (不确定), which an unanswered question counts as`)
    if (ids.length < 3) problems.push(`question "${question.id}" needs at least two answers besides "${UNSURE}"`)
    optionsOf.set(question.id, ids)
  }
  for (const section of sections) {
    checkWhen(`section "${section.id}"`, section.when)
    for (const item of section.items) {
      checkWhen(`step "${item.id}"`, item.when)
      if ('kind' in item) {
        for (const option of item.options) {
          checkWhen(`option "${option.id}"`, option.when)
          checkActions(option)
        }
      } else checkActions(item)
    }
  }
  return problems
}

/** What is wrong with the contacts as a whole: ids twice, a value that does not fit its kind, a day that is not one. */
export function contactProblems(contacts: readonly ContactFields[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const contact of contacts) {
    if (seen.has(contact.id)) problems.push(`contact "${contact.id}" is listed twice`)
    seen.add(contact.id)
    const fits = {
      hotline: /^\+?\d{3,15}$/,
      sms: /^\d{3,15}$/,
      'short-code': /^\d{3,8}$/,
      website: /^https:\/\/[^/\s]+\.[^\s]+$/,
      email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
    }[contact.kind]
    if (!fits.test(contact.value)) problems.push(`contact "${contact.id}": "${contact.value}" is not a ${contact.kind} (digits, an https address or an e-mail address)`)
    const day = new Date(`${contact.checked}T00:00:00Z`)
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== contact.checked) {
      problems.push(`contact "${contact.id}": "checked" is not a real day (${contact.checked})`)
    }
  }
  return problems
}

export const GuideSchema = v.pipe(
  v.strictObject({
    id: Id,
    title: Text,
    summary: Text,
    /** A few questions about the person's case; the answers hide the steps that do not apply. */
    questions: v.optional(v.array(QuestionSchema)),
    sections: v.pipe(v.array(SectionSchema), v.minLength(1)),
    tips: v.array(Text),
  }),
  v.check((guide) => everyStepIdOnce(guide.sections), 'step and choice ids must be unique within a guide'),
)

/** The scripts a catalogue file can be in (the language feature decides which one is shown). */
const SCRIPTS = ['zh-Hans', 'zh-Hant', 'zh-HK'] as const

/** The UI text of one script: section → key → text. */
const UiStringsSchema = v.record(v.string(), v.record(v.string(), v.string()))

/** catalogue/contacts.json: every official contact the guides' steps may use. */
export const ContactsSchema = v.array(ContactSchema)

/** A catalogue's fields but its guides. */
const catalogueFields = { lang: v.picklist(SCRIPTS), ui: UiStringsSchema, contacts: ContactsSchema }
const NO_GUIDES = 'the catalogue has no guides'
const uniqueGuideIds = (guides: readonly { id: string }[]) => new Set(guides.map((guide) => guide.id)).size === guides.length

export const CatalogueSchema = v.pipe(
  v.strictObject({ ...catalogueFields, guides: v.pipe(v.array(GuideSchema), v.minLength(1, NO_GUIDES)) }),
  v.check((catalogue) => uniqueGuideIds(catalogue.guides), 'guide ids must be unique'),
)

/** The catalogue with its guides left for later: the browser checks them one at a time. */
const CatalogueFrameSchema = v.strictObject({ ...catalogueFields, guides: v.pipe(v.array(v.unknown()), v.minLength(1, NO_GUIDES)) })

export type Question = v.InferOutput<typeof QuestionSchema>
export type Contact = v.InferOutput<typeof ContactSchema>
export type StepActionData = v.InferOutput<typeof ActionSchema>
export type When = v.InferOutput<typeof WhenSchema>
export type Step = v.InferOutput<typeof StepSchema>
export type Choice = v.InferOutput<typeof ChoiceSchema>
export type Section = v.InferOutput<typeof SectionSchema>
export type Guide = v.InferOutput<typeof GuideSchema>
export type Catalogue = v.InferOutput<typeof CatalogueSchema>

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: string[] }

function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  if (result.success) return { ok: true, value: result.output }
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const path = v.getDotPath(issue)
      return path ? `${path}: ${issue.message}` : issue.message
    }),
  }
}

/** The schema, then the questions, their `when`s and (with contacts) the steps' actions; all with readable problems. */
function parseGuides<T>(
  result: ParseResult<T>,
  guidesOf: (value: T) => GuideFields[],
  contactsOf: (value: T) => readonly Contact[] | undefined,
): ParseResult<T> {
  if (!result.ok) return result
  const contacts = contactsOf(result.value)
  const problems = [
    ...(contacts ? contactProblems(contacts) : []),
    ...guidesOf(result.value).flatMap((guide) => questionProblems(guide, contacts)),
  ]
  return problems.length > 0 ? { ok: false, problems } : result
}

/** With readable problems: for the build-time generator and tests. A guide's actions are checked when the contacts are given. */
export const parseGuide = (input: unknown, contacts?: readonly Contact[]) =>
  parseGuides(
    parseWith(GuideSchema, input),
    (guide) => [guide],
    () => contacts,
  )
export const parseContacts = (input: unknown) =>
  parseGuides(
    parseWith(ContactsSchema, input),
    () => [],
    (contacts) => contacts,
  )
export const parseCatalogue = (input: unknown) =>
  parseGuides(
    parseWith(CatalogueSchema, input),
    (catalogue) => catalogue.guides,
    (catalogue) => catalogue.contacts,
  )

/**
 * The browser's check: the shape only. The generator already reported any
 * problem in detail, questions included, when it wrote the file, so a yes/no
 * is enough here (and keeps the problem sentences out of the first screen's
 * JS). A `when` that slipped through anyway only ever shows more steps.
 */
export const isCatalogue = (input: unknown): input is Catalogue => v.is(CatalogueSchema, input)

/**
 * The same check, one part at a time: the file without its guides, then each
 * guide, with `nextTask` between them. On a slow phone the whole 23 kB file
 * in one go kept the page from answering a tap for about 60 ms, as the app
 * started. The catalogue, or null if any part is not what the app reads.
 */
export async function catalogueInParts(input: unknown, nextTask: () => Promise<void>): Promise<Catalogue | null> {
  if (!v.is(CatalogueFrameSchema, input)) return null
  const guides: Guide[] = []
  for (const guide of input.guides) {
    await nextTask()
    if (!v.is(GuideSchema, guide)) return null
    guides.push(guide)
  }
  return uniqueGuideIds(guides) ? { ...input, guides } : null
}
