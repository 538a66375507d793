import { useEffect, useState } from 'react'
import { useTranslation } from '../ui/useTranslation.ts'
import { Link, useLocation } from 'react-router'
import { summarise } from './backupFile.ts'
import { useProgress } from '../progress/progressStore.ts'
import { own } from '../progress/savedProgress.ts'
import { Notice } from '../ui/Notice.tsx'
import { formatDate } from '../ui/formatDate.ts'
import { pageTitle, useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { useLang } from '../language/useLang.ts'
import { usePersonName } from '../people/personName.ts'
import { decodePerson, progressAfterLink, type LinkProblem, type SharedPerson } from './continueLink.ts'
import { paths } from '../app/paths.ts'
import { ProgressSummary } from './ProgressSummary.tsx'

type Step =
  | { kind: 'reading' }
  | { kind: 'refused'; problem: LinkProblem }
  | { kind: 'preview'; shared: SharedPerson }
  | { kind: 'merged'; name: string }
  | { kind: 'cancelled' }

const PROBLEM_KEY = { empty: 'share.empty', damaged: 'share.damaged', newer: 'share.newer' } as const satisfies Record<LinkProblem, string>

/** /continue#…: what the link holds, then 合并进来 or 不导入; nothing changes without a yes. */
export default function OpenLinkScreen() {
  const { t } = useTranslation()
  const lang = useLang()
  const nameOf = usePersonName()
  const { hash } = useLocation()
  const restoreProgress = useProgress((state) => state.restoreProgress)
  const people = useProgress((state) => state.people)
  const [step, setStep] = useState<Step>({ kind: 'reading' })
  useDocumentTitle(pageTitle(t('share.openTitle'), t('app.name')))

  useEffect(() => {
    let current = true
    void decodePerson(hash.slice(1)).then(
      (result) => current && setStep(result.ok ? { kind: 'preview', shared: result.shared } : { kind: 'refused', problem: result.problem }),
    )
    return () => {
      current = false
    }
  }, [hash])

  function merge(shared: SharedPerson) {
    restoreProgress(progressAfterLink(useProgress.getState(), shared, Date.now()))
    // The link has done its job: a reload shouldn't offer it again.
    window.history.replaceState(window.history.state, '', window.location.pathname)
    setStep({ kind: 'merged', name: nameOf(shared.person) })
  }

  const here = step.kind === 'preview' ? own(people, step.shared.personId) : undefined
  return (
    <>
      <h1>{t('share.openTitle')}</h1>
      {step.kind === 'refused' && <Notice tone="warning">{t(PROBLEM_KEY[step.problem])}</Notice>}
      {step.kind === 'cancelled' && <Notice>{t('share.cancelled')}</Notice>}
      {step.kind === 'merged' && <Notice>{t('share.merged', { person: step.name })}</Notice>}
      {step.kind === 'preview' && (
        <div className="import-preview">
          <p>
            {t('share.openFrom', {
              person: nameOf(step.shared.person),
              date: formatDate(step.shared.sentAt, lang, true),
            })}
          </p>
          <ProgressSummary people={summarise({ [step.shared.personId]: step.shared.person })} />
          <p className="hint">
            {here && !here.removed
              ? t('share.openInto', { person: nameOf(here) })
              : t('share.openNew', { person: nameOf(step.shared.person) })}
          </p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => merge(step.shared)}>
              {t('share.merge')}
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'cancelled' })}>
              {t('share.cancel')}
            </button>
          </div>
        </div>
      )}
      {step.kind !== 'preview' && step.kind !== 'reading' && (
        <p>
          <Link className="button" to={paths.home}>
            {t('share.goHome')}
          </Link>
        </p>
      )}
    </>
  )
}
