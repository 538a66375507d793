import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCases } from '../../scripts/cases-page.ts'
import { stepActions } from '../../src/catalogue/contacts.ts'
import { askedQuestions, caseOf, fitGuide, type Answers } from '../../src/catalogue/fitToCase.ts'
import { guideProgress, stepIds } from '../../src/catalogue/guideProgress.ts'
import { isTextContact, parseCatalogue, type Guide, type Step } from '../../src/catalogue/schema.ts'

/**
 * The rules every path of the shipped guides keeps (docs/guides.md), held
 * over every way of answering the questions, and over the named cases of
 * catalogue/cases.json whose paths docs/cases.md shows.
 */
const catalogue = parseCatalogue(JSON.parse(readFileSync(resolve('public/catalogue/zh-Hans.json'), 'utf8')))
if (!catalogue.ok) throw new Error(catalogue.problems.join('\n'))
const { guides, contacts } = catalogue.value
const named = readCases(resolve('.'), guides)

/** Every way of answering: a follow-up varies only where it is asked (elsewhere it counts as 不确定). */
const combinations = (guide: Guide): Answers[] =>
  (guide.questions ?? []).reduce<Answers[]>(
    (sofar, question) =>
      sofar.flatMap((answers) =>
        askedQuestions(guide, answers).includes(question) ? question.options.map((o) => ({ ...answers, [question.id]: o.id })) : [answers],
      ),
    [{}],
  )

const steps = (guide: Guide): Step[] =>
  guide.sections.flatMap((section) => section.items.flatMap((item) => ('kind' in item ? item.options : [item])))
const sectionIds = (guide: Guide) => guide.sections.map((section) => section.id)
/** What the person is asked to do, in order: step and choice ids, each choice's options after it. */
const order = (guide: Guide) =>
  guide.sections.flatMap((section) =>
    section.items.flatMap((item) => ('kind' in item ? [item.id, ...item.options.map((o) => o.id)] : [item.id])),
  )

/** Steps that move the holder's accounts to another number: never for a holder who has died. */
const REBINDING = new Set([
  'unbind-wechat',
  'unbind-alipay',
  'unbind-banks',
  'uk-codes-to-app',
  'unbind-12306',
  'unbind-apple-google',
  'unbind-email',
  'unbind-gov',
  'unbind-others',
  'before-reissue',
  'hold-codes-to-app',
])
/** Steps of moving the number to another operator: never after a transfer (过户). */
const PORTING = new Set([
  'port-numbers',
  'port-check',
  'port-in-person',
  'port-wait',
  'port-code',
  'port-apply',
  'pac-code',
  'pac-give',
  'uk-to-uk-only',
  'hk-prepaid',
  'port-hk-tw',
  'port-tw',
  'port-elsewhere',
  'port-done',
  'port-delete-profile',
  'channel-stac',
])

