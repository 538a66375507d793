import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guideProgress, stepIds } from '../../src/catalogue/guideProgress.ts'
import { catalogueInParts, isCatalogue, parseCatalogue, parseContacts, parseGuide, type Guide } from '../../src/catalogue/schema.ts'

const load = (lang: string): unknown => JSON.parse(readFileSync(resolve('public/catalogue', `${lang}.json`), 'utf8'))

const step = (id: string) => ({ id, title: `标题${id}`, detail: '说明。' })
const goodGuide = () => ({
  id: 'test-guide',
  title: '测试清单',
  summary: '简介。',
  sections: [
    { id: 'before', title: '之前', items: [step('a'), step('b')] },
    {
      id: 'cancel',
      title: '办理',
      note: '提示。',
      items: [{ kind: 'choice', id: 'way', title: '选一种', hint: '任选其一。', options: [step('x'), step('y')] }],
    },
  ],
  tips: [],
})

describe('catalogue schema', () => {
  it.each(['zh-Hans', 'zh-Hant'])('accepts the shipped %s catalogue, with at least two guides', (lang) => {
    const result = parseCatalogue(load(lang))
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.guides.map((guide) => guide.id)).toEqual(['physical-sim', 'esim'])
  })

  it('accepts a small well-formed guide', () => {
    expect(parseGuide(goodGuide()).ok).toBe(true)
  })

  it.each<[string, (guide: ReturnType<typeof goodGuide>) => unknown, RegExp]>([
    ['a missing title', (g) => ({ ...g, title: undefined }), /title/],
    [
      'an empty step title',
      (g) => ({ ...g, sections: [{ ...g.sections[0], items: [{ ...step('a'), title: '  ' }] }] }),
      /sections\.0\.items\.0\.title/,
    ],
    ['a duplicate step id', (g) => ({ ...g, sections: [{ ...g.sections[0], items: [step('a'), step('a')] }] }), /unique/],
    ['a step id kept for own steps', (g) => ({ ...g, sections: [{ ...g.sections[0], items: [step('own-a')] }] }), /own-/],
    [
      'a step id repeated in a choice',
      (g) => ({
        ...g,
        sections: [
          g.sections[0],
          { ...g.sections[1], items: [{ kind: 'choice', id: 'way', title: '选', hint: '选。', options: [step('a'), step('z')] }] },
        ],
      }),
      /unique/,
    ],
    [
      'a choice with one option',
      (g) => ({
        ...g,
        sections: [{ ...g.sections[1], items: [{ kind: 'choice', id: 'way', title: '选', hint: '选。', options: [step('x')] }] }],
      }),
      /at least two options/,
    ],
    ['an id with spaces', (g) => ({ ...g, id: 'my guide' }), /ids are lower-case/],
    ['an unknown field (a typo)', (g) => ({ ...g, titel: '错字' }), /titel/],
    ['a section with no steps', (g) => ({ ...g, sections: [{ id: 'empty', title: '空', items: [] }] }), /items/],
    ['a number where text belongs', (g) => ({ ...g, summary: 3 }), /summary/],
  ])('refuses %s with a readable problem', (_, breakGuide, problem) => {
    const result = parseGuide(breakGuide(goodGuide()))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join('\n')).toMatch(problem)
  })

  it.each([null, 42, [], 'text', {}, { lang: 'zh-Hans', guides: [] }, { lang: 'en', guides: [goodGuide()] }])(
    'refuses %j as a catalogue',
    (input) => {
      expect(parseCatalogue(input).ok).toBe(false)
    },
  )

  it('refuses two guides with the same id', () => {
    expect(parseCatalogue({ lang: 'zh-Hans', ui: {}, contacts: [], guides: [goodGuide(), goodGuide()] })).toMatchObject({
      ok: false,
      problems: ['guide ids must be unique'],
    })
  })
})

