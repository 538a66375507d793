import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { Link } from 'react-router'
import { useProgress } from '../progress/progressStore.ts'
import { cleanName, DEFAULT_PERSON_ID, NAME_MAX, type Person } from '../progress/savedProgress.ts'
import { useCurrentPersonId, usePeople } from '../progress/selectors.ts'
import { useUndoable } from '../progress/useUndoable.ts'
import ConfirmDialog from '../ui/ConfirmDialog.tsx'
import { LengthLimit } from '../ui/LengthLimit.tsx'
import { Notice } from '../ui/Notice.tsx'
import { pageTitle, useDocumentTitle } from '../lib/useDocumentTitle.ts'
import { usePersonName } from './personName.ts'
import { paths } from '../config/paths.ts'
import './people.css'

/** Why a typed name can't be used, or null if it can (`except`: the person being renamed). */
function useNameProblem() {
  const { t } = useTranslation()
  const people = usePeople()
  const nameOf = usePersonName()
  return (typed: string, except?: string): string | null => {
    const name = cleanName(typed)
    if (!name) return t('people.nameEmpty')
    const taken = people.some(([personId, person]) => personId !== except && nameOf(person) === name)
    return taken ? t('people.nameTaken', { name }) : null
  }
}

/** A name field with its label and, when the name can't be used, why. */
function NameField({
  label,
  value,
  onChange,
  problem,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  problem: string | null
}) {
  const id = useId()
  const problemId = useId()
  const countId = useId()
  const { t } = useTranslation()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        maxLength={NAME_MAX}
        placeholder={t('people.namePlaceholder')}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${countId} ${problemId}` : countId}
        onChange={(event) => onChange(event.target.value)}
      />
      <LengthLimit id={countId} length={value.length} max={NAME_MAX} full={t('people.nameFull', { max: NAME_MAX })} />
      {problem && (
        <p className="field-problem" id={problemId}>
          {problem}
        </p>
      )}
    </div>
  )
}

function PersonRow({ personId, person, current }: { personId: string; person: Person; current: boolean }) {
  const { t } = useTranslation()
  const nameOf = usePersonName()
  const nameProblem = useNameProblem()
  const switchPerson = useProgress((state) => state.switchPerson)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [asking, setAsking] = useState(false)
  const name = nameOf(person)

  function saveName(event: FormEvent) {
    event.preventDefault()
    const why = nameProblem(renaming ?? '', personId)
    setProblem(why)
    if (why) return
    useProgress.getState().renamePerson(personId, renaming ?? '')
    setRenaming(null)
  }

  if (renaming !== null) {
    return (
      <li className="person">
        <form className="rename-person" onSubmit={saveName}>
          <NameField label={t('people.renameLabel')} value={renaming} onChange={setRenaming} problem={problem} />
          <div className="button-row">
            <button type="submit" className="button primary">
              {t('people.save')}
            </button>
            <button type="button" className="button" onClick={() => setRenaming(null)}>
              {t('people.cancel')}
            </button>
          </div>
        </form>
      </li>
    )
  }

  return (
    <li className={current ? 'person person-current' : 'person'}>
      <p className="person-name">
        <strong>
          <bdi>{name}</bdi>
        </strong>
        {current && <span className="badge">{t('people.current')}</span>}
      </p>
      <div className="button-row">
        {!current && (
          <button type="button" className="button primary" onClick={() => switchPerson(personId)}>
            {t('people.switch')}
            <span className="visually-hidden">：{name}</span>
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setProblem(null)
            setRenaming(person.name ?? '')
          }}
        >
          {t('people.rename')}
          <span className="visually-hidden">：{name}</span>
        </button>
        {personId !== DEFAULT_PERSON_ID && (
          <button type="button" className="button" onClick={() => setAsking(true)}>
            {t('people.remove')}
            <span className="visually-hidden">：{name}</span>
          </button>
        )}
      </div>
      <ConfirmDialog
        open={asking}
        title={t('people.removeTitle', { name })}
        body={t('people.removeBody', { name })}
        confirmLabel={t('people.removeConfirm')}
        cancelLabel={t('people.removeCancel')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false)
          useProgress.getState().removePerson(personId)
        }}
      />
    </li>
  )
}

function AddPerson() {
  const { t } = useTranslation()
  const nameProblem = useNameProblem()
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [added, setAdded] = useState<string | null>(null)

  function add(event: FormEvent) {
    event.preventDefault()
    const why = nameProblem(name)
    setProblem(why)
    if (why) return
    useProgress.getState().addPerson(name)
    setAdded(cleanName(name))
    setName('')
  }

  return (
    <form className="add-person" onSubmit={add}>
      <h2>{t('people.addTitle')}</h2>
      <NameField label={t('people.nameLabel')} value={name} onChange={setName} problem={problem} />
      <button type="submit" className="button primary">
        {t('people.add')}
      </button>
      {added && <Notice>{t('people.added', { name: added })}</Notice>}
    </form>
  )
}

/** The notice after a removal, with 撤销 for a few seconds. */
function RemovedNotice() {
  const { t } = useTranslation()
  const undoable = useUndoable()
  const nameOf = usePersonName()
  if (undoable?.kind !== 'remove-person') return null
  return (
    <div className="toast">
      <Notice actions={[{ label: t('people.undo'), onClick: useProgress.getState().undo }]}>
        {t('people.removed', { name: nameOf(undoable.before) })}
      </Notice>
    </div>
  )
}

/** "为谁办理": the people on this device; switch, add, rename, remove (with 撤销). */
export default function PeopleScreen() {
  const { t } = useTranslation()
  const people = usePeople()
  const currentPersonId = useCurrentPersonId()
  useDocumentTitle(pageTitle(t('people.title'), t('app.name')))
  return (
    <>
      <Link className="back-link" to={paths.home}>
        ‹ {t('people.backHome')}
      </Link>
      <h1 tabIndex={-1}>{t('people.title')}</h1>
      <p className="lead">{t('people.intro')}</p>
      <ul className="people-list">
        {people.map(([personId, person]) => (
          <PersonRow key={personId} personId={personId} person={person} current={personId === currentPersonId} />
        ))}
      </ul>
      <p className="hint">{t('people.meKept')}</p>
      <AddPerson />
      <RemovedNotice />
    </>
  )
}
