import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT } from '../../src/backup/backupFile.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { catalogueFile, renderApp, serveCatalogue } from './renderApp.tsx'

/**
 * A small guide of our own, so these tests hold whatever the shipped guides
 * say: two questions, a step for each place and one for people who have not
 * said, a choice with an option for the mainland (or not yet said), a section
 * for each plan, and one offering both plans while the plan is not chosen.
 */
const step = (id: string, title: string, when?: Record<string, string[]>) => ({
  id,
  title,
  detail: `${title}的说明。`,
  ...(when && { when }),
})
const option = (id: string, title: string, short: string) => ({ id, title, short })
const testGuide = {
  id: 'test-sim',
  title: '测试清单',
  summary: '只在测试里用。',
  questions: [
    {
      id: 'where',
      title: '这张卡是哪里的？',
      options: [option('mainland', '内地', '内地的卡'), option('uk', '英国', '英国的卡'), option('unsure', '不确定', '不确定是哪里的卡')],
    },
    {
      id: 'plan',
      title: '还要这个号码吗？',
      options: [option('cancel', '不要了', '注销'), option('port', '想留着', '转网'), option('unsure', '不确定', '没想好')],
    },
  ],
  sections: [
    {
      id: 'before',
      title: '开始之前',
      items: [
        step('settle', '结清费用'),
        step('lookup', '用一证通查查一查', { where: ['mainland'] }),
        step('pac', '发短信拿 PAC 码', { where: ['uk'] }),
        step('ask', '问清是哪里的号码', { where: ['unsure'] }),
      ],
    },
    {
      id: 'cancel',
      title: '办理',
      when: { plan: ['cancel'] },
      items: [
        {
          kind: 'choice',
          id: 'way',
          title: '选一种方式',
          hint: '任选一种。',
          options: [step('hotline', '打热线'), step('online', '网上办'), step('hall', '去营业厅', { where: ['mainland', 'unsure'] })],
        },
      ],
    },
    { id: 'port', title: '转网', when: { plan: ['port'] }, items: [step('move', '到新运营商办理转入')] },
    {
      id: 'choose',
      title: '选一种办法',
      when: { plan: ['unsure'] },
      items: [
        {
          kind: 'choice',
          id: 'plan-way',
          title: '办好其中一种',
          hint: '任选。',
          options: [step('do-cancel', '注销'), step('do-port', '转网')],
        },
      ],
    },
  ],
  tips: [],
}

function serveTestGuide() {
  serveCatalogue((lang) => Response.json({ ...(catalogueFile(lang) as object), guides: [testGuide] }))
}

const bar = () => screen.getByRole('progressbar', { name: '完成进度' })
const question = (name: string) => screen.getByRole('radiogroup', { name })