describe('the browser’s check, one part at a time', () => {
  /** Counts the turns the page gets: one before each guide. */
  const checkInParts = async (input: unknown) => {
    let turns = 0
    const catalogue = await catalogueInParts(input, async () => void (turns += 1))
    return { catalogue, turns }
  }

  it.each(['zh-Hans', 'zh-Hant'])('reads the shipped %s catalogue, the page getting a turn before each guide', async (lang) => {
    const file = load(lang)
    const { catalogue, turns } = await checkInParts(file)
    expect(catalogue).toEqual(file)
    expect(turns).toBe(catalogue?.guides.length)
  })

  it('refuses what the whole check refuses: a damaged guide, the same guide twice, a damaged frame, no guides', async () => {
    const file = load('zh-Hans') as { guides: unknown[]; contacts: unknown[] }
    const damaged = [
      { ...file, guides: [file.guides[0], { ...goodGuide(), sections: [] }] },
      { ...file, guides: [file.guides[0], file.guides[0]] },
      { ...file, contacts: [{ id: 'x' }] },
      { ...file, guides: [] },
      { ...file, extra: true },
      null,
      'not a catalogue',
    ]
    for (const input of damaged) {
      expect(isCatalogue(input)).toBe(false)
      expect((await checkInParts(input)).catalogue).toBeNull()
    }
  })
})

describe('catalogue schema: official contacts and the actions that use them', () => {
  const contact = (change: Record<string, unknown> = {}) => ({
    id: 'test-hotline',
    operator: '测试运营商',
    kind: 'hotline',
    value: '10086',
    source: 'https://example.gov.cn/page',
    checked: '2026-12-02',
    ...change,
  })
  const withAction = (action: Record<string, unknown>) => ({
    ...goodGuide(),
    sections: [{ id: 'before', title: '之前', items: [{ ...step('a'), actions: [action] }] }],
  })

  it('accepts a contact with its source and the day it was checked, and a step that calls it', () => {
    expect(parseContacts([contact()]).ok).toBe(true)
    expect(parseGuide(withAction({ contact: 'test-hotline' }), [contact() as never]).ok).toBe(true)
  })

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no source', { source: undefined }, /source/],
    ['no day it was checked', { checked: undefined }, /checked/],
    ['a source that is not a web page', { source: '官网' }, /"source" must be the address of the page it was checked on/],
    ['a day that is not a day', { checked: '2026-02-30' }, /not a real day/],
    ['a day in another form', { checked: '2.12.2026' }, /YYYY-MM-DD/],
    ['a hotline that is not digits', { value: '100-86' }, /is not a hotline/],
    ['a website that is not https', { kind: 'website', value: 'http://example.com' }, /is not a website/],
    ['an unknown kind', { kind: 'fax' }, /kind/],
  ])('refuses a contact with %s', (_, change, problem) => {
    const result = parseContacts([contact(change)])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join('\n')).toMatch(problem)
  })

  it('refuses the same contact id twice', () => {
    const result = parseContacts([contact(), contact()])
    expect(!result.ok && result.problems).toEqual(['contact "test-hotline" is listed twice'])
  })

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['names an unknown contact', { contact: 'nobody' }, /names contact "nobody", which catalogue\/contacts.json does not have/],
    ['gives a hotline a message', { contact: 'test-hotline', body: 'PAC' }, /needs a "body", and only a text has one/],
    ['sends a message in lower case', { contact: 'test-hotline', body: 'pac' }, /code in capitals/],
  ])('refuses an action that %s', (_, action, problem) => {
    const result = parseGuide(withAction(action), [contact() as never])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join('\n')).toMatch(problem)
  })

  it('refuses a text without its message, and a contact whose "when" names a question the guide does not ask', () => {
    const sms = contact({ id: 'test-sms', kind: 'sms', when: { operator: ['a'] } })
    const result = parseGuide(withAction({ contact: 'test-sms' }), [sms as never])
    expect(!result.ok && result.problems).toEqual([
      'contact "test-sms" (used by step "a"): "when" names question "operator", which this guide does not ask',
      'step "a": a text to "test-sms" needs a "body", and only a text has one',
    ])
  })

  it('refuses a catalogue whose contacts lack a source, with a readable problem', () => {
    const catalogue = load('zh-Hans') as { contacts: Record<string, unknown>[] }
    const broken = {
      ...catalogue,
      contacts: catalogue.contacts.map((contact) => Object.fromEntries(Object.entries(contact).filter(([key]) => key !== 'source'))),
    }
    const result = parseCatalogue(broken)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]).toMatch(/^contacts\.0\.source: .*"source"/)
  })
})

