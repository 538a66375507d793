import { describe, expect, it } from 'vitest'
import { allAnswered, askedQuestions, caseOf, caseSummary, fitGuide, withOwnSteps, type Answers } from '../../src/catalogue/fitToCase.ts'
import { actionHref, messageOf, stepActions } from '../../src/catalogue/contacts.ts'
import { findStep, guideProgress, stepIds } from '../../src/catalogue/guideProgress.ts'
import { parseGuide, type Guide } from '../../src/catalogue/schema.ts'

const step = (id: string, when?: Record<string, string[]>) => ({ id, title: `标题${id}`, detail: '说明。', ...(when && { when }) })
const option = (id: string, short = id) => ({ id, title: id, short })
const parsed = parseGuide({
  id: 'g',
  title: '清单',
  summary: '简介。',
  questions: [
    { id: 'where', title: '哪里？', options: [option('home', '内地'), option('abroad', '境外'), option('unsure', '不确定在哪')] },
    { id: 'plan', title: '怎么办？', options: [option('cancel', '注销'), option('port', '转网'), option('unsure', '没想好')] },
  ],
  sections: [
    {
      id: 'before',
      title: '之前',
      items: [
        step('settle'),
        step('lookup', { where: ['home'] }),
        step('recall', { where: ['abroad'] }),
        step('ask', { where: ['unsure'] }),
      ],
    },
    {
      id: 'cancel',
      title: '注销',
      when: { plan: ['cancel'] },
      items: [
        {
          kind: 'choice',
          id: 'way',
          title: '选一种',
          hint: '任选。',
          options: [step('hotline'), step('online'), step('hall', { where: ['home', 'unsure'] })],
        },
      ],
    },
    {
      id: 'port',
      title: '转网',
      when: { plan: ['port'] },
      items: [step('code', { where: ['home'] }), step('pac', { where: ['abroad'] }), step('wait')],
    },
    {
      id: 'choose',
      title: '选一种办法',
      when: { plan: ['unsure'] },
      items: [{ kind: 'choice', id: 'plan-way', title: '办好一种', hint: '任选。', options: [step('do-cancel'), step('do-port')] }],
    },
  ],
  tips: [],
})
if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
const guide: Guide = parsed.value
const ids = (answers: Answers) => stepIds(fitGuide(guide, answers))

describe('fitting a guide to the person’s answers', () => {
  it('reads a question not yet answered as 不确定: only the parts for every answer, or for 不确定, show', () => {
    const unanswered = ['settle', 'ask', 'do-cancel', 'do-port']
    expect(ids({})).toEqual(unanswered)
    expect(ids({ where: 'unsure', plan: 'unsure' })).toEqual(unanswered)
  })

  it('keeps only the steps, options and sections for the answers given', () => {
    expect(ids({ where: 'home', plan: 'cancel' })).toEqual(['settle', 'lookup', 'hotline', 'online', 'hall'])
    expect(ids({ where: 'abroad', plan: 'port' })).toEqual(['settle', 'recall', 'pac', 'wait'])
    expect(ids({ plan: 'port' })).toEqual(['settle', 'ask', 'wait'])
    expect(ids({ plan: 'cancel' })).toEqual(['settle', 'ask', 'hotline', 'online', 'hall'])
  })

  it('keeps a choice a choice while two options apply, and makes a lone option a plain step', () => {
    const cancelling = fitGuide(guide, { where: 'abroad', plan: 'cancel' })
    expect(cancelling.sections[1]?.items[0]).toMatchObject({ kind: 'choice', options: [{ id: 'hotline' }, { id: 'online' }] })
    const lone: Guide = {
      ...guide,
      sections: [
        {
          id: 's',
          title: '节',
          items: [
            {
              kind: 'choice',
              id: 'w',
              title: '选',
              hint: '。',
              options: [step('a', { where: ['home'] }), step('b', { where: ['home'] }), step('c')],
            },
          ],
        },
      ],
    }
    expect(fitGuide(lone, { where: 'abroad' }).sections[0]?.items).toEqual([step('c')])
  })

  it('counts only what applies, a choice once, and a hidden tick comes back with its step', () => {
    const done = new Set(['settle', 'lookup', 'hall', 'do-port'])
    const count = (answers: Answers) => guideProgress(fitGuide(guide, answers), (id) => done.has(id))
    expect(count({})).toMatchObject({ done: 2, total: 3, nextId: 'ask' })
    expect(count({ where: 'abroad', plan: 'cancel' })).toMatchObject({ done: 1, total: 3, nextId: 'recall' })
    expect(count({ where: 'home', plan: 'cancel' })).toMatchObject({ done: 3, total: 3, nextId: null })
  })

  it('treats an answer it cannot read as 不确定, never as another answer', () => {
    expect(ids({ where: 'mars' })).toEqual(ids({}))
    expect(ids({ where: '' })).toEqual(ids({}))
    expect(ids({ toString: 'home', constructor: 'abroad' } as Answers)).toEqual(ids({}))
    expect(ids(Object.create({ where: 'home' }) as Answers)).toEqual(ids({}))
    expect(caseOf(guide, { where: 'mars', plan: 'port' })).toEqual(new Map([['plan', 'port']]))
  })

  it('sums up the answers in a few words, in question order, and knows when all are answered', () => {
    expect(caseSummary(guide, { plan: 'port', where: 'abroad' })).toEqual(['境外', '转网'])
    expect(caseSummary(guide, { plan: 'unsure' })).toEqual(['没想好'])
    expect(allAnswered(guide, { plan: 'unsure' })).toBe(false)
    expect(allAnswered(guide, { plan: 'unsure', where: 'home' })).toBe(true)
  })
})

