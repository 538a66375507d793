import { messageOf, type StepAction } from '../catalogue/contacts.ts'
import type { useTranslation } from '../lib/useTranslation.ts'

type T = ReturnType<typeof useTranslation>['t']

/** "中国移动 · 客服热线": whose contact it is and what kind. */
export const actionWho = (action: StepAction, t: T) =>
  t('actions.who', { operator: action.contact.operator, kind: t(`actions.${action.contact.kind}`) })

/** The text a text action sends, with 姓名 and 证件号码 standing for what the person would fill in. */
export const messageWithPlaceholders = (action: StepAction, t: T) =>
  messageOf(action, t('actions.namePlaceholder'), t('actions.idPlaceholder'))

/**
 * An action as one line of plain text, for paper and 分享文字:
 * "中国移动 · 客服热线：10086", "英国的运营商 · 通用短号码：发“PAC”到 65075".
 * Never with what a person typed into the fields.
 */
export function actionLine(action: StepAction, t: T): string {
  const who = actionWho(action, t)
  const { value } = action.contact
  switch (action.verb) {
    case 'call':
      return t('actions.lineCall', { who, value })
    case 'text':
      return t('actions.lineText', { who, value, message: messageWithPlaceholders(action, t) })
    case 'open':
      return t('actions.lineOpen', { who, value })
    case 'mail':
      return t('actions.lineMail', { who, value })
  }
}
