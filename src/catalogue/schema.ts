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

export const StepSchema = v.strictObject({
  id: Id,
  title: Text,
  detail: Text,
})

/** Several ways to do one thing: ticking any one option completes it. */
export const ChoiceSchema = v.strictObject({
  kind: v.literal('choice'),
  id: Id,
  title: Text,
  hint: Text,
  options: v.pipe(v.array(StepSchema), v.minLength(2, 'a choice needs at least two options')),
})

export const SectionSchema = v.strictObject({
  id: Id,
  title: Text,
  note: v.optional(Text),
  items: v.pipe(v.array(v.union([ChoiceSchema, StepSchema])), v.minLength(1)),
})

function everyStepIdOnce(sections: readonly v.InferOutput<typeof SectionSchema>[]): boolean {
  const ids = sections.flatMap((section) =>
    section.items.flatMap((item) =>
      'kind' in item ? [item.id, ...item.options.map((option) => option.id)] : [item.id],
    ),
  )
  return new Set(ids).size === ids.length
}

export const GuideSchema = v.pipe(
  v.strictObject({
    id: Id,
    title: Text,
    summary: Text,
    sections: v.pipe(v.array(SectionSchema), v.minLength(1)),
    tips: v.array(Text),
  }),
  v.check((guide) => everyStepIdOnce(guide.sections), 'step and choice ids must be unique within a guide'),
)

/** The scripts a catalogue file can be in (the language feature decides which one is shown). */
const SCRIPTS = ['zh-Hans', 'zh-Hant'] as const

/** The UI text of one script: section → key → text. */
const UiStringsSchema = v.record(v.string(), v.record(v.string(), v.string()))

export const CatalogueSchema = v.pipe(
  v.strictObject({
    lang: v.picklist(SCRIPTS),
    ui: UiStringsSchema,
    guides: v.pipe(v.array(GuideSchema), v.minLength(1, 'the catalogue has no guides')),
  }),
  v.check(
    (catalogue) => new Set(catalogue.guides.map((guide) => guide.id)).size === catalogue.guides.length,
    'guide ids must be unique',
  ),
)

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

/** With readable problems: for the build-time generator and tests. */
export const parseGuide = (input: unknown) => parseWith(GuideSchema, input)
export const parseCatalogue = (input: unknown) => parseWith(CatalogueSchema, input)

/**
 * The browser's check. The generator already reported any problem in detail
 * when it wrote the file, so a yes/no is enough here (and keeps the issue
 * formatting out of the first screen's JS).
 */
export const isCatalogue = (input: unknown): input is Catalogue => v.is(CatalogueSchema, input)
