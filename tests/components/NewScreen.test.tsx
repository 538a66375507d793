import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from './renderApp.tsx'

describe('a new screen takes focus to its heading', () => {
  it('leaves the first screen as it is, and moves focus to each next screen’s h1', async () => {
    const { user } = await renderApp('/')
    const home = await screen.findByRole('heading', { level: 1, name: '一步一步注销手机号' })
    expect(home).not.toHaveFocus()
    expect(document.body).toHaveFocus()

    const card = screen.getByRole('article', { name: '注销 eSIM' })
    await user.click(within(card).getByRole('link', { name: '注销 eSIM' }))
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: '注销 eSIM' })).toHaveFocus())

    // Focus moves once the screen has committed: each check waits for it, not for a set time.
    // A screen whose code loads when it opens: focus waits for its heading.
    await user.click(screen.getByRole('link', { name: '进度与备份' }))
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: '进度与备份' })).toHaveFocus())

    await user.click(screen.getByRole('link', { name: '‹ 全部清单' }))
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: '一步一步注销手机号' })).toHaveFocus())
  })

  it('keeps focus where it is when only the # changes on the same screen', async () => {
    const { user } = await renderApp('/guides/esim')
    await user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
    // 下一步: a link to a step on this very screen focuses that step, not the heading.
    const next = screen.getByText('下一步：').parentElement as HTMLElement
    const target = within(next).getByRole('link')
    const title = target.textContent ?? ''
    await user.click(target)
    expect(screen.getByRole('checkbox', { name: title })).toHaveFocus()
    expect(screen.getByRole('heading', { level: 1, name: '注销 eSIM' })).not.toHaveFocus()
  })
})