for (const guide of guides) {
  const every = combinations(guide).map((answers) => ({ answers, fitted: fitGuide(guide, answers), theCase: caseOf(guide, answers) }))
  const where = (test: (theCase: ReadonlyMap<string, string>) => boolean) => every.filter(({ theCase }) => test(theCase))
  const is = (theCase: ReadonlyMap<string, string>, questionId: string, ...answers: string[]) =>
    answers.includes(theCase.get(questionId) ?? 'unsure')
  const label = (answers: Answers) => `${guide.id} ${JSON.stringify(answers)}`

  describe(`${guide.id}: every path`, () => {
    it(`is tried for every way of answering (${every.length} ways)`, () => {
      expect(every.length).toBeGreaterThan(1000)
    })

    it('with nothing answered: the questions, then only what every case shares, each way as one choice; well under 40', () => {
      const unanswered = fitGuide(guide, {})
      const { total } = guideProgress(unanswered, () => false)
      expect(total).toBeLessThan(20)
      expect(sectionIds(unanswered)).toContain('choose')
      for (const section of ['accounts', 'estate', 'cancel', 'port', 'transfer', 'hold', 'after'])
        expect(sectionIds(unanswered)).not.toContain(section)
      for (const { answers, fitted } of every) expect(guideProgress(fitted, () => false).total, label(answers)).toBeLessThan(40)
    })

    it('always leaves something to do, and for a chosen plan the section that does it', () => {
      for (const { answers, fitted, theCase } of every) {
        // A dead relative's number to move to another operator is first transferred: a short path that says so.
        if (is(theCase, 'plan', 'port') && is(theCase, 'holder', 'deceased'))
          expect(stepIds(fitted), label(answers)).toContain('deceased-port-first')
        else if (!is(theCase, 'plan', 'unsure')) expect(guideProgress(fitted, () => false).total, label(answers)).toBeGreaterThanOrEqual(3)
        const plan = theCase.get('plan') ?? 'unsure'
        const doing = {
          cancel: 'cancel',
          port: is(theCase, 'holder', 'deceased') ? 'before' : 'port',
          transfer: 'transfer',
          hold: 'hold',
          unsure: 'choose',
        }[plan]
        expect(sectionIds(fitted), label(answers)).toContain(doing)
      }
    })

    it('never asks to move a dead relative’s accounts to a new number; says how they are inherited instead', () => {
      for (const { answers, fitted, theCase } of where((c) => is(c, 'holder', 'deceased'))) {
        expect(
          stepIds(fitted).filter((id) => REBINDING.has(id)),
          label(answers),
        ).toEqual([])
        expect(
          steps(fitted)
            .filter((step) => /换绑到|改预留手机号|换成你正在用的号码/.test(step.title + step.detail))
            .map((s) => s.id),
          label(answers),
        ).toEqual([])
        expect(
          steps(fitted)
            .filter((step) => /密码|人脸|刷脸|PIN/.test(step.title))
            .map((s) => s.id),
          label(answers),
        ).toEqual([])
        if (!is(theCase, 'plan', 'port'))
          expect(stepIds(fitted), label(answers)).toEqual(expect.arrayContaining(['deceased-banks', 'deceased-platforms']))
      }
    })

    it('after a transfer (过户), nothing of porting: no PAC, no new operator, no waiting for a port', () => {
      for (const { answers, fitted } of where((c) => is(c, 'plan', 'transfer'))) {
        expect(
          stepIds(fitted).filter((id) => PORTING.has(id)),
          label(answers),
        ).toEqual([])
        expect(sectionIds(fitted), label(answers)).not.toContain('port')
        expect(stepIds(fitted), label(answers)).toEqual(expect.arrayContaining(['transfer-carries', 'transfer-done']))
      }
    })

    it('keeping the number alive never turns off what keeps it alive, and says how it stays active', () => {
      for (const { answers, fitted } of where((c) => is(c, 'plan', 'hold'))) {
        expect(stepIds(fitted), label(answers)).not.toContain('uk-auto-topup')
        expect(
          steps(fitted)
            .filter((step) => /关掉自动充值|别再充值|退订/.test(step.title + step.detail))
            .map((s) => s.id),
          label(answers),
        ).toEqual([])
        expect(stepIds(fitted), label(answers)).toContain('hold-check')
        expect(sectionIds(fitted), label(answers)).not.toEqual(expect.arrayContaining(['cancel', 'after', 'port']))
      }
    })

    it('a Taiwan line is ended one way only: at the operator’s own store', () => {
      for (const { answers, fitted, theCase } of where((c) => is(c, 'plan', 'cancel') && is(c, 'hk-or-tw', 'tw'))) {
        const ways = stepIds(fitted).filter((id) => id.startsWith('channel-') || id === 'family-holder-online' || id.endsWith('end-line'))
        expect(ways, label(answers)).toEqual([is(theCase, 'holder', 'deceased') ? 'tw-heir-end-line' : 'tw-end-line'])
        expect(stepIds(fitted), label(answers)).not.toContain('check-rules')
      }
    })

    it('from abroad, no short number: only numbers with a country code, the website or e-mail', () => {
      for (const { answers, fitted } of where((c) => is(c, 'now', 'abroad'))) {
        for (const step of steps(fitted)) {
          const phones = stepActions(guide, step, contacts, answers).filter(
            ({ contact }) => contact.kind === 'hotline' || isTextContact(contact),
          )
          expect(
            phones.filter(({ contact }) => !contact.value.startsWith('+')).map(({ contact }) => `${step.id}: ${contact.value}`),
            label(answers),
          ).toEqual([])
        }
      }
    })

    it('a step that says to call customer service first offers the number, for a mainland operator we list', () => {
      const listed = (c: ReadonlyMap<string, string>) =>
        is(c, 'where', 'mainland') && is(c, 'mainland-operator', 'china-mobile', 'china-unicom', 'china-telecom')
      let held = 0
      for (const { answers, fitted } of where(listed)) {
        for (const step of steps(fitted).filter((step) => /先打客服/.test(step.detail))) {
          const calls = stepActions(guide, step, contacts, answers).filter(({ contact }) => contact.kind === 'hotline')
          expect(calls.length, `${step.id} ${label(answers)}`).toBeGreaterThan(0)
          held++
        }
      }
      expect(held).toBeGreaterThan(0)
    })

    it('a mainland path that ends, moves or hands over the number says which documents to bring', () => {
      let held = 0
      for (const { answers, fitted } of where((c) => is(c, 'where', 'mainland') && is(c, 'plan', 'cancel', 'port', 'transfer'))) {
        const titles = steps(fitted).map((step) => step.title)
        // The deceased's port path is one step: transfer it first (that path then names the documents).
        if (titles.length > 0 && !stepIds(fitted).includes('deceased-port-first')) {
          expect(
            titles.filter((title) => /证件|身份证|死亡证明/.test(title)),
            label(answers),
          ).not.toEqual([])
          held++
        }
      }
      expect(held).toBeGreaterThan(0)
    })

    it('checks come before acts: whether a port can happen, and not cancelling before it is done', () => {
      for (const { answers, fitted } of where((c) => is(c, 'plan', 'port') && !is(c, 'holder', 'deceased'))) {
        const steps = order(fitted)
        const first = (ids: string[]) => Math.min(...ids.map((id) => steps.indexOf(id)).filter((index) => index >= 0))
        const acts = first([
          'port-code',
          'port-apply',
          'pac-code',
          'pac-give',
          'port-hk-tw',
          'port-tw',
          'port-elsewhere',
          'sim-card',
          'device',
          'id-document',
        ])
        for (const check of ['port-wait', 'port-check', 'port-numbers', 'uk-to-uk-only', 'uk-info', 'hk-prepaid']) {
          if (steps.includes(check)) expect(steps.indexOf(check), `${check} ${label(answers)}`).toBeLessThan(acts)
        }
        expect(steps, label(answers)).toContain('port-wait')
      }
    })

    it('asks what leaving costs (INFO) only with a contract, or when unsure of one', () => {
      for (const { answers, fitted, theCase } of every) {
        if (stepIds(fitted).includes('uk-info')) {
          expect(is(theCase, 'contract', 'yes', 'unsure') && is(theCase, 'pay', 'monthly', 'unsure'), label(answers)).toBe(true)
        }
      }
    })

    it('offers only ways that work: no hotline, app or password for a helper holding a paper authorisation; STAC only to someone in the UK', () => {
      for (const { answers, fitted } of where((c) => is(c, 'holder', 'family'))) {
        expect(
          stepIds(fitted).filter((id) => ['channel-hotline', 'channel-online', 'service-password', 'account-details'].includes(id)),
          label(answers),
        ).toEqual([])
      }
      for (const { answers, fitted, theCase } of every) {
        if (stepIds(fitted).includes('channel-stac'))
          expect(is(theCase, 'where', 'uk') && is(theCase, 'now', 'here', 'unsure'), label(answers)).toBe(true)
      }
    })

    it('a prepaid card has no bill to settle, no refund to chase and no bills to watch', () => {
      for (const { answers, fitted } of where((c) => is(c, 'pay', 'prepaid'))) {
        expect(
          stepIds(fitted).filter((id) => ['settle-bill', 'refund', 'watch-bills', 'contract', 'uk-info'].includes(id)),
          label(answers),
        ).toEqual([])
      }
    })

    it('a number from outside the mainland meets mainland procedures only in a sentence that says 内地', () => {
      for (const { answers, fitted } of where((c) => is(c, 'where', 'uk', 'hk-tw', 'elsewhere'))) {
        for (const step of steps(fitted)) {
          for (const sentence of `${step.title}。${step.detail}`.split(/[。；]/)) {
            if (/一证通查|服务密码|CXXZ|SQXZ|携号转网|12306/.test(sentence))
              expect(sentence, `${step.id} ${label(answers)}`).toMatch(/内地/)
          }
        }
      }
    })
  })
}

