import { describe, expect, it } from 'vitest'
import type { Guide } from '../../src/catalogue/schema.ts'
import { guideText } from '../../src/share/guideText.ts'

const guide: Guide = {
  id: 'g',
  title: '注销实体手机卡',
  summary: '…',
  tips: [],
  sections: [
    {
      id: 'before',
      title: '注销之前',
      items: [
        { id: 'settle', title: '结清欠费', detail: '…' },
        { id: 'backup', title: '备份通讯录', detail: '…' },
      ],
    },
    {
      id: 'cancel',
      title: '办理注销',
      items: [
        {
          kind: 'choice',
          id: 'channel',
          title: '选一种方式办理注销',
          hint: '…',
          options: [
            { id: 'hall', title: '去营业厅办理', detail: '…' },
            { id: 'hotline', title: '打客服热线', detail: '…' },
          ],
        },
      ],
    },
  ],
}

describe('the guide as text for 分享文字', () => {
  it('lists every step with ✓ or ☐, its official contacts and the notes under their steps', () => {
    const text = guideText(guide, {
      isDone: (id) => id === 'settle' || id === 'hall',
      noteOf: (id) => (id === 'hall' ? ' 工单号 A1234 ' : ''),
      contactLinesOf: (step) => (step.id === 'hotline' ? ['中国移动 · 客服热线：10086'] : []),
      person: '妈妈的卡',
      progress: '已完成 2/3 步',
      situation: '',
      date: '2026年11月22日',
      noteLabel: '备注',
    })
    expect(text).toBe(
      [
        '注销实体手机卡 · 妈妈的卡',
        '已完成 2/3 步（2026年11月22日）',
        '',
        '【注销之前】',
        '✓ 结清欠费',
        '☐ 备份通讯录',
        '',
        '【办理注销】',
        '选一种方式办理注销：',
        '  ✓ 去营业厅办理',
        '     备注：工单号 A1234',
        '  ☐ 打客服热线',
        '     中国移动 · 客服热线：10086',
        '',
      ].join('\n'),
    )
  })

  it('says the person’s case under the progress when they answered the questions', () => {
    const text = guideText(guide, {
      isDone: () => false,
      noteOf: () => '',
      contactLinesOf: () => [],
      person: '我',
      progress: '已完成 0/3 步',
      situation: '你的情况：英国的号码 · 注销号码',
      date: '2026年11月22日',
      noteLabel: '备注',
    })
    expect(text.split('\n').slice(0, 4)).toEqual([
      '注销实体手机卡 · 我',
      '已完成 0/3 步（2026年11月22日）',
      '你的情况：英国的号码 · 注销号码',
      '',
    ])
  })
})
