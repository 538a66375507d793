import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allAnswered, askedQuestions, caseSummary, fitGuide, withOwnSteps, type Answers } from '../../src/catalogue/fitToCase.ts'
import { actionHref, messageOf, stepActions } from '../../src/catalogue/contacts.ts'
import { findStep, guideProgress, stepIds } from '../../src/catalogue/guideProgress.ts'
import { parseCatalogue, parseGuide, type Guide } from '../../src/catalogue/schema.ts'

const step = (id: string, when?: Record<string, string[]>) => ({ id, title: `标题${id}`, detail: '说明。', ...(when && { when }) })
const option = (id: string, short = id) => ({ id, title: id, short })
const parsed = parseGuide({
  id: 'g',
  title: '清单',
  summary: '简介。',
  questions: [
    { id: 'where', title: '哪里？', options: [option('home', '内地'), option('abroad', '境外'), option('unsure', '不确定在哪')] },
    { id: 'keep', title: '留号吗？', options: [option('cancel', '注销'), option('port', '转网'), option('unsure', '没想好')] },
  ],
  sections: [
    { id: 'before', title: '之前', items: [step('settle'), step('lookup', { where: ['home'] }), step('recall', { where: ['abroad'] })] },
    {
      id: 'cancel',
      title: '注销',
      when: { keep: ['cancel'] },
      items: [
        {
          kind: 'choice',
          id: 'way',
          title: '选一种',
          hint: '任选。',
          options: [step('hotline'), step('online'), step('hall', { where: ['home'] })],
        },
      ],
    },
    {
      id: 'port',
      title: '转网',
      when: { keep: ['port'] },
      items: [step('code', { where: ['home'] }), step('pac', { where: ['abroad'] }), step('wait')],
    },
  ],
  tips: [],
})
if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
const guide: Guide = parsed.value
const ids = (answers: Answers) => stepIds(fitGuide(guide, answers))

describe('fitting a guide to the person’s answers', () => {
  it('shows every step while nothing is answered, or everything is 不确定', () => {
    const all = ['settle', 'lookup', 'recall', 'hotline', 'online', 'hall', 'code', 'pac', 'wait']
    expect(ids({})).toEqual(all)
    expect(ids({ where: 'unsure', keep: 'unsure' })).toEqual(all)
    expect(fitGuide(guide, {})).toBe(guide)
  })

  it('keeps only the steps, options and sections that apply', () => {
    expect(ids({ where: 'home', keep: 'cancel' })).toEqual(['settle', 'lookup', 'hotline', 'online', 'hall'])
    expect(ids({ where: 'abroad', keep: 'port' })).toEqual(['settle', 'recall', 'pac', 'wait'])
    expect(ids({ keep: 'port' })).toEqual(['settle', 'lookup', 'recall', 'code', 'pac', 'wait'])
  })

  it('keeps a choice a choice while two options apply, and makes a lone option a plain step', () => {
    const cancelling = fitGuide(guide, { where: 'abroad', keep: 'cancel' })
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

  it('counts only what applies, and a hidden tick comes back with its step', () => {
    const done = new Set(['settle', 'lookup', 'hall'])
    const count = (answers: Answers) => guideProgress(fitGuide(guide, answers), (id) => done.has(id))
    expect(count({})).toMatchObject({ done: 3, total: 7 })
    expect(count({ where: 'abroad', keep: 'cancel' })).toMatchObject({ done: 1, total: 3, nextId: 'recall' })
    expect(count({ where: 'home', keep: 'cancel' })).toMatchObject({ done: 3, total: 3, nextId: null })
  })

  it('treats an answer it cannot read as no answer, so odd saved values only show more', () => {
    expect(ids({ where: 'mars' })).toEqual(ids({}))
    expect(ids({ where: '' })).toEqual(ids({}))
    expect(ids({ toString: 'home', constructor: 'abroad' } as Answers)).toEqual(ids({}))
    expect(ids(Object.create({ where: 'home' }) as Answers)).toEqual(ids({}))
  })

  it('sums up the answers in a few words, in question order, and knows when all are answered', () => {
    expect(caseSummary(guide, { keep: 'port', where: 'abroad' })).toEqual(['境外', '转网'])
    expect(caseSummary(guide, { keep: 'unsure' })).toEqual(['没想好'])
    expect(allAnswered(guide, { keep: 'unsure' })).toBe(false)
    expect(allAnswered(guide, { keep: 'unsure', where: 'home' })).toBe(true)
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
      ...stepIds(guide).slice(0, 3),
      'own-a',
      'hotline',
      'online',
      'hall',
      'own-b',
      'code',
      'pac',
      'wait',
      'own-c',
    ])
    expect(guideProgress(mine, () => false).total).toBe(guideProgress(guide, () => false).total + 3)
  })

  it('hide and stop counting with their section', () => {
    expect(stepIds(fitGuide(withOwnSteps(guide, own), { keep: 'port' }))).not.toContain('own-b')
    expect(stepIds(fitGuide(withOwnSteps(guide, own), { keep: 'port' }))).toContain('own-a')
  })

  it('leave the guide as it is when there are none', () => {
    expect(withOwnSteps(guide, {})).toBe(guide)
  })
})