describe('a person’s own steps in the guide', () => {
  const own = {
    'own-a': { section: 'before', title: '解绑银行', at: 1 },
    'own-b': { section: 'cancel', title: '拿回押金', at: 2 },
    'own-c': { section: 'gone', title: '旧节里的一步', at: 3 },
    'own-d': { section: 'before', title: '', at: 4 },
  }

  it('go at the end of their sections (a section no longer there: the last one); deleted ones are left out', () => {
    const mine = withOwnSteps(guide, own)
    expect(stepIds(mine)).toEqual([
      ...stepIds(guide).slice(0, 4),
      'own-a',
      'hotline',
      'online',
      'hall',
      'own-b',
      'code',
      'pac',
      'wait',
      'do-cancel',
      'do-port',
      'own-c',
    ])
    expect(guideProgress(mine, () => false).total).toBe(guideProgress(guide, () => false).total + 3)
  })

  it('hide and stop counting with their section', () => {
    expect(stepIds(fitGuide(withOwnSteps(guide, own), { plan: 'port' }))).not.toContain('own-b')
    expect(stepIds(fitGuide(withOwnSteps(guide, own), { plan: 'port' }))).toContain('own-a')
  })

  it('leave the guide as it is when there are none', () => {
    expect(withOwnSteps(guide, {})).toBe(guide)
  })
})