describe('the named cases (docs/cases.md)', () => {
  const path = (id: string) => {
    const found = named.find((candidate) => candidate.id === id)!
    const guide = guides.find((candidate) => candidate.id === found.guide)!
    return { guide, answers: found.answers, fitted: fitGuide(guide, found.answers) }
  }
  const ids = (id: string) => stepIds(path(id).fitted)
  const hrefs = (id: string) => {
    const { guide, answers, fitted } = path(id)
    return steps(fitted).flatMap((step) =>
      stepActions(guide, step, contacts, answers).map((action) => `${action.verb}:${action.contact.value}`),
    )
  }

  it('cover at least the twelve cases people tried, and each has a path', () => {
    expect(named.length).toBeGreaterThanOrEqual(13)
    for (const { id } of named) expect(ids(id).length, id).toBeGreaterThan(3)
  })

  it('a relative who has died (mainland): no rebinding, the inheritance steps, and the documents', () => {
    expect(ids('mainland-deceased-cancel')).toEqual(
      expect.arrayContaining(['deceased-documents', 'deceased-banks', 'deceased-autopay', 'channel-hall']),
    )
    expect(ids('mainland-deceased-transfer')).toEqual(expect.arrayContaining(['deceased-transfer', 'transfer-done']))
  })

  it('a Lycamobile card kept alive from China: top-ups kept on, roaming, codes to an app, no short numbers', () => {
    expect(ids('uk-lyca-hold-in-china')).toEqual(expect.arrayContaining(['uk-lyca-keep', 'hold-roaming', 'hold-codes-to-app']))
    expect(ids('uk-lyca-hold-in-china')).not.toContain('uk-auto-topup')
    expect(hrefs('uk-lyca-hold-in-china')).toEqual(expect.arrayContaining(['mail:cs@lycamobile.co.uk']))
    expect(hrefs('uk-lyca-hold-in-china').filter((href) => href.startsWith('call:') || href.startsWith('text:'))).toEqual([])
  })

  it('a China Mobile number from abroad calls +86 13800100186, never 10086', () => {
    expect(hrefs('mainland-cancel-abroad')).toContain('call:+8613800100186')
    expect(hrefs('mainland-cancel-abroad')).not.toContain('call:10086')
    expect(hrefs('mainland-cancel')).toContain('call:10086')
  })

  it('a UK number moved with a PAC: INFO first, then PAC to a UK operator; a Hong Kong prepaid card kept: its validity', () => {
    expect(ids('uk-port-pac')).toEqual(expect.arrayContaining(['uk-info', 'uk-to-uk-only', 'pac-code', 'pac-give']))
    expect(ids('hk-prepaid-hold')).toEqual(expect.arrayContaining(['hk-prepaid-validity', 'hold-roaming']))
  })
})
