import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allAnswered, caseSummary, fitGuide, withOwnSteps, type Answers } from '../../src/catalogue/fitToCase.ts'
import { guideProgress, stepIds } from '../../src/catalogue/guideProgress.ts'
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
  const combinations = (g: Guide): Answers[] =>
    (g.questions ?? []).reduce<Answers[]>(
      (sofar, question) => sofar.flatMap((answers) => question.options.map((o) => ({ ...answers, [question.id]: o.id }))),
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
})
