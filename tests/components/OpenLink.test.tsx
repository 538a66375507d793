import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { encodePerson, LINK_FORMAT } from '../../src/backup/continueLink.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { newPerson } from '../../src/progress/savedProgress.ts'
import { renderApp } from './renderApp.tsx'
import { linkPayload } from '../linkPayload.ts'

/** A /continue link whose payload is `text`, deflated as the app does. */
const linkOf = async (text: string) => `/continue#${await linkPayload(text)}`

const deepLink = () =>
  linkOf(`{"format":"${LINK_FORMAT}","version":4,"sentAt":1,"personId":"me","person":${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}}`)
/** Decodes fine, but holds a person this device could never have saved (a 201-character note). */
const wrongLink = () =>
  linkOf(
    JSON.stringify({
      format: LINK_FORMAT,
      version: 4,
      sentAt: 1,
      personId: 'p-mum',
      person: { ...newPerson('妈妈的卡', 1), notes: { esim: { decide: { text: '长'.repeat(201), at: 1 } } } },
    }),
  )

describe('opening a continue link that cannot be taken in', () => {
  it.each<[string, 'zh-Hans' | 'zh-Hant', () => Promise<string>, RegExp]>([
    ['200,000 nested objects', 'zh-Hans', deepLink, /这个链接不完整或已经损坏，可能是复制时少了一截/],
    ['200,000 nested objects', 'zh-Hant', deepLink, /這個連結不完整或已經損壞，可能是複製時少了一截/],
    ['a person the app does not accept', 'zh-Hans', wrongLink, /这个链接里的内容不是本应用生成的，或者被改过/],
    ['a person the app does not accept', 'zh-Hant', wrongLink, /這個連結裡的內容不是本 App 產生的，或是被改過/],
    ['a cut-off payload', 'zh-Hans', async () => (await linkOf('{"format":"x"}')).slice(0, 14), /可能是复制时少了一截/],
  ])('says why for %s (%s), imports nothing and throws nothing', async (_, lang, link, message) => {
    const errors = vi.spyOn(console, 'error')
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 4, state: { people: { me: newPerson(null, 0) }, currentPersonId: 'me' } }),
    )
    const before = window.localStorage.getItem(PROGRESS_KEY)
    await renderApp(await link(), { lang })
    expect(await screen.findByText(message)).toHaveTextContent(lang === 'zh-Hans' ? '没有导入任何内容' : '沒有匯入任何內容')
    expect(screen.getByRole('link', { name: lang === 'zh-Hans' ? '去看清单' : '去看清單' })).toBeInTheDocument()
    expect(window.localStorage.getItem(PROGRESS_KEY)).toBe(before)
    expect(errors).not.toHaveBeenCalled()
  })

  it('still previews a good link', async () => {
    const payload = await encodePerson({ personId: 'p-mum', person: newPerson('妈妈的卡', 1), sentAt: 1 })
    await renderApp(`/continue#${payload}`)
    expect(await screen.findByRole('button', { name: '合并进来' })).toBeInTheDocument()
  })
})