describe('catalogue schema: questions and "when"', () => {
  const question = (id: string, ...options: string[]) => ({
    id,
    title: `问题${id}`,
    options: options.map((option) => ({ id: option, title: option, short: option })),
  })
  const withQuestions = (when: Record<string, string[]>, questions: unknown[] = [question('where', 'mainland', 'uk', 'unsure')]) => {
    const g = goodGuide()
    return { ...g, questions, sections: [{ ...g.sections[0], items: [{ ...step('a'), when }, step('b')] }, g.sections[1]] }
  }

  it('accepts questions, and "when" on a section, a step, a choice and a choice option, 不确定 among its answers', () => {
    const g = goodGuide()
    const guide = {
      ...g,
      questions: [question('where', 'mainland', 'uk', 'unsure'), question('keep', 'cancel', 'port', 'unsure')],
      sections: [
        { ...g.sections[0], when: { keep: ['cancel'] }, items: [{ ...step('a'), when: { where: ['uk', 'unsure'] } }, step('b')] },
        {
          ...g.sections[1],
          items: [
            {
              kind: 'choice',
              id: 'way',
              title: '选',
              hint: '选。',
              when: { keep: ['cancel'] },
              options: [{ ...step('x'), when: { where: ['mainland', 'uk'] } }, step('y')],
            },
          ],
        },
      ],
    }
    expect(parseGuide(guide)).toMatchObject({ ok: true })
  })

  it.each<[string, unknown, RegExp]>([
    [
      'a "when" naming a question the guide does not ask',
      withQuestions({ wher: ['uk'] }),
      /step "a": "when" names question "wher", which this guide does not ask/,
    ],
    [
      'a "when" naming an answer the question does not have',
      withQuestions({ where: ['mainlnd'] }),
      /step "a": "when" names "mainlnd", which is not an answer to "where"/,
    ],
    [
      'a "when" listing every answer (it narrows nothing)',
      withQuestions({ where: ['mainland', 'uk', 'unsure'] }),
      /step "a": "when" lists every answer to "where"; leave "where" out instead/,
    ],
    ['a "when" listing an answer twice', withQuestions({ where: ['uk', 'uk'] }), /lists an answer to "where" twice/],
    ['a "when" with no options', withQuestions({ where: [] }), /at least one option/],
    [
      'a question without 不确定',
      withQuestions({ where: ['uk'] }, [question('where', 'mainland', 'uk')]),
      /question "where" needs an option "unsure"/,
    ],
    [
      'a question with one real answer',
      withQuestions({ where: ['uk'] }, [question('where', 'uk', 'unsure')]),
      /at least two answers besides "unsure"/,
    ],
    [
      'a question asked twice',
      withQuestions({ where: ['uk'] }, [question('where', 'mainland', 'uk', 'unsure'), question('where', 'a', 'b', 'unsure')]),
      /asked twice/,
    ],
    ['an option id twice', withQuestions({ where: ['uk'] }, [question('where', 'uk', 'uk', 'unsure')]), /option id twice/],
    [
      'an option without its short text',
      withQuestions({}, [{ id: 'where', title: '哪里', options: [{ id: 'uk', title: '英国' }] }]),
      /short/,
    ],
  ])('refuses %s with a readable problem', (_, guide, problem) => {
    const result = parseGuide(guide)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join('\n')).toMatch(problem)
  })

  it('refuses a catalogue whose guide has a bad "when", as the generator does', () => {
    expect(parseCatalogue({ lang: 'zh-Hans', ui: {}, guides: [withQuestions({ where: ['mars'] })] }).ok).toBe(false)
  })
})

describe('guide progress', () => {
  const guide = parseGuide(goodGuide())
  if (!guide.ok) throw new Error('fixture guide is invalid')
  const g: Guide = guide.value
  const count = (done: string[]) => guideProgress(g, (id) => done.includes(id))

  it('counts a step once and a choice once', () => {
    expect(count([])).toEqual({ done: 0, total: 3, nextId: 'a' })
    expect(count(['a', 'x'])).toEqual({ done: 2, total: 3, nextId: 'b' })
    expect(count(['a', 'b', 'x', 'y'])).toEqual({ done: 3, total: 3, nextId: null })
  })

  it('points at an unfinished choice as the next item', () => {
    expect(count(['a', 'b']).nextId).toBe('way')
  })

  it('ignores marks for steps the guide no longer has', () => {
    expect(count(['a', 'removed-step', 'another'])).toEqual({ done: 1, total: 3, nextId: 'b' })
  })

  it('lists every tickable id', () => {
    expect(stepIds(g)).toEqual(['a', 'b', 'x', 'y'])
  })
})
