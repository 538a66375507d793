import { describe, expect, it } from 'vitest'
import { nestingDepth, parseBoundedJson } from '../../src/lib/boundedJson.ts'

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('JSON read within limits', () => {
  it('counts how deeply arrays and objects nest, not brackets inside strings', () => {
    expect(nestingDepth('1')).toBe(0)
    expect(nestingDepth('{"a":[{"b":{}}]}')).toBe(4)
    expect(nestingDepth('{"a":"[[[{{{","b":"\\"[[["}')).toBe(1)
    expect(nestingDepth(nested(40_000))).toBe(40_000)
  })

  it('stops counting once past the limit', () => {
    expect(nestingDepth(nested(40_000), 32)).toBe(33)
  })

  it('parses JSON exactly at the depth limit, and refuses it one level deeper without parsing', () => {
    expect(parseBoundedJson(nested(32), { maxChars: 1_000, maxDepth: 32 })).toEqual({ ok: true, value: JSON.parse(nested(32)) })
    expect(parseBoundedJson(nested(33), { maxChars: 1_000, maxDepth: 32 })).toEqual({ ok: false, problem: 'too-deep' })
  })

  it('parses JSON exactly at the length limit, and refuses one character more', () => {
    const text = JSON.stringify('x'.repeat(98))
    expect(text).toHaveLength(100)
    expect(parseBoundedJson(text, { maxChars: 100, maxDepth: 1 })).toEqual({ ok: true, value: 'x'.repeat(98) })
    expect(parseBoundedJson(` ${text}`, { maxChars: 100, maxDepth: 1 })).toEqual({ ok: false, problem: 'too-long' })
  })

  it('says when the text is not JSON, and never throws', () => {
    for (const text of ['', '{', '{"a":}', '这不是 JSON', ']]]', '"\\']) {
      expect(parseBoundedJson(text, { maxChars: 100, maxDepth: 4 })).toEqual({ ok: false, problem: 'not-json' })
    }
  })
})
