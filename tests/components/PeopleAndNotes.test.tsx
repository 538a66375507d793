import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { newPerson } from '../../src/progress/savedProgress.ts'
import { renderApp } from './renderApp.tsx'

const saved = () => JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? 'null')
const noteField = (step: string) => screen.findByRole('textbox', { name: new RegExp(`^备注\\s*：${step}$`) })

function seedTwoPeople() {
  const me = { ...newPerson(null, 0), guides: { 'physical-sim': { 'settle-bill': { done: true, at: 1 } } } }
  const mum = { ...newPerson('妈妈的卡', 1), notes: { 'physical-sim': { 'sim-card': { text: '工单号 A1234', at: 2 } } } }
  window.localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 4, state: { currentPersonId: 'me', people: { me, 'p-mum': mum } } }))
}

describe('the person switcher', () => {
  it('shows whose checklist it is and switches between people, each with their own ticks and notes', async () => {
    seedTwoPeople()
    const { user } = await renderApp('/guides/physical-sim')
    const switcher = await screen.findByRole('combobox', { name: '为谁办理' })
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['我', '妈妈的卡'])
    expect(switcher).toHaveDisplayValue('我')
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
    expect(screen.queryByText('工单号 A1234')).not.toBeInTheDocument()

    await user.selectOptions(switcher, '妈妈的卡')
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).not.toBeChecked()
    expect(screen.getByText('工单号 A1234')).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: '完成进度' })).toHaveAttribute('value', '0')
    expect(saved().state.currentPersonId).toBe('p-mum')
  })

  it('starts with just "我"', async () => {
    await renderApp('/')
    const switcher = await screen.findByRole('combobox', { name: '为谁办理' })
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['我'])
    expect(screen.getByRole('link', { name: '添加或管理' })).toHaveAttribute('href', '/people')
  })
})

describe('the 为谁办理 screen', () => {
  it('adds a person and makes them current; refuses an empty or taken name with a clear message', async () => {
    const { user } = await renderApp('/people')
    const name = await screen.findByRole('textbox', { name: '名字' })
    await user.click(screen.getByRole('button', { name: '添加' }))
    expect(screen.getByText('请先填一个名字。')).toBeInTheDocument()
    expect(name).toHaveAttribute('aria-invalid', 'true')

    await user.type(name, '我')
    await user.click(screen.getByRole('button', { name: '添加' }))
    expect(screen.getByText('已经有“我”了，换个名字吧。')).toBeInTheDocument()

    await user.clear(name)
    await user.type(name, '  妈妈的卡 ')
    await user.click(screen.getByRole('button', { name: '添加' }))
    expect(screen.getByText('已添加“妈妈的卡”，接下来的勾选都会记在这里。')).toBeInTheDocument()
    const row = screen.getByText('妈妈的卡', { selector: '.person-name bdi' }).closest('li') as HTMLElement
    expect(within(row).getByText('正在办理')).toBeInTheDocument()
    expect(Object.values(saved().state.people).map((person) => (person as { name: string | null }).name)).toEqual([null, '妈妈的卡'])
  })

  it('refuses a name with nothing visible in it, and drops the characters that would turn text around', async () => {
    const { user } = await renderApp('/people')
    const field = await screen.findByRole('textbox', { name: '名字' })
    // Zero-width spaces, a Hangul filler and a right-to-left override: nothing a person could see.
    await user.type(field, '\u200B\u3164\u202E ')
    await user.click(screen.getByRole('button', { name: '添加' }))
    expect(field).toHaveAccessibleDescription(/请先填一个名字。$/)
    expect(Object.keys(saved()?.state.people ?? { me: 1 })).toEqual(['me'])

    await user.clear(field)
    await user.type(field, '\u202E妈妈的卡')
    await user.click(screen.getByRole('button', { name: '添加' }))
    expect(await screen.findByText('已添加“妈妈的卡”，接下来的勾选都会记在这里。')).toBeInTheDocument()
    expect(Object.values(saved().state.people).map((person) => (person as { name: string | null }).name)).toEqual([null, '妈妈的卡'])
    expect(screen.getByText('妈妈的卡', { selector: '.person-name bdi' })).toBeInTheDocument()
  })

  it('renames a person, "我" included', async () => {
    seedTwoPeople()
    const { user } = await renderApp('/people')
    await user.click(await screen.findByRole('button', { name: /^改名\s*：我$/ }))
    const field = screen.getByRole('textbox', { name: '新名字' })
    await user.type(field, '小红')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(screen.getByText('小红', { selector: '.person-name bdi' })).toBeInTheDocument()
    expect(saved().state.people.me.name).toBe('小红')
  })

  it('removes a person only after a yes, and 撤销 brings them back with their notes', async () => {
    seedTwoPeople()
    const { user } = await renderApp('/people')
    expect(await screen.findByText('“我”可以改名，但不能删除。')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^删除\s*：我$/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /^删除\s*：妈妈的卡$/ }))
    const dialog = await screen.findByRole('dialog', { name: '删除“妈妈的卡”？' })
    await user.click(within(dialog).getByRole('button', { name: '先不删' }))
    expect(screen.getByText('妈妈的卡', { selector: '.person-name bdi' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /^删除\s*：妈妈的卡$/ }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }))
    expect(screen.queryByText('妈妈的卡', { selector: '.person-name bdi' })).not.toBeInTheDocument()
    expect(saved().state.people['p-mum']).toMatchObject({ removed: true, notes: {} })

    await user.click(await screen.findByRole('button', { name: '撤销' }))
    expect(screen.getByText('妈妈的卡', { selector: '.person-name bdi' })).toBeInTheDocument()
    expect(saved().state.people['p-mum'].notes['physical-sim']['sim-card'].text).toBe('工单号 A1234')
  })
})

