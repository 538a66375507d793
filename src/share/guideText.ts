import type { Guide, Step } from '../catalogue/schema.ts'

export interface GuideTextParts {
  isDone: (stepId: string) => boolean
  noteOf: (stepId: string) => string
  /** The step's official contacts as lines ("中国移动 · 客服热线：10086"); never what a person typed. */
  contactLinesOf: (step: Step) => string[]
  /** Already in the current script: "妈妈的卡", "已完成 5/19 步", "你的情况：…" ('' if nothing is answered), "2026年11月22日", "备注". */
  person: string
  progress: string
  situation: string
  date: string
  noteLabel: string
}

/** The guide (as fitted to the person's answers) as plain text for 分享文字: ✓ or ☐ per step, each note under its step. */
export function guideText(guide: Guide, parts: GuideTextParts): string {
  const lines = [`${guide.title} · ${parts.person}`, `${parts.progress}（${parts.date}）`]
  if (parts.situation) lines.push(parts.situation)
  const step = (item: Step, indent: string) => {
    lines.push(`${indent}${parts.isDone(item.id) ? '✓' : '☐'} ${item.title}`)
    for (const line of parts.contactLinesOf(item)) lines.push(`${indent}   ${line}`)
    const note = parts.noteOf(item.id).trim()
    if (note) lines.push(`${indent}   ${parts.noteLabel}：${note}`)
  }
  for (const section of guide.sections) {
    lines.push('', `【${section.title}】`)
    for (const item of section.items) {
      if (!('kind' in item)) step(item, '')
      else {
        lines.push(`${item.title}：`)
        for (const option of item.options) step(option, '  ')
      }
    }
  }
  return `${lines.join('\n')}\n`
}