describe('the shipped guides, fitted to every combination of answers', () => {
  const catalogue = parseCatalogue(JSON.parse(readFileSync(resolve('public/catalogue/zh-Hans.json'), 'utf8')))
  if (!catalogue.ok) throw new Error(catalogue.problems.join('\n'))
  /** Every way of answering: a follow-up varies only where it is asked (elsewhere its answer counts as none). */
  const combinations = (g: Guide): Answers[] =>
    (g.questions ?? []).reduce<Answers[]>(
      (sofar, question) =>
        sofar.flatMap((answers) =>
          askedQuestions(g, answers).includes(question) ? question.options.map((o) => ({ ...answers, [question.id]: o.id })) : [answers],
        ),
      [{}],
    )
  const text = (g: Guide) => JSON.stringify(g.sections)

  it.each(catalogue.value.guides.map((g) => [g.id, g] as const))(
    '%s: always leaves steps to do, and a way to cancel or to move the number',
    (_, g) => {
      expect(g.questions?.length).toBeGreaterThanOrEqual(3)
      for (const answers of combinations(g)) {
        const fitted = fitGuide(g, answers)
        expect(guideProgress(fitted, () => false).total, JSON.stringify(answers)).toBeGreaterThan(3)
        const sections = fitted.sections.map((section) => section.id)
        if (answers.keep !== 'port') expect(sections, JSON.stringify(answers)).toContain('cancel')
        if (answers.keep !== 'cancel') expect(sections, JSON.stringify(answers)).toContain('port')
      }
    },
  )

  it.each(catalogue.value.guides.map((g) => [g.id, g] as const))(
    '%s: a number from outside the mainland is never walked through mainland-only steps',
    (_, g) => {
      for (const where of ['uk', 'hk-tw', 'elsewhere']) {
        for (const keep of ['cancel', 'port']) {
          const fitted = text(fitGuide(g, { where, keep }))
          for (const mainlandOnly of ['一证通查', '服务密码', 'CXXZ', '携号转网'])
            expect(fitted, `${where} ${keep}`).not.toContain(mainlandOnly)
        }
      }
      expect(text(fitGuide(g, { where: 'mainland', keep: 'port' }))).not.toContain('PAC')
    },
  )

  it.each(catalogue.value.guides.map((g) => [g.id, g] as const))('%s: keeping the number never says to cancel it first', (_, g) => {
    const fitted = fitGuide(g, { where: 'uk', keep: 'port' })
    expect(stepIds(fitted)).not.toContain('channel-hotline')
    expect(stepIds(fitted)).toEqual(expect.arrayContaining(['pac-code', 'pac-give', 'port-wait']))
    expect(fitted.sections.map((section) => section.id)).not.toContain('after')
  })

  describe.each(catalogue.value.guides.map((g) => [g.id, g] as const))('%s: whose number it is', (_, g) => {
    const ids = (answers: Answers) => stepIds(fitGuide(g, answers))
    /** Every checkbox's title in the fitted guide: what the person is asked to do. */
    const titles = (answers: Answers) =>
      fitGuide(g, answers).sections.flatMap((section) =>
        section.items.flatMap((item) => ('kind' in item ? item.options : [item]).map((step) => step.title)),
      )

    it('for a family member: what the helper brings and what still needs the holder; not for one’s own number', () => {
      const family = ids({ holder: 'family', where: 'mainland', keep: 'cancel' })
      expect(family).toEqual(expect.arrayContaining(['family-documents', 'family-holder-steps']))
      expect(family).not.toContain('id-document')
      const own = ids({ holder: 'self', where: 'mainland', keep: 'cancel' })
      expect(own).toContain('id-document')
      expect(own).not.toEqual(expect.arrayContaining(['family-documents']))
    })

    it('for a relative who has died: the documents, the transfer, the lapse, the refund; nothing asks for their password or face', () => {
      const cancel = { holder: 'deceased', where: 'mainland', keep: 'cancel' }
      expect(ids(cancel)).toEqual(
        expect.arrayContaining(['deceased-documents', 'deceased-keep-reminder', 'deceased-lapse', 'channel-hall', 'refund']),
      )
      for (const answers of [cancel, { ...cancel, keep: 'port' }, { ...cancel, where: 'uk' }, { holder: 'deceased' }]) {
        expect(ids(answers)).not.toEqual(expect.arrayContaining(['service-password']))
        expect(ids(answers)).not.toContain('channel-online')
        expect(
          titles(answers).filter((title) => /密码|人脸|刷脸|PIN/.test(title)),
          JSON.stringify(answers),
        ).toEqual([])
      }
      expect(ids({ ...cancel, keep: 'port' })).toContain('deceased-transfer')
      expect(ids({ ...cancel, keep: 'port' })).not.toContain('port-check')
      expect(ids({ ...cancel, where: 'uk' })).toEqual(expect.arrayContaining(['uk-bereavement', 'deceased-ask']))
    })

    it('a UK card held abroad: texts need roaming, top-ups and saved cards off, bank codes to an app', () => {
      const abroad = ids({ holder: 'self', where: 'uk', 'uk-now': 'abroad', keep: 'cancel' })
      expect(abroad).toEqual(expect.arrayContaining(['uk-roaming', 'uk-auto-topup', 'uk-codes-to-app', 'use-credit']))
      expect(ids({ holder: 'self', where: 'uk', 'uk-now': 'in-uk', keep: 'cancel' })).not.toContain('uk-roaming')
      expect(ids({ where: 'mainland', keep: 'cancel' })).not.toEqual(expect.arrayContaining(['uk-auto-topup']))
    })

    it('Hong Kong and Taiwan as they work: a prepaid card kept in credit until a port; 退租 with two IDs; a penalty in a contract', () => {
      expect(ids({ where: 'hk-tw', 'hk-or-tw': 'hk', keep: 'port' })).toContain('hk-prepaid')
      expect(ids({ where: 'hk-tw', 'hk-or-tw': 'tw', keep: 'port' })).not.toContain('hk-prepaid')
      expect(ids({ where: 'hk-tw', 'hk-or-tw': 'tw', keep: 'cancel', contract: 'yes' })).toEqual(
        expect.arrayContaining(['tw-end-line', 'tw-early-end']),
      )
      expect(ids({ where: 'hk-tw', 'hk-or-tw': 'hk', keep: 'cancel', contract: 'yes' })).not.toEqual(
        expect.arrayContaining(['tw-end-line']),
      )
    })

    it('the accounts to move are a list to tick one by one', () => {
      expect(ids({ where: 'mainland', keep: 'cancel' })).toEqual(
        expect.arrayContaining([
          'unbind-wechat',
          'unbind-alipay',
          'unbind-banks',
          'unbind-12306',
          'unbind-apple-google',
          'unbind-email',
          'unbind-gov',
        ]),
      )
      expect(ids({ where: 'uk', keep: 'cancel' })).not.toEqual(expect.arrayContaining(['unbind-12306']))
    })

    it('porting a mainland number names the 120-day rule and the same local network', () => {
      const text = JSON.stringify(fitGuide(g, { holder: 'self', where: 'mainland', keep: 'port' }).sections)
      expect(text).toContain('入网满 120 天')
      expect(text).toContain('同一个本地网')
    })
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
  const contacts = [
    contact('mobile', { where: ['home'], operator: ['mobile'] }),
    contact('unicom', { where: ['home'], operator: ['unicom'] }),
    contact('abroad-line', { where: ['abroad'] }),
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
            step('hall', { operator: ['unicom'] }),
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

  it('counts as unanswered while it is not asked: an answer kept from before neither hides steps nor shows in the summary', () => {
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