describe('notes on a step', () => {
  it('writes a note inside 说明和备注, saves it as it is typed, and shows it under the step', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('progressbar', { name: '完成进度' })
    await user.click(within(document.getElementById('item-decide') as HTMLElement).getByText('说明和备注', { exact: false }))
    const field = await noteField('想清楚是不是真的要注销')
    await user.type(field, '柜台说三天后退款')
    expect(saved().state.people.me.notes['physical-sim'].decide.text).toBe('柜台说三天后退款')
    // Shown under the step once the disclosure is closed (while it is open, the field shows it).
    await user.click(within(document.getElementById('item-decide') as HTMLElement).getByText('说明和备注', { exact: false }))
    const shown = screen.getByText('柜台说三天后退款', { selector: 'p' })
    expect(shown).toHaveTextContent('备注柜台说三天后退款')
  })

  it('counts notes in 重新开始, which clears them and can bring them back', async () => {
    seedTwoPeople()
    const { user } = await renderApp('/guides/physical-sim')
    await user.selectOptions(await screen.findByRole('combobox', { name: '为谁办理' }), '妈妈的卡')
    // No ticks, but a note: there is something to clear.
    await user.click(screen.getByRole('button', { name: '重新开始' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('“实体手机卡：注销、转网、过户、保号”里写下的备注会全部清空。')
    await user.click(within(dialog).getByRole('button', { name: '清空' }))
    expect(screen.queryByText('工单号 A1234')).not.toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: '撤销' }))
    expect(screen.getByText('工单号 A1234')).toBeInTheDocument()
  })
})

describe('limits are said, not cut silently', () => {
  it('a name shows how much of its 20 characters is used, and says so when it is full', async () => {
    const { user } = await renderApp('/people')
    const name = await screen.findByRole('textbox', { name: '名字' })
    await user.type(name, '妈妈的卡')
    expect(name).toHaveAccessibleDescription('4/20 字')
    await user.type(name, '（尾号 1234，放在抽屉里的那张旧卡）')
    expect(name).toHaveValue('妈妈的卡（尾号 1234，放在抽屉里的那')
    expect(screen.getByRole('status')).toHaveTextContent('名字最多 20 个字，再多就写不进去了。')
    expect(name).toHaveAccessibleDescription('名字最多 20 个字，再多就写不进去了。')
  })

  it('a note shows its count and says when it is full', async () => {
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 4,
        state: {
          currentPersonId: 'me',
          people: { me: { ...newPerson(null, 0), notes: { 'physical-sim': { 'settle-bill': { text: '交了 35 元', at: 1 } } } } },
        },
      }),
    )
    const { user } = await renderApp('/guides/physical-sim')
    const step = (await screen.findByRole('checkbox', { name: '结清欠费' })).closest('li') as HTMLElement
    expect(within(step).getByText('交了 35 元')).toBeInTheDocument()
    await user.click(within(step).getByText('说明和备注', { exact: false }))
    const field = await noteField('结清欠费')
    // The field shows the note now (the line under the title is hidden on screen: tests/e2e/people-and-sharing.spec.ts).
    expect(field).toHaveValue('交了 35 元')
    expect(field).toHaveAccessibleDescription(/7\/200 字$/)
    await user.click(field)
    await user.paste('很'.repeat(250))
    expect((field as HTMLTextAreaElement).value).toHaveLength(200)
    expect(within(step).getByRole('status')).toHaveTextContent('备注最多 200 个字，再多就写不进去了。')
    await user.click(within(step).getByText('说明和备注', { exact: false }))
    expect(within(step).getByText(/^交了 35 元很+$/)).toBeInTheDocument()
  })
})