describe('a follow-up question (which operator) and the contacts it narrows', () => {
  const contact = (id: string, when: Record<string, string[]>) => ({
    id,
    operator: id,
    kind: 'hotline' as const,
    value: '10086',
    when,
    source: 'https://example.gov.cn/',
    checked: '2026-12-02',
  })
  // Each operator's contact is for its own answer and for people who have not said which.
  const contacts = [
    contact('mobile', { where: ['home', 'unsure'], operator: ['mobile', 'unsure'] }),
    contact('unicom', { where: ['home', 'unsure'], operator: ['unicom', 'unsure'] }),
    contact('abroad-line', { where: ['abroad', 'unsure'] }),
  ]
  const result = parseGuide(
    {
      id: 'g',
      title: '清单',
      summary: '简介。',
      questions: [
        { id: 'where', title: '哪里？', options: [option('home', '内地'), option('abroad', '境外'), option('unsure', '不确定在哪')] },
        {
          id: 'operator',
          title: '哪家？',
          askIf: { where: ['home'] },
          options: [option('mobile', '移动'), option('unicom', '联通'), option('unsure', '不确定哪家')],
        },
      ],
      sections: [
        {
          id: 'cancel',
          title: '注销',
          items: [
            { ...step('hotline'), actions: [{ contact: 'mobile' }, { contact: 'unicom' }, { contact: 'abroad-line' }] },
            step('hall', { operator: ['unicom', 'unsure'] }),
          ],
        },
      ],
      tips: [],
    },
    contacts,
  )
  if (!result.ok) throw new Error(result.problems.join('\n'))
  const guide = result.value
  const hotline = findStep(guide, 'hotline')!
  const shown = (answers: Answers) => stepActions(guide, hotline, contacts, answers).map((action) => action.contact.id)

  it('is asked only once the question it follows has its answer', () => {
    expect(askedQuestions(guide, {}).map((question) => question.id)).toEqual(['where'])
    expect(askedQuestions(guide, { where: 'abroad' }).map((question) => question.id)).toEqual(['where'])
    expect(askedQuestions(guide, { where: 'home' }).map((question) => question.id)).toEqual(['where', 'operator'])
    expect(allAnswered(guide, { where: 'home' })).toBe(false)
    expect(allAnswered(guide, { where: 'abroad' })).toBe(true)
  })

  it('counts as 不确定 while it is not asked: an answer kept from before neither narrows the guide nor shows in the summary', () => {
    const movedAbroad = { where: 'abroad', operator: 'mobile' }
    expect(stepIds(fitGuide(guide, movedAbroad))).toEqual(['hotline', 'hall'])
    expect(caseSummary(guide, movedAbroad)).toEqual(['境外'])
    expect(stepIds(fitGuide(guide, { where: 'home', operator: 'mobile' }))).toEqual(['hotline'])
    expect(caseSummary(guide, { where: 'home', operator: 'mobile' })).toEqual(['内地', '移动'])
  })

  it('leaves only the person’s operator’s contacts once they say which; every one while unanswered or 不确定', () => {
    expect(shown({})).toEqual(['mobile', 'unicom', 'abroad-line'])
    expect(shown({ where: 'home' })).toEqual(['mobile', 'unicom'])
    expect(shown({ where: 'home', operator: 'unsure' })).toEqual(['mobile', 'unicom'])
    expect(shown({ where: 'home', operator: 'unicom' })).toEqual(['unicom'])
    expect(shown({ where: 'abroad', operator: 'unicom' })).toEqual(['abroad-line'])
  })

  it('refuses a follow-up that names a question asked after it, or none', () => {
    const questions = guide.questions!
    const reordered = parseGuide({ ...guide, questions: [questions[1], questions[0]] })
    expect(!reordered.ok && reordered.problems[0]).toBe(
      'question "operator" (askIf): "when" names question "where", which this guide does not ask',
    )
  })
})

describe('the links an action opens', () => {
  const action = (kind: 'hotline' | 'sms' | 'website' | 'email', value: string, body?: string, nameAndId = false) => ({
    verb: ({ hotline: 'call', sms: 'text', website: 'open', email: 'mail' } as const)[kind],
    contact: { id: 'c', operator: '测试', kind, value, source: 'https://example.gov.cn/', checked: '2026-12-02' },
    body,
    nameAndId,
  })

  it('calls with tel:, writes with mailto:, opens the website itself', () => {
    expect(actionHref(action('hotline', '10086'))).toBe('tel:10086')
    expect(actionHref(action('email', 'cs@example.co.uk'))).toBe('mailto:cs@example.co.uk')
    expect(actionHref(action('website', 'https://www.example.co.uk'))).toBe('https://www.example.co.uk')
  })

  it('texts with the body after "?&", percent-encoded so a # does not end the link', () => {
    const port = action('sms', '10086', 'CXXZ', true)
    const message = messageOf(port, '张三', '11010519491231002X')
    expect(message).toBe('CXXZ#张三#11010519491231002X')
    expect(actionHref(port, message)).toBe('sms:10086?&body=CXXZ%23%E5%BC%A0%E4%B8%89%2311010519491231002X')
    expect(new URL(actionHref(port, message)).hash).toBe('')
    expect(actionHref(action('sms', '65075', 'PAC'), 'PAC')).toBe('sms:65075?&body=PAC')
  })
})
