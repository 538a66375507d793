import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_KEY } from '../../src/storage/keys.ts'
import { catalogueFile, renderApp } from './renderApp.tsx'

describe('language switch', () => {
  it('switches the whole screen to Traditional and keeps every tick', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
    await user.click(screen.getByRole('checkbox', { name: '去营业厅办理' }))

    const switcher = screen.getByRole('group', { name: '文字' })
    expect(screen.getByRole('button', { name: '简体' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: '繁·台' }))

    expect(await screen.findByRole('heading', { level: 1, name: '實體 SIM 卡：退租、攜碼、過戶或保留門號' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: '結清欠費' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: '去營業廳辦理' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: '帶上這張 SIM 卡' })).not.toBeChecked()
    expect(screen.getByRole('progressbar', { name: '完成進度' })).toHaveAttribute('value', '2')
    expect(screen.getByRole('button', { name: '繁·台' })).toHaveAttribute('aria-pressed', 'true')
    expect(switcher).toHaveAccessibleName('文字')
    expect(document.documentElement.lang).toBe('zh-Hant')
    expect(document.title).toBe('實體 SIM 卡：退租、攜碼、過戶或保留門號 · 門號退租清單')
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBe('zh-Hant')

    await user.click(screen.getByRole('button', { name: '简体' }))
    expect(await screen.findByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-Hans')
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
  })

  it('offers Hong Kong Traditional as a third choice: its own words, the same ticks, remembered', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
    await user.click(screen.getByRole('button', { name: '繁·港' }))

    const hongKong = catalogueFile('zh-HK') as { ui: { app: { name: string } }; guides: { title: string }[] }
    expect(await screen.findByRole('heading', { level: 1, name: hongKong.guides[0]!.title })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-HK')
    expect(document.title).toBe(`${hongKong.guides[0]!.title} · ${hongKong.ui.app.name}`)
    expect(screen.getByRole('button', { name: '繁·港' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: '繁·台' })).toHaveAttribute('aria-pressed', 'false')
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBe('zh-HK')
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1')
    // Hong Kong words, not Taiwan's.
    expect(document.body.textContent).not.toMatch(/門號|退租|簡訊|電信公司|身分證/)
  })
})
