import 'fake-indexeddb/auto'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { readJournal } from '../../src/storage/journal.ts'
import { renderApp } from './renderApp.tsx'

const answer = async (user: Awaited<ReturnType<typeof renderApp>>['user'], question: string, option: string) =>
  user.click(within(screen.getByRole('radiogroup', { name: question })).getByRole('radio', { name: option }))
const stepItem = (id: string) => document.getElementById(`item-${id}`) as HTMLElement
const openDetails = async (user: Awaited<ReturnType<typeof renderApp>>['user'], id: string) => {
  await user.click(within(stepItem(id)).getByText('说明和备注', { exact: false }))
  return within(await within(stepItem(id)).findByRole('region', { name: '直接联系' }))
}
/** Everything this device keeps: each localStorage key and value, and the IndexedDB journal. */
const everythingKept = async () =>
  [...Object.keys(window.localStorage).flatMap((key) => [key, window.localStorage.getItem(key) ?? '']), (await readJournal()) ?? ''].join(
    '\n',
  )

describe('直接联系: the official contacts on a step', () => {
  it('offers every operator’s hotline until the person says which, then only theirs, with exact links', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('radiogroup', { name: '这张卡是哪里的运营商？' })
    let actions = await openDetails(user, 'channel-hotline')
    expect(actions.getByRole('link', { name: '拨打 10086' })).toHaveAttribute('href', 'tel:10086')
    expect(actions.getByRole('link', { name: '拨打 10010' })).toHaveAttribute('href', 'tel:10010')
    expect(actions.getByText('中国移动 · 客服热线')).toBeInTheDocument()

    await answer(user, '这张卡是哪里的运营商？', '中国内地')
    await answer(user, '是哪家运营商的？', '中国联通')
    actions = within(within(stepItem('channel-hotline')).getByRole('region', { name: '直接联系' }))
    expect(actions.getByRole('link', { name: '拨打 10010' })).toHaveAttribute('href', 'tel:10010')
    expect(actions.queryByRole('link', { name: '拨打 10086' })).not.toBeInTheDocument()
    // The source of the number, and the number as text to copy when tel: is blocked.
    expect(actions.getByRole('link', { name: '来源：www.chinaunicom.com.hk，2026年12月2日 核对' })).toHaveAttribute(
      'href',
      'http://www.chinaunicom.com.hk/en/business/customer.php',
    )
    expect(actions.getByText('10010')).toBeInTheDocument()

    // "不确定" shows every operator's again.
    await answer(user, '是哪家运营商的？', '不确定')
    expect(within(stepItem('channel-hotline')).getByRole('link', { name: '拨打 10086' })).toBeInTheDocument()
  })

  it('copies the number, and says so; when the browser refuses, says to copy it by hand', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    await screen.findByRole('radiogroup', { name: '这张卡是哪里的运营商？' })
    const actions = await openDetails(user, 'channel-hotline')
    const [copyMobile, copyUnicom] = actions.getAllByRole('button', { name: '复制号码' })
    await user.click(copyMobile!)
    expect(writeText).toHaveBeenCalledWith('10086')
    expect(actions.getByRole('button', { name: '已复制' })).toBeInTheDocument()

    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
    await user.click(copyUnicom!)
    expect(writeText).toHaveBeenLastCalledWith('10010')
    expect(actions.getByText('没能复制，请长按上面的文字自己复制。')).toBeInTheDocument()
  })

  it('builds the 携号转网 text from 姓名 and 证件号码 as they are typed, and keeps none of it anywhere', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    await screen.findByRole('radiogroup', { name: '这张卡是哪里的运营商？' })
    await answer(user, '这张卡是哪里的运营商？', '中国内地')
    await answer(user, '是哪家运营商的？', '中国移动')
    await answer(user, '还要这个号码吗？', '想留着')
    const actions = await openDetails(user, 'port-request')
    // Until both are filled in, the text shows what goes where, and there is nothing to send yet.
    expect(actions.getByText('CXXZ#姓名#证件号码')).toBeInTheDocument()
    expect(actions.queryByRole('link', { name: '发短信到 10086' })).not.toBeInTheDocument()
    expect(actions.getByText(/不会保存，也不会发到任何地方/)).toBeInTheDocument()

    await user.type(actions.getByLabelText('姓名'), '张三')
    await user.type(actions.getByLabelText('证件号码'), '11010519491231002X')
    expect(actions.getByText('CXXZ#张三#11010519491231002X')).toBeInTheDocument()
    expect(actions.getByRole('link', { name: '发短信到 10086' })).toHaveAttribute(
      'href',
      'sms:10086?&body=CXXZ%23%E5%BC%A0%E4%B8%89%2311010519491231002X',
    )

    // A tick and a note are saved (and journaled) while the fields are filled in: none of it holds the name or the number.
    await user.click(screen.getByRole('checkbox', { name: '结清欠费' }))
    await user.type(within(stepItem('port-request')).getByLabelText(/^备注/), '下午去')
    const kept = await everythingKept()
    expect(kept).toContain('下午去')
    expect(kept).not.toContain('张三')
    expect(kept).not.toContain('11010519491231002X')

    // Leaving the step (closing it) clears what was typed.
    await user.click(within(stepItem('port-request')).getByText('说明和备注', { exact: false }))
    const again = await openDetails(user, 'port-request')
    expect(again.getByLabelText('姓名')).toHaveValue('')
    expect(again.getByText('CXXZ#姓名#证件号码')).toBeInTheDocument()
  })

  it('texts PAC to 65075 from a UK card’s step, in 繁體 too', async () => {
    const { user } = await renderApp('/guides/physical-sim', { lang: 'zh-Hant' })
    const where = await screen.findByRole('radiogroup', { name: /^這張卡是哪裡的/ })
    await user.click(within(where).getByRole('radio', { name: '英國' }))
    await answer(user, '還要這個門號嗎？', '想留著')
    await user.click(within(stepItem('port-request')).getByText('說明和備註', { exact: false }))
    const actions = within(await within(stepItem('port-request')).findByRole('region', { name: '直接聯絡' }))
    expect(actions.getByRole('link', { name: '傳簡訊到 65075' })).toHaveAttribute('href', 'sms:65075?&body=PAC')
    expect(actions.queryByLabelText('姓名')).not.toBeInTheDocument()
  })
})
