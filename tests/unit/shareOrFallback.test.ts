// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { canShare, shareOrFallback } from '../../src/lib/shareOrFallback.ts'
import { withShareSheet } from '../shareSheet.ts'

const link = { title: '手机卡注销清单', text: '打开这个链接', url: 'https://example.test/continue#abc' }
const file = () => new File(['{}'], 'backup.json', { type: 'application/json' })

describe('share where the browser has a share sheet, else the old way', () => {
  it('falls back where there is no share sheet, for links and files alike', async () => {
    expect('share' in navigator).toBe(false)
    const fallback = vi.fn(() => 'copied')
    expect(await shareOrFallback(link, fallback)).toEqual({ by: 'fallback', result: 'copied' })
    expect(await shareOrFallback({ files: [file()] }, fallback)).toEqual({ by: 'fallback', result: 'copied' })
    expect(fallback).toHaveBeenCalledTimes(2)
    expect(canShare(link)).toBe(false)
  })

  it('hands the link to the sheet, and nothing else happens', async () => {
    const share = withShareSheet('shared')
    const fallback = vi.fn()
    expect(await shareOrFallback(link, fallback)).toEqual({ by: 'sheet' })
    expect(share).toHaveBeenCalledWith(link)
    expect(fallback).not.toHaveBeenCalled()
  })

  it('does nothing more when the person closes the sheet', async () => {
    withShareSheet('AbortError')
    const fallback = vi.fn()
    expect(await shareOrFallback(link, fallback)).toEqual({ by: 'cancelled' })
    expect(fallback).not.toHaveBeenCalled()
  })

  it.each(['NotAllowedError', 'DataError'] as const)('falls back when the sheet refuses with %s', async (refusal) => {
    const share = withShareSheet(refusal)
    const fallback = vi.fn(() => 'downloaded')
    expect(await shareOrFallback({ files: [file()] }, fallback)).toEqual({ by: 'fallback', result: 'downloaded' })
    expect(share).toHaveBeenCalledOnce()
  })

  it('gives the sheet files only where canShare says it takes them', async () => {
    const share = withShareSheet('shared', { takesFiles: false })
    const fallback = vi.fn(() => 'downloaded')
    expect(canShare({ files: [file()] })).toBe(false)
    expect(await shareOrFallback({ files: [file()] }, fallback)).toEqual({ by: 'fallback', result: 'downloaded' })
    expect(share).not.toHaveBeenCalled()
  })

  it('falls back when the sheet throws at once instead of refusing', async () => {
    withShareSheet('shared').mockImplementation(() => {
      throw new TypeError('share() needs a user gesture')
    })
    expect(await shareOrFallback(link, () => 'copied')).toEqual({ by: 'fallback', result: 'copied' })
  })
})
