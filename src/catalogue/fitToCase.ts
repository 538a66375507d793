import { UNSURE, type Guide, type Question, type Section, type When } from './schema.ts'

/** A person's answers to one guide's questions: question id → option id. */
export type Answers = Readonly<Record<string, string>>

const answerTo = (answers: Answers, questionId: string) => (Object.hasOwn(answers, questionId) ? answers[questionId] : undefined)

/**
 * A person's case: every question of the guide → the answer it counts as.
 * A question not asked, not answered, answered "不确定", or answered with an
 * option the guide no longer has counts as "不确定" (`unsure`), so a changed
 * catalogue or an odd saved value reads as "not sure yet", never as a wrong
 * answer.
 */
export type Case = ReadonlyMap<string, string>

/**
 * Whether a part is for this case: every question its `when` names has one
 * of the answers listed there. "不确定" is an answer like the others: a part
 * for people who have not said (or do not know) lists `unsure`.
 */
export const applies = (when: When | undefined, theCase: Case) =>
  !when || Object.entries(when).every(([questionId, optionIds]) => optionIds.includes(theCase.get(questionId) ?? UNSURE))

/** The questions asked and the case they make, read in order: a follow-up's `askIf` is read like a `when`, over the answers before it. */
function readAnswers(guide: Guide, answers: Answers): { asked: Question[]; theCase: Map<string, string> } {
  const asked: Question[] = []
  const theCase = new Map<string, string>()
  for (const question of guide.questions ?? []) {
    if (!applies(question.askIf, theCase)) continue
    asked.push(question)
    const answer = answerTo(answers, question.id)
    if (answer && question.options.some((option) => option.id === answer)) theCase.set(question.id, answer)
  }
  return { asked, theCase }
}

/**
 * The questions asked with these answers: all but a follow-up whose earlier
 * questions do not have the answers it follows (its `askIf`). An unasked
 * question's answer is kept but counts as "不确定".
 */
export const askedQuestions = (guide: Guide, answers: Answers): Question[] => readAnswers(guide, answers).asked

/** The case these answers make (see `Case`). */
export const caseOf = (guide: Guide, answers: Answers): Case => readAnswers(guide, answers).theCase

/**
 * The guide with only the sections, steps and options that apply to these
 * answers. Everything downstream (the list, counts, reset, sharing) works on
 * this, so a hidden step is neither shown nor counted; its tick stays saved.
 * A choice left with one option becomes that option as a plain step.
 */
export function fitGuide(guide: Guide, answers: Answers): Guide {
  const theCase = caseOf(guide, answers)
  const sections: Section[] = []
  for (const section of guide.sections) {
    if (!applies(section.when, theCase)) continue
    const items: Section['items'] = []
    for (const item of section.items) {
      if (!applies(item.when, theCase)) continue
      if (!('kind' in item)) {
        items.push(item)
        continue
      }
      const options = item.options.filter((option) => applies(option.when, theCase))
      if (options.length >= 2) items.push({ ...item, options })
      else if (options[0]) items.push(options[0])
    }
    if (items.length > 0) sections.push({ ...section, items })
  }
  return { ...guide, sections }
}

/** The steps a person added to a guide: own step id → its section and line ('' once deleted). */
export type OwnSteps = Readonly<Record<string, { section: string; title: string }>>

/**
 * The guide with the person's own steps at the end of their sections, shown
 * as typed in either script (a step whose section the catalogue no longer
 * has goes to the last section; deleted ones are left out). Fit it to the
 * answers after this, so an own step hides and counts with its section.
 */
export function withOwnSteps(guide: Guide, own: OwnSteps): Guide {
  const added = Object.entries(own).filter(([, step]) => step.title)
  if (added.length === 0) return guide
  const sectionOf = (id: string) => (guide.sections.some((section) => section.id === id) ? id : guide.sections.at(-1)?.id)
  const sections = guide.sections.map((section) => ({
    ...section,
    items: [
      ...section.items,
      ...added.filter(([, step]) => sectionOf(step.section) === section.id).map(([id, { title }]) => ({ id, title, detail: '' })),
    ],
  }))
  return { ...guide, sections }
}

/** A person's guide: the catalogue's steps and their own, fitted to their answers. What the guide screen, home and previews count. */
export const personalGuide = (guide: Guide, answers: Answers, own: OwnSteps): Guide => fitGuide(withOwnSteps(guide, own), answers)

/** Each answered question's answer in a few words ("英国的运营商"), in question order. */
export function caseSummary(guide: Guide, answers: Answers): string[] {
  return askedQuestions(guide, answers).flatMap((question) => {
    const answer = answerTo(answers, question.id)
    const option = question.options.find((candidate) => candidate.id === answer)
    return option ? [option.short] : []
  })
}

/** Whether every question asked has an answer ("不确定" counts). */
export const allAnswered = (guide: Guide, answers: Answers): boolean =>
  caseSummary(guide, answers).length === askedQuestions(guide, answers).length
