import { useId, useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import type { Step } from '../catalogue/schema.ts'
import { calendarFile, isRealDay } from './calendarFile.ts'
import { downloadText } from '../lib/downloadText.ts'
import { canShare, shareOrFallback } from '../lib/shareOrFallback.ts'

const CALENDAR_TYPE = 'text/calendar'

/** A local day as YYYY-MM-DD, `days` after `from`. */
function localDay(from: Date, days: number): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days)
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`
}

/** Reminders can be set from today to two years ahead. */
const LATEST_DAYS = 730

interface AddToCalendarProps {
  guideId: string
  personId: string
  step: Step & { remindAfterDays: number }
}

/**
 * 加到日历: a step that waits (check the number is cancelled, chase the
 * refund, watch the bills) offers a day, `remindAfterDays` from today unless
 * the person picks another, and downloads it as a calendar file to open in
 * the phone's calendar (or hands it to the phone's share sheet, where that
 * takes calendar files). The page itself never reminds anyone.
 */
export default function AddToCalendar({ guideId, personId, step }: AddToCalendarProps) {
  const { t } = useTranslation()
  const id = useId()
  const hintId = useId()
  // Today as of opening; the range and the default day follow from it.
  const [today] = useState(() => new Date())
  const [date, setDate] = useState(() => localDay(today, step.remindAfterDays))
  const [problem, setProblem] = useState(false)
  const earliest = localDay(today, 0)
  const latest = localDay(today, LATEST_DAYS)

  const fileName = `reminder-${step.id}-${date}.ics`
  // The phone's share sheet (to open it in the calendar app), first, where it takes calendar files.
  const [shareable] = useState(() => canShare({ files: [new File([], 'reminder.ics', { type: CALENDAR_TYPE })] }))

  /** The reminder's file, or null (and the problem said) when the date is not one it can be for. */
  function reminder(): string | null {
    // A typed or pasted date can be anything; the file needs a real day within the range.
    const valid = isRealDay(date) && date >= earliest && date <= latest
    setProblem(!valid)
    if (!valid) return null
    return calendarFile({
      uid: `${guideId}.${step.id}.${personId}@sim-cancel-checklist`,
      date,
      summary: t('guide.remindSummary', { step: step.title }),
      description: step.detail,
      now: new Date(),
    })
  }

  const download = (text: string) => downloadText(fileName, text, `${CALENDAR_TYPE};charset=utf-8`)

  function share() {
    const text = reminder()
    if (text === null) return
    void shareOrFallback({ files: [new File([text], fileName, { type: CALENDAR_TYPE })] }, () => download(text))
  }

  return (
    <div className="add-to-calendar">
      <label htmlFor={id}>{t('guide.remindDate')}</label>
      <div className="button-row">
        <input
          id={id}
          type="date"
          value={date}
          min={earliest}
          max={latest}
          aria-describedby={hintId}
          aria-invalid={problem}
          onChange={(event) => setDate(event.target.value)}
        />
        {shareable && (
          <button type="button" className="button" onClick={share}>
            {t('guide.remindShare')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            const text = reminder()
            if (text !== null) download(text)
          }}
        >
          {t('guide.remindButton')}
        </button>
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {t('guide.remindBadDate')}
        </p>
      )}
      <p className="hint" id={hintId}>
        {t('guide.remindHint')}
      </p>
    </div>
  )
}
