import type { Guide } from '../catalogue/schema.ts'
import { formatDate } from '../ui/formatDate.ts'
import { guideText, type GuideTextParts } from './guideText.ts'

/** What became of 分享文字: the share sheet took it (null), it was copied, or it has to be shown to copy by hand. */
export type Shared = { kind: 'copied' } | { kind: 'show'; text: string } | null

/** The system share sheet where there is one, else the clipboard, else the text itself; dated today, in `lang`. */
export async function shareGuide(guide: Guide, parts: Omit<GuideTextParts, 'date'>, lang: string): Promise<Shared> {
  const text = guideText(guide, { ...parts, date: formatDate(Date.now(), lang) })
  if (navigator.share) {
    try {
      await navigator.share({ title: guide.title, text })
      return null
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null
    }
  }
  try {
    await navigator.clipboard.writeText(text)
    return { kind: 'copied' }
  } catch {
    return { kind: 'show', text }
  }
}
