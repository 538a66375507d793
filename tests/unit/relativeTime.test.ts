import { describe, expect, it } from 'vitest'
import { relativeTime } from '../../src/lib/relativeTime.ts'

const now = Date.UTC(2026, 10, 22, 12)
const minute = 60_000
const hour = 60 * minute
const day = 24 * hour

describe('relative time', () => {
  it.each([
    [10_000, 'zh-Hans', '刚刚'],
    [5 * minute, 'zh-Hans', '5分钟前'],
    [2 * hour, 'zh-Hans', '2小时前'],
    [day, 'zh-Hans', '昨天'],
    [3 * day, 'zh-Hans', '3天前'],
    [3 * day, 'zh-Hant', '3 天前'],
    [15 * day, 'zh-Hans', '2周前'],
    [65 * day, 'zh-Hant', '2 個月前'],
  ])('%i ms ago in %s reads "%s"', (ago, lang, text) => {
    expect(relativeTime(now - ago, now, lang, '刚刚')).toBe(text)
  })
})
