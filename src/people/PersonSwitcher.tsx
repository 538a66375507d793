import { useId } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { Link } from 'react-router'
import { useProgress } from '../progress/progressStore.ts'
import { useCurrentPersonId, usePeople } from '../progress/selectors.ts'
import { usePersonName } from './personName.ts'
import { paths } from '../config/paths.ts'
import './people.css'

/** "为谁办理": whose progress is on screen, switched in one tap; adding and the rest on /people. */
export function PersonSwitcher() {
  const { t } = useTranslation()
  const id = useId()
  const people = usePeople()
  const currentPersonId = useCurrentPersonId()
  const switchPerson = useProgress((state) => state.switchPerson)
  const nameOf = usePersonName()
  return (
    <div className="person-switcher">
      <label htmlFor={id}>{t('people.switchLabel')}</label>
      <select id={id} value={currentPersonId} onChange={(event) => switchPerson(event.target.value)}>
        {people.map(([personId, person]) => (
          <option key={personId} value={personId}>
            {nameOf(person)}
          </option>
        ))}
      </select>
      <Link to={paths.people}>{t('people.manage')}</Link>
    </div>
  )
}
