import { useTranslation } from '../ui/useTranslation.ts'
import type { Person } from '../progress/savedProgress.ts'

/** A person's name as shown: their own, or "我" in the current script. */
export function usePersonName(): (person: Pick<Person, 'name'> | undefined) => string {
  const { t } = useTranslation()
  return (person) => person?.name ?? t('people.me')
}
