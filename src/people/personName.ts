import { useTranslation } from '../lib/useTranslation.ts'
import type { Person } from '../progress/savedProgress.ts'
import { isInvisible } from '../lib/plainText.ts'

/** A person's name as shown: their own, "我" in the current script, or 未命名 for a name with nothing visible in it (one brought by a link). */
export function usePersonName(): (person: Pick<Person, 'name'> | undefined) => string {
  const { t } = useTranslation()
  return (person) => {
    const name = person?.name ?? null
    if (name === null) return t('people.me')
    return isInvisible(name) ? t('people.unnamed') : name
  }
}
