import { useEffect } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { Link, useLocation } from 'react-router'
import { useProgress } from '../progress/progressStore.ts'
import { ownEntry } from '../progress/savedProgress.ts'
import { Notice } from '../ui/Notice.tsx'
import { formatDate } from '../lib/formatDate.ts'
import { pageTitle, useDocumentTitle } from '../lib/useDocumentTitle.ts'
import { useLang } from '../language/useLang.ts'
import { usePersonName } from '../people/personName.ts'
import { paths } from '../config/paths.ts'
import { decodePerson, type LinkProblem } from './continueLink.ts'
import { useTakeIn } from './takeIn.ts'
import { TakeInPreview } from './TakeInPreview.tsx'
import './backup.css'

const PROBLEM_KEY = {
  empty: 'share.empty',
  damaged: 'share.damaged',
  rejected: 'share.rejected',
  newer: 'share.newer',
} as const satisfies Record<LinkProblem, string>

/** /continue#…: what the link holds, then 合并进来, 作为新的人添加 or 不导入; nothing changes without a yes. */
export default function OpenLinkScreen() {
  const { t } = useTranslation()
  const lang = useLang()
  const nameOf = usePersonName()
  const { hash } = useLocation()
  const people = useProgress((state) => state.people)
  const shownPerson = useProgress((state) => ownEntry(state.people, state.currentPersonId))
  const { step, read, accept, decline, canUndo, undo } = useTakeIn<LinkProblem>()
  useDocumentTitle(pageTitle(t('share.openTitle'), t('app.name')))

  useEffect(() => {
    let current = true
    void decodePerson(hash.slice(1)).then(
      (result) =>
        current && read(result.ok ? { ok: true, incoming: { kind: 'link', at: result.shared.sentAt, shared: result.shared } } : result),
    )
    return () => {
      current = false
    }
  }, [hash, read])

  const incoming = step.kind === 'preview' || step.kind === 'taken' ? step.incoming : null
  const shared = incoming?.kind === 'link' ? incoming.shared : null
  const here = shared ? ownEntry(people, shared.personId) : undefined
  return (
    <>
      <h1 tabIndex={-1}>{t('share.openTitle')}</h1>
      {step.kind === 'refused' && <Notice tone="warning">{t(PROBLEM_KEY[step.problem])}</Notice>}
      {step.kind === 'declined' && <Notice>{t('share.cancelled')}</Notice>}
      {step.kind === 'undone' && <Notice>{t('settings.undone')}</Notice>}
      {step.kind === 'taken' && shared && (
        <Notice actions={canUndo ? [{ label: t('settings.undo'), onClick: undo }] : []}>
          {step.mode === 'new'
            ? t('share.addedAsNew', { person: nameOf(shownPerson) })
            : t('share.merged', { person: nameOf(shared.person) })}
        </Notice>
      )}
      {step.kind === 'preview' && shared && (
        <TakeInPreview
          incoming={step.incoming}
          intro={t('share.openFrom', { person: nameOf(shared.person), date: formatDate(shared.sentAt, lang, true) })}
          hints={[
            here && !here.removed ? t('share.openInto', { person: nameOf(here) }) : t('share.openNew', { person: nameOf(shared.person) }),
            t('share.asNewHelp'),
          ]}
          choices={[
            { mode: 'merge', label: t('share.merge') },
            { mode: 'new', label: t('share.asNew') },
          ]}
          cancelLabel={t('share.cancel')}
          onAccept={(mode) => {
            accept(step.incoming, mode, {
              here: (name) => nameOf({ name }),
              arriving: (name) => (name === null ? t('share.meElsewhere') : nameOf({ name })),
            })
            // The link has done its job: a reload shouldn't offer it again.
            window.history.replaceState(window.history.state, '', window.location.pathname)
          }}
          onDecline={decline}
        />
      )}
      {step.kind !== 'preview' && step.kind !== 'waiting' && (
        <p>
          <Link className="button" to={paths.home}>
            {t('share.goHome')}
          </Link>
        </p>
      )}
    </>
  )
}
