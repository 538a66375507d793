import type { Guide } from '../catalogue/schema.ts'
import { formatDate } from '../lib/formatDate.ts'
import { shareOrFallback } from '../lib/shareOrFallback.ts'
import { guideText, type GuideTextParts } from './guideText.ts'

/** What became of 分享文字: the share sheet took it or was closed (null), it was copied, or it has to be shown to copy by hand. */
export type Shared = { kind: 'copied' } | { kind: 'show'; text: string } | null

/** The system share sheet where there is one, else the clipboard, else the text itself; dated today, in `lang`. */
export async function shareGuide(guide: Guide, parts: Omit<GuideTextParts, 'date'>, lang: string): Promise<Shared> {
  const text = guideText(guide, { ...parts, date: formatDate(Date.now(), lang) })
  const outcome = await shareOrFallback({ title: guide.title, text }, async (): Promise<Shared> => {
    try {
      await navigator.clipboard.writeText(text)
      return { kind: 'copied' }
    } catch {
      return { kind: 'show', text }
    }
  })
  return outcome.by === 'fallback' ? outcome.result : null
}
