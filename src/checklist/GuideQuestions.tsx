import { useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from '../lib/useTranslation.ts'
import { allAnswered, askedQuestions, caseSummary, type Answers } from '../catalogue/fitToCase.ts'
import type { Guide } from '../catalogue/schema.ts'
import { QUESTION } from '../config/pageContract.ts'

interface GuideQuestionsProps {
  /** The whole guide, with its questions. */
  guide: Guide
  answers: Answers
  /** How many items the answers hide (the whole guide's count minus the fitted one's); said once every question is answered. */
  hiddenCount: number
  onAnswer: (questionId: string, optionId: string) => void
}

/**
 * "你的情况": the guide's questions as native radio groups, one tap each.
 * Open while any is unanswered (and after 修改); once all are answered and
 * the person says 好了, or on a later visit, folded to one line.
 */
export function GuideQuestions({ guide, answers, hiddenCount, onAnswer }: GuideQuestionsProps) {
  const { t } = useTranslation()
  const id = useId()
  const [open, setOpen] = useState(() => !allAnswered(guide, answers))
  const sectionRef = useRef<HTMLElement>(null)
  // A follow-up (which operator) appears once the question it follows has its answer.
  const questions = askedQuestions(guide, answers)
  if (questions.length === 0) return null

  const summary = caseSummary(guide, answers).join(' · ')
  const answered = allAnswered(guide, answers)
  const answerTo = (questionId: string) => (Object.hasOwn(answers, questionId) ? answers[questionId] : undefined)
  // Keep the keyboard where the person is: on the first question when it opens, on 修改 when it folds.
  const toggle = (nextOpen: boolean) => {
    flushSync(() => setOpen(nextOpen))
    const section = sectionRef.current
    const target = nextOpen
      ? (section?.querySelector('input:checked') ?? section?.querySelector('input'))
      : section?.querySelector('button')
    if (target instanceof HTMLElement) target.focus()
  }

  const heading = <h2 id={`${id}-title`}>{t('questions.title')}</h2>
  return (
    <section className="questions" aria-labelledby={`${id}-title`} ref={sectionRef}>
      {open ? (
        <>
          {heading}
          <p className="hint">{t('questions.intro')}</p>
          {questions.map((question) => (
            <fieldset key={question.id} className="question" role="radiogroup">
              <legend>{question.title}</legend>
              <div className="question-options">
                {question.options.map((option) => (
                  <label key={option.id} className="question-option">
                    <input
                      type="radio"
                      {...{ [QUESTION]: question.id }}
                      name={`${id}-${question.id}`}
                      value={option.id}
                      checked={answerTo(question.id) === option.id}
                      onChange={() => onAnswer(question.id, option.id)}
                    />
                    <span>{option.title}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {summary && <p className="print-only">{t('questions.summary', { answers: summary })}</p>}
          <p className="hint" aria-live="polite">
            {!answered ? t('questions.waiting') : hiddenCount > 0 ? t('questions.hidden', { steps: hiddenCount }) : ''}
          </p>
          {answered && (
            <button type="button" className="button primary" onClick={() => toggle(false)}>
              {t('questions.done')}
            </button>
          )}
        </>
      ) : (
        <>
          <div className="questions-heading">
            {heading}
            <button type="button" className="button" aria-describedby={`${id}-summary`} onClick={() => toggle(true)}>
              {t('questions.edit')}
            </button>
          </div>
          <p id={`${id}-summary`}>{summary}</p>
          {hiddenCount > 0 && <p className="hint">{t('questions.hidden', { steps: hiddenCount })}</p>}
        </>
      )}
    </section>
  )
}