describe('questions that fit the guide to the person’s case', () => {
  it('asks each question as a radio group named by its legend; until answered, shows only the steps for 不确定', async () => {
    serveTestGuide()
    await renderApp('/guides/test-sim')
    expect(await screen.findByRole('heading', { level: 2, name: '你的情况' })).toBeInTheDocument()
    const where = question('这张卡是哪里的？')
    expect(
      within(where)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['内地', '英国', '不确定'])
    expect(within(where).getByRole('radio', { name: '英国' })).not.toBeChecked()
    expect(screen.queryByRole('checkbox', { name: '用一证通查查一查' })).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox', { name: '发短信拿 PAC 码' })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: '问清是哪里的号码' })).toBeInTheDocument()
    // Both plans, as one choice that counts once.
    expect(within(screen.getByRole('group', { name: '办好其中一种' })).getAllByRole('checkbox')).toHaveLength(2)
    expect(bar()).toHaveAttribute('max', '3')
    expect(screen.getByText('回答完上面的问题，清单会换成适合你的步骤（已经勾选的和备注都还在）。')).toBeInTheDocument()
  })

  it('hides the steps that do not apply with one tap, and counts only what is left', async () => {
    serveTestGuide()
    const { user } = await renderApp('/guides/test-sim')
    await user.click(within(await screen.findByRole('radiogroup', { name: '这张卡是哪里的？' })).getByRole('radio', { name: '英国' }))
    expect(screen.queryByRole('checkbox', { name: '用一证通查查一查' })).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox', { name: '问清是哪里的号码' })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: '发短信拿 PAC 码' })).toBeInTheDocument()
    expect(bar()).toHaveAttribute('max', '3')

    await user.click(within(question('还要这个号码吗？')).getByRole('radio', { name: '想留着' }))
    expect(screen.queryByRole('group', { name: '办好其中一种' })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: '到新运营商办理转入' })).toBeInTheDocument()
    expect(screen.getByText('已完成 0/3 步')).toBeInTheDocument()
    expect(screen.getByText('有 4 步不适合你，已经收起（勾选和备注都还在）。')).toBeInTheDocument()

    await user.click(within(question('还要这个号码吗？')).getByRole('radio', { name: '不要了' }))
    expect(screen.queryByRole('checkbox', { name: '去营业厅' })).not.toBeInTheDocument()
    expect(screen.getByRole('group', { name: '选一种方式' })).toBeInTheDocument()
    expect(bar()).toHaveAttribute('max', '3')

    await user.click(within(question('还要这个号码吗？')).getByRole('radio', { name: '不确定' }))
    expect(screen.getByRole('group', { name: '办好其中一种' })).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: '选一种方式' })).not.toBeInTheDocument()
  })

  it('keeps a hidden step’s tick and note, and brings them back when it applies again', async () => {
    serveTestGuide()
    const { user } = await renderApp('/guides/test-sim')
    await user.click(within(await screen.findByRole('radiogroup', { name: '这张卡是哪里的？' })).getByRole('radio', { name: '内地' }))
    await user.click(screen.getByRole('checkbox', { name: '用一证通查查一查' }))
    useProgress.getState().setNote('test-sim', 'lookup', '名下 2 个号码')
    expect(bar()).toHaveAttribute('value', '1')

    await user.click(within(question('这张卡是哪里的？')).getByRole('radio', { name: '英国' }))
    expect(bar()).toHaveAttribute('value', '0')
    expect(screen.queryByText('名下 2 个号码')).not.toBeInTheDocument()

    await user.click(within(question('这张卡是哪里的？')).getByRole('radio', { name: '内地' }))
    expect(screen.getByRole('checkbox', { name: '用一证通查查一查' })).toBeChecked()
    expect(screen.getByText('名下 2 个号码')).toBeInTheDocument()
    expect(bar()).toHaveAttribute('value', '1')
  })

  it('folds to one line with 修改 once answered, and opens again on 修改 with the keyboard on the answer', async () => {
    serveTestGuide()
    const { user } = await renderApp('/guides/test-sim')
    await user.click(within(await screen.findByRole('radiogroup', { name: '这张卡是哪里的？' })).getByRole('radio', { name: '英国' }))
    expect(screen.queryByRole('button', { name: '好了' })).not.toBeInTheDocument()
    await user.click(within(question('还要这个号码吗？')).getByRole('radio', { name: '不要了' }))
    await user.click(screen.getByRole('button', { name: '好了' }))

    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument()
    expect(screen.getByText('英国的卡 · 注销')).toBeInTheDocument()
    const edit = screen.getByRole('button', { name: '修改' })
    expect(edit).toHaveFocus()
    expect(edit).toHaveAccessibleDescription('英国的卡 · 注销')

    await user.click(edit)
    expect(within(question('这张卡是哪里的？')).getByRole('radio', { name: '英国' })).toHaveFocus()
    expect(within(question('这张卡是哪里的？')).getByRole('radio', { name: '英国' })).toBeChecked()
  })

  it('keeps the answers after a reload, per person, and opens folded', async () => {
    serveTestGuide()
    const first = await renderApp('/guides/test-sim')
    await first.user.click(within(await screen.findByRole('radiogroup', { name: '这张卡是哪里的？' })).getByRole('radio', { name: '英国' }))
    await first.user.click(within(question('还要这个号码吗？')).getByRole('radio', { name: '想留着' }))
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? '{}').state.people.me.answers['test-sim']).toMatchObject({
      where: { value: 'uk' },
      plan: { value: 'port' },
    })
    first.unmount()

    serveTestGuide()
    await renderApp('/guides/test-sim')
    expect(await screen.findByText('英国的卡 · 转网')).toBeInTheDocument()
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument()
    expect(bar()).toHaveAttribute('max', '3')
  })

  it('counts the guide on home by the answers too', async () => {
    serveTestGuide()
    const { user } = await renderApp('/guides/test-sim')
    await user.click(within(await screen.findByRole('radiogroup', { name: '这张卡是哪里的？' })).getByRole('radio', { name: '英国' }))
    await user.click(screen.getByRole('checkbox', { name: '结清费用' }))
    await user.click(screen.getByRole('link', { name: '‹ 全部清单' }))
    const card = await screen.findByRole('article', { name: '测试清单' })
    expect(within(card).getByText('已完成 1/3')).toBeInTheDocument()
  })

  it('counts a choice once in the reset dialog, as the bar does', async () => {
    serveTestGuide()
    const { user } = await renderApp('/guides/test-sim')
    await user.click(within(await screen.findByRole('radiogroup', { name: '还要这个号码吗？' })).getByRole('radio', { name: '不要了' }))
    await user.click(screen.getByRole('checkbox', { name: '打热线' }))
    await user.click(screen.getByRole('checkbox', { name: '网上办' }))
    expect(bar()).toHaveAttribute('value', '1')
    await user.click(screen.getByRole('button', { name: '重新开始' }))
    expect(await screen.findByRole('dialog')).toHaveTextContent('已完成的 1 步')
  })

  it('counts a backup’s progress by its answers in the preview, and brings the answers in', async () => {
    serveTestGuide()
    const { user } = await renderApp('/settings')
    const person = {
      name: null,
      at: 0,
      removed: false,
      guides: { 'test-sim': { settle: { done: true, at: 5 }, hotline: { done: true, at: 6 }, online: { done: true, at: 7 } } },
      notes: {},
      // Saved before the plan question: "keep" is read as the plan.
      answers: { 'test-sim': { where: { value: 'uk', at: 4 }, keep: { value: 'cancel', at: 4 } } },
    }
    const file = new File(
      [JSON.stringify({ format: BACKUP_FORMAT, version: 3, exportedAt: 1, state: { currentPersonId: 'me', people: { me: person } } })],
      'b.json',
    )
    await user.upload(await screen.findByLabelText('选择备份文件'), file)
    expect(await screen.findByText('测试清单：已完成 2/3 步')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '合并' }))
    expect(useProgress.getState().people.me?.answers['test-sim']?.where?.value).toBe('uk')
    expect(useProgress.getState().people.me?.answers['test-sim']?.plan?.value).toBe('cancel')
  })
})
