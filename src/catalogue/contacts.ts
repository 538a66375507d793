import { applies, caseOf, type Answers } from './fitToCase.ts'
import type { Contact, Guide, Step } from './schema.ts'

/** What an action does with its contact: call it, text it, open it in the browser, or write an e-mail to it. */
export type ActionVerb = 'call' | 'text' | 'open' | 'mail'

/** One action of a step, with its contact: ready to draw, print or share. */
export interface StepAction {
  verb: ActionVerb
  contact: Contact
  /** What a text says ("PAC"), or its start when the person's name and ID number follow ("CXXZ"). */
  body?: string
  /** The text is body#姓名#证件号码, filled in on the device. */
  nameAndId: boolean
}

const VERB_OF: Record<Contact['kind'], ActionVerb> = {
  hotline: 'call',
  sms: 'text',
  'short-code': 'text',
  website: 'open',
  email: 'mail',
}

/**
 * The step's actions whose contacts fit the person's case, read like a step's
 * `when` (a contact lists `unsure` where it is for people who have not said
 * which operator). An action naming a contact the catalogue lacks is left out.
 */
export function stepActions(guide: Guide, step: Step, contacts: readonly Contact[], answers: Answers): StepAction[] {
  if (!step.actions) return []
  const theCase = caseOf(guide, answers)
  return step.actions.flatMap((action) => {
    const contact = contacts.find((candidate) => candidate.id === action.contact)
    if (!contact || !applies(contact.when, theCase)) return []
    return [{ verb: VERB_OF[contact.kind], contact, body: action.body, nameAndId: action.nameAndId === true }]
  })
}

/** The text an action sends: its body, then the name and ID number (or what stands for them while they are empty). */
export function messageOf(action: StepAction, name: string, idNumber: string): string {
  if (!action.body) return ''
  return action.nameAndId ? `${action.body}#${name}#${idNumber}` : action.body
}

/**
 * The link that does it. A text's body is percent-encoded (a "#" would
 * otherwise end the link), after "?&": Android reads "?body=", iOS looks for
 * "&body=", and this form satisfies both.
 */
export function actionHref(action: StepAction, message = ''): string {
  const { value } = action.contact
  switch (action.verb) {
    case 'call':
      return `tel:${value}`
    case 'text':
      return message ? `sms:${value}?&body=${encodeURIComponent(message)}` : `sms:${value}`
    case 'mail':
      return `mailto:${value}`
    case 'open':
      return value
  }
}
