import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { newPerson } from '../../src/progress/savedProgress.ts'
import { renderApp } from './renderApp.tsx'

const saved = () => JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? 'null')
const section = (name: string) => screen.getByRole('region', { name })
const progress = () => screen.getByRole('progressbar', { name: '完成进度' })

async function addStep(user: Awaited<ReturnType<typeof renderApp>>['user'], sectionName: string, text: string) {
  const where = section(sectionName)
  const summary = within(where).getByText('＋ 自己加一步', { exact: false })
  if (!summary.closest('details')?.open) await user.click(summary)
  const field = await within(where).findByRole('textbox', { name: `在“${sectionName}”这一节加一步` })
  await user.type(field, text)
  await user.click(within(where).getByRole('button', { name: '加上' }))
  return field
}

describe('steps of the person’s own', () => {
  it('are added to a section, ticked and counted like any step, and kept', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('checkbox', { name: '结清欠费' })
    const total = Number(progress().getAttribute('max'))

    const field = await addStep(user, '开始之前', '解绑招商银行')
    const added = within(section('开始之前')).getByRole('checkbox', { name: '解绑招商银行' })
    expect(field).toHaveValue('')
    expect(within(section('开始之前')).getByText('已加上“解绑招商银行”，可以接着加下一步。')).toBeInTheDocument()
    expect(progress()).toHaveAttribute('max', String(total + 1))

    await addStep(user, '开始之前', '  解绑支付宝  ')
    expect(within(section('开始之前')).getByRole('checkbox', { name: '解绑支付宝' })).toBeInTheDocument()
    expect(progress()).toHaveAttribute('max', String(total + 2))

    await user.click(added)
    expect(added).toBeChecked()
    expect(progress()).toHaveAttribute('value', '1')
    const me = saved().state.people.me
    const [stepId, step] = Object.entries(me.ownSteps['physical-sim'])[0] as [string, { section: string; title: string }]
    expect(step).toMatchObject({ section: 'before', title: '解绑招商银行' })
    expect(me.guides['physical-sim'][stepId].done).toBe(true)
  })

  it('refuse an empty line with a message, and add nothing', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('checkbox', { name: '结清欠费' })
    const total = progress().getAttribute('max')
    const field = await addStep(user, '开始之前', '   ')
    expect(within(section('开始之前')).getByText('先写上要做的事。')).toBeInTheDocument()
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(progress()).toHaveAttribute('max', total)
  })

  it('come back after a reload, shown as typed in 繁體 too, and counted on home', async () => {
    const { user, unmount } = await renderApp('/guides/physical-sim')
    await screen.findByRole('checkbox', { name: '结清欠费' })
    await addStep(user, '准备材料', '带上银行卡')
    await user.click(screen.getByRole('checkbox', { name: '带上银行卡' }))
    unmount()

    const again = await renderApp('/guides/physical-sim', { lang: 'zh-Hant' })
    expect(
      await within(await screen.findByRole('region', { name: '準備證件和資料' })).findByRole('checkbox', { name: '带上银行卡' }),
    ).toBeChecked()
    again.unmount()

    await renderApp('/')
    const card = await screen.findByRole('article', { name: '实体手机卡：注销、转网、过户、保号' })
    expect(within(card).getByText(/^已完成 1\//)).toBeInTheDocument()
  })

  it('can be reworded, and deleted with 撤销', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('checkbox', { name: '结清欠费' })
    await addStep(user, '开始之前', '解绑招商银行')
    const total = progress().getAttribute('max')
    await user.click(screen.getByRole('checkbox', { name: '解绑招商银行' }))
    const row = screen.getByRole('checkbox', { name: '解绑招商银行' }).closest('li') as HTMLElement
    await user.click(within(row).getByText('修改自己加的这一步', { exact: false }))

    const line = await within(row).findByRole('textbox', { name: '这一步写的是' })
    await user.clear(line)
    expect(within(row).getByText('写上点什么才会保存；现在保存的还是原来那句。')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: '解绑招商银行' })).toBeInTheDocument()
    await user.type(line, '解绑工商银行')
    expect(screen.getByRole('checkbox', { name: '解绑工商银行' })).toBeChecked()

    await user.click(within(row).getByRole('button', { name: '删除这一步' }))
    expect(screen.queryByRole('checkbox', { name: '解绑工商银行' })).not.toBeInTheDocument()
    expect(progress()).toHaveAttribute('max', String(Number(total) - 1))
    expect(await screen.findByText('已删除“解绑工商银行”。')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '撤销' }))
    expect(screen.getByRole('checkbox', { name: '解绑工商银行' })).toBeChecked()
    expect(progress()).toHaveAttribute('max', total)
  })

  it('belong to the person they were added for', async () => {
    const me = newPerson(null, 0)
    const mum = {
      ...newPerson('妈妈的卡', 1),
      ownSteps: { 'physical-sim': { 'own-k1': { section: 'before', title: '解绑妈妈的医保卡', at: 2 } } },
    }
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 4, state: { currentPersonId: 'me', people: { me, 'p-mum': mum } } }),
    )
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('checkbox', { name: '结清欠费' })
    expect(screen.queryByRole('checkbox', { name: '解绑妈妈的医保卡' })).not.toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: '为谁办理' }), '妈妈的卡')
    expect(screen.getByRole('checkbox', { name: '解绑妈妈的医保卡' })).toBeInTheDocument()
  })

  it('hide and stop counting with their section when the answers leave it out', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('checkbox', { name: '结清欠费' })
    await addStep(user, '办理注销', '拿回押金')
    const total = Number(progress().getAttribute('max'))
    await user.click(screen.getByRole('radio', { name: '想留着' }))
    expect(screen.queryByRole('checkbox', { name: '拿回押金' })).not.toBeInTheDocument()
    expect(Number(progress().getAttribute('max'))).toBeLessThan(total)
    await user.click(screen.getByRole('radio', { name: '不要了' }))
    expect(screen.getByRole('checkbox', { name: '拿回押金' })).toBeInTheDocument()
  })
})
