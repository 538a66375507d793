import { useId, useState } from 'react'
import { actionHref, messageOf, type StepAction } from '../catalogue/contacts.ts'
import { CopyButton } from '../ui/CopyButton.tsx'
import { formatDate } from '../lib/formatDate.ts'
import { useLang } from '../language/useLang.ts'
import { useTranslation } from '../lib/useTranslation.ts'
import { actionWho, messageWithPlaceholders } from './actionLines.ts'

const COPY_LABEL = {
  call: 'actions.copyNumber',
  text: 'actions.copyNumber',
  open: 'actions.copyAddress',
  mail: 'actions.copyEmail',
} as const

/** The host a source page is on, for "来源：ofcom.org.uk". */
const siteOf = (url: string) => {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/**
 * 直接联系: each action of an opened step as a link that calls, texts, opens
 * or writes, with the number (and the text) also shown and copyable, since
 * in-app browsers often refuse tel: and sms:. For a 携号转网 text the person
 * types their name and ID number here; they live in this component only
 * (never in a store, storage, a link or print) and go when the step closes.
 */
export default function StepActions({ actions }: { actions: StepAction[] }) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const asksForNameAndId = actions.some((action) => action.nameAndId)
  const message = (action: StepAction) =>
    action.nameAndId && (name.trim() || idNumber.trim())
      ? messageOf(action, name.trim(), idNumber.trim())
      : messageWithPlaceholders(action, t)
  const filled = (action: StepAction) => !action.nameAndId || (name.trim() !== '' && idNumber.trim() !== '')
  const copyTexts = { copied: t('actions.copied'), failed: t('actions.copyFailed') }

  return (
    <section className="step-actions" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('actions.title')}</h3>
      {asksForNameAndId && (
        <div className="action-fields">
          <label>
            {t('actions.name')}
            <input
              value={name}
              autoComplete="off"
              aria-describedby={`${id}-private`}
              placeholder={t('actions.nameHint')}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <label>
            {t('actions.idNumber')}
            <input
              value={idNumber}
              autoComplete="off"
              inputMode="text"
              aria-describedby={`${id}-private`}
              onChange={(event) => setIdNumber(event.target.value)}
            />
          </label>
          <p className="hint" id={`${id}-private`}>
            {t('actions.private')}
          </p>
        </div>
      )}
      <ul className="action-list">
        {actions.map((action) => {
          const { contact } = action
          const text = action.verb === 'text' ? message(action) : ''
          const ready = filled(action)
          return (
            <li key={contact.id} className="step-action">
              <p className="action-who">
                {actionWho(action, t)}
                {contact.note && <span className="action-note">（{contact.note}）</span>}
              </p>
              <p className="action-value">
                <span className="action-text">{contact.value}</span>
                <CopyButton text={contact.value} label={t(COPY_LABEL[action.verb])} {...copyTexts} />
              </p>
              {action.verb === 'text' && (
                <p className="action-value">
                  <span className="action-label">{t('actions.message')}</span>
                  <span className="action-text">{text}</span>
                  {ready && <CopyButton text={text} label={t('actions.copyMessage')} {...copyTexts} />}
                </p>
              )}
              {ready && (
                <a
                  className="button primary action-link"
                  href={actionHref(action, text)}
                  {...(action.verb === 'open' && { target: '_blank', rel: 'noreferrer' })}
                >
                  {t(`actions.${action.verb}`, { value: contact.value })}
                </a>
              )}
              <p className="action-source">
                <a href={contact.source} target="_blank" rel="noreferrer">
                  {t('actions.source', { site: siteOf(contact.source), date: formatDate(Date.parse(`${contact.checked}T12:00:00`), lang) })}
                </a>
              </p>
            </li>
          )
        })}
      </ul>
      <p className="hint">{t('actions.blocked')}</p>
    </section>
  )
}
