import { act, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { renderApp } from './renderApp.tsx'

describe('guide screen', () => {
  it('shows every step as a checkbox named by its title, grouped under the section headings', async () => {
    await renderApp('/guides/physical-sim')
    expect(await screen.findByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })).toBeInTheDocument()
    for (const section of ['开始之前', '准备材料', '办理注销', '保留号码，转到新运营商', '注销之后']) {
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeInTheDocument()
    }
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: '去营业厅办理' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: '选一种方式办理注销' })).toBeInTheDocument()
    expect(document.title).toBe('实体手机卡：注销、转网、过户、保号 · 手机卡注销清单')
  })

  it('shows and hides a step’s detail', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    const detail = await screen.findByText(/有欠费的号码一般办不了注销/)
    expect(detail).not.toBeVisible()
    await user.click(screen.getByText('：结清欠费', { exact: false }))
    expect(detail).toBeVisible()
    await user.click(screen.getByText('：结清欠费', { exact: false }))
    expect(detail).not.toBeVisible()
  })

  it('moves the progress bar when steps are ticked, and saves each tick at once', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    const bar = await screen.findByRole('progressbar', { name: '完成进度' })
    expect(bar).toHaveAttribute('value', '0')
    expect(bar).toHaveAttribute('max', '9')

    await user.click(screen.getByRole('checkbox', { name: '结清欠费' }))
    await user.click(screen.getByRole('checkbox', { name: '带上这张手机卡' }))
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
    expect(bar).toHaveAttribute('value', '2')
    expect(screen.getByText('已完成 2/9 步')).toBeInTheDocument()

    const saved = JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? 'null')
    expect(saved.version).toBe(5)
    expect(saved.state.people.me.guides['physical-sim']['settle-bill'].done).toBe(true)

    await user.click(screen.getByRole('checkbox', { name: '结清欠费' }))
    expect(bar).toHaveAttribute('value', '1')
  })

  it('counts a choice of channel once, so one channel is enough to finish', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    const bar = await screen.findByRole('progressbar', { name: '完成进度' })
    await user.click(screen.getByRole('checkbox', { name: '打运营商的官方客服热线' }))
    expect(bar).toHaveAttribute('value', '1')
    await user.click(screen.getByRole('checkbox', { name: '去营业厅办理' }))
    expect(bar).toHaveAttribute('value', '1')
    expect(within(screen.getByRole('group', { name: '选一种方式办理注销' })).getByText(/其他方式不用再做/)).toBeInTheDocument()
  })

  it('reaches 100% with one channel and says so', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('progressbar', { name: '完成进度' })
    const options = ['打运营商的官方客服热线', '在官方 App 或网站上线上销户']
    for (const box of screen.getAllByRole('checkbox')) {
      const name = box.getAttribute('aria-label') ?? box.closest('label')?.textContent ?? ''
      if (!options.includes(name)) await user.click(box)
    }
    expect(screen.getByRole('progressbar', { name: '完成进度' })).toHaveAttribute('value', '9')
    expect(screen.getByText(/全部完成，辛苦了/)).toBeInTheDocument()
  })

  it('clears the guide after a confirmation, and the clearing can be undone', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
    await user.click(screen.getByRole('checkbox', { name: '妥善处理旧卡' }))

    await user.click(screen.getByRole('button', { name: '重新开始' }))
    const dialog = await screen.findByRole('dialog', { name: '清空这份清单的勾选和备注？' })
    expect(dialog).toHaveTextContent('已完成的 2 步和写下的备注')
    await user.click(within(dialog).getByRole('button', { name: '先不清空' }))
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()

    await user.click(screen.getByRole('button', { name: '重新开始' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '清空' }))
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).not.toBeChecked()
    expect(screen.getByRole('progressbar', { name: '完成进度' })).toHaveAttribute('value', '0')
    expect(await screen.findByRole('status')).toHaveTextContent('已清空勾选和备注。')

    await user.click(screen.getByRole('button', { name: '撤销' }))
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: '妥善处理旧卡' })).toBeChecked()
    expect(screen.queryByRole('button', { name: '撤销' })).not.toBeInTheDocument()
  })

  it('shows a not-found page with a way home for an unknown guide id', async () => {
    const { user } = await renderApp('/guides/no-such-guide')
    expect(await screen.findByRole('heading', { level: 1, name: '找不到这份清单' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: '回到首页' }))
    expect(await screen.findByRole('heading', { level: 1, name: '一步一步注销手机号' })).toBeInTheDocument()
  })

  it('writes whose progress it is and the day into the page when printing starts, and takes the day away after', async () => {
    await renderApp('/guides/physical-sim')
    await screen.findByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })
    expect(screen.queryByText(/打印于/)).not.toBeInTheDocument()

    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 1, 10, 30) })
    try {
      act(() => void window.dispatchEvent(new Event('beforeprint')))
    } finally {
      vi.useRealTimers()
    }
    expect(screen.getByText('为谁办理：我 · 打印于 2026年12月1日')).toBeInTheDocument()

    act(() => void window.dispatchEvent(new Event('afterprint')))
    expect(screen.queryByText(/打印于/)).not.toBeInTheDocument()
  })
})

describe('picking up where the person stopped', () => {
  const seed = () =>
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        state: {
          currentPersonId: 'me',
          people: {
            me: { name: null, guides: { 'physical-sim': { decide: { done: true, at: 1 }, 'settle-bill': { done: true, at: 2 } } } },
          },
        },
      }),
    )

  it('shows nothing of the kind before the first tick', async () => {
    await renderApp('/guides/physical-sim')
    await screen.findByRole('heading', { level: 1, name: '实体手机卡：注销、转网、过户、保号' })
    expect(screen.queryByText('下一步：')).not.toBeInTheDocument()
  })

  it('names the next unticked step at the top, jumps to it, and marks it until the next tick', async () => {
    seed()
    const { user } = await renderApp('/guides/physical-sim')
    const next = await screen.findByRole('link', { name: '备份通讯录和短信' })
    expect(next.closest('p')).toHaveTextContent('下一步：备份通讯录和短信')
    await user.click(next)
    const box = screen.getByRole('checkbox', { name: '备份通讯录和短信' })
    expect(box).toHaveFocus()
    expect(box.closest('li')).toHaveAttribute('aria-current', 'step')

    await user.click(box)
    expect(box.closest('li')).not.toHaveAttribute('aria-current')
    expect(screen.getByRole('link', { name: '查一查名下的号码' })).toBeInTheDocument()
  })

  it('marks the step home’s 继续 opened', async () => {
    seed()
    await renderApp('/guides/physical-sim#item-backup')
    const box = await screen.findByRole('checkbox', { name: '备份通讯录和短信' })
    expect(box.closest('li')).toHaveAttribute('aria-current', 'step')
  })
})
