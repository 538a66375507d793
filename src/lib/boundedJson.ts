/**
 * JSON from outside (a backup file, a continue link) read within limits:
 * its length and how deeply it nests are checked before it is parsed, so
 * that nothing afterwards (the parser, a schema, a walk over its keys) can
 * run out of stack or keep the page busy on a hostile document.
 */
export interface JsonLimits {
  /** Characters of JSON text. */
  maxChars: number
  /** Arrays and objects inside one another. */
  maxDepth: number
}

export type BoundedJson = { ok: true; value: unknown } | { ok: false; problem: 'too-long' | 'too-deep' | 'not-json' }

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPENERS = new Set([0x5b, 0x7b]) // [ {
const CLOSERS = new Set([0x5d, 0x7d]) // ] }

/**
 * How deeply `text` nests arrays and objects, read in one pass without
 * parsing (brackets inside strings don't count). Stops as soon as it passes
 * `limit`, so a hostile text costs no more than the limit's worth of work.
 */
export function nestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (inString) {
      if (code === BACKSLASH) index += 1
      else if (code === QUOTE) inString = false
    } else if (code === QUOTE) {
      inString = true
    } else if (OPENERS.has(code)) {
      depth += 1
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (CLOSERS.has(code)) {
      depth -= 1
    }
  }
  return deepest
}

/** `text` parsed, or why not: too long, nested too deeply, or not JSON at all. Never throws. */
export function parseBoundedJson(text: string, { maxChars, maxDepth }: JsonLimits): BoundedJson {
  if (text.length > maxChars) return { ok: false, problem: 'too-long' }
  if (nestingDepth(text, maxDepth) > maxDepth) return { ok: false, problem: 'too-deep' }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, problem: 'not-json' }
  }
}
