import { useTranslation } from '../lib/useTranslation.ts'
import { exportSetAside } from '../storage/setAside.ts'
import { useStorageStatus, type Unreadable } from './storageStatus.ts'
import { Notice, type NoticeAction } from '../ui/Notice.tsx'

const MESSAGE_KEY = {
  unavailable: 'storage.unavailable',
  'not-saving': 'storage.notSaving',
  recovered: 'storage.recovered',
  newer: 'storage.newer',
} as const

const LOST_KEY = {
  marks: 'storage.lostMarks',
  notes: 'storage.lostNotes',
  answers: 'storage.lostAnswers',
  ownSteps: 'storage.lostOwnSteps',
  people: 'storage.lostPeople',
  other: 'storage.lostOther',
} as const satisfies Record<keyof Unreadable, string>

/**
 * Says plainly when progress cannot be read or saved. When it is not being
 * saved, offers an export (`onExport`, the backup feature's); when saved data could not be read, says what of it
 * could not (the rest is back on screen) and offers the original as a file.
 * Its text comes with the catalogue: the shell shows it once that text is
 * here, and until then the catalogue's error (with its retry) speaks first.
 */
export default function StorageNotice({ onExport }: { onExport: () => void }) {
  const { t } = useTranslation()
  const problem = useStorageStatus((state) => state.problem)
  const salvaging = useStorageStatus((state) => state.unreadable !== null)
  const lost = useStorageStatus((state) => state.lost)
  const dismissProblem = useStorageStatus((state) => state.dismissProblem)
  // While what can be read is being taken back (a moment), wait to say how it went.
  if (!problem || salvaging) return null
  const actions: NoticeAction[] = [{ label: t('storage.dismiss'), onClick: dismissProblem }]
  if (problem === 'unavailable' || problem === 'not-saving') {
    actions.unshift({ label: t('storage.export'), onClick: onExport })
  }
  if (problem === 'recovered') actions.unshift({ label: t('storage.exportAside'), onClick: () => exportSetAside() })

  let message: string = t(MESSAGE_KEY[problem])
  if (problem === 'recovered' && lost) {
    const what = (Object.keys(LOST_KEY) as (keyof Unreadable)[])
      .filter((kind) => lost[kind] > 0)
      .map((kind) => t(LOST_KEY[kind], { n: lost[kind] }))
    message = what.length > 0 ? t('storage.salvaged', { what: what.join('、') }) : t('storage.salvagedAll')
  }
  return (
    <Notice tone="warning" actions={actions}>
      {message}
    </Notice>
  )
}
