/**
 * Build-time generator: Simplified sources in, Simplified and Traditional
 * (Taiwan and Hong Kong) JSON out. OpenCC (s2tw, s2hk) runs here only; its
 * dictionary never reaches the browser.
 *
 *   npm run traditional            write the generated files
 *   npm run traditional -- --check exit 1 if a generated file is stale
 *
 * Inputs:  catalogue/guides/*.json (one guide each, listed in file-name order)
 *          catalogue/contacts.json (official contacts the steps' actions use)
 *          catalogue/facts.json (where the guides' facts were checked; docs only)
 *          catalogue/cases.json (named cases; docs only)
 *          src/language/locales/zh-Hans.json (UI text)
 *          catalogue/taiwan-overrides.json, catalogue/hongkong-overrides.json
 *            (the words each Traditional reader writes, where OpenCC gives the mainland's)
 * Outputs: public/catalogue/zh-Hans.json, zh-Hant.json (Taiwan), zh-HK.json (Hong Kong)
 *            (each script's guides and UI strings: everything the app says,
 *            fetched at run time, so no text weighs on the JS bundle)
 *          src/language/locales/essential.json (the few UI strings needed
 *            when a catalogue cannot be loaded, in both scripts; bundled)
 *          docs/sources.md (every contact with the page it was checked on,
 *            and catalogue/facts.json's facts with theirs)
 *          docs/cases.md (each case in catalogue/cases.json, its whole path)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as OpenCC from 'opencc-js'
import { parseCatalogue, parseContacts, parseGuide, type Contact, type Guide } from '../src/catalogue/schema.ts'
import { casesPage, readCases } from './cases-page.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const path = (...parts: string[]) => join(root, ...parts)

/**
 * The Traditional scripts, each made from the Simplified source by OpenCC
 * (its standard character forms) and then our phrase table (its words):
 * Taiwan with s2tw, Hong Kong with s2hk.
 */
export const TRADITIONAL = {
  'zh-Hant': { convert: OpenCC.Converter({ from: 'cn', to: 'tw' }), table: 'catalogue/taiwan-overrides.json' },
  'zh-HK': { convert: OpenCC.Converter({ from: 'cn', to: 'hk' }), table: 'catalogue/hongkong-overrides.json' },
} as const
export type TraditionalLang = keyof typeof TRADITIONAL

type Overrides = Record<string, string>

export function readOverrides(lang: TraditionalLang = 'zh-Hant'): Overrides {
  const file = TRADITIONAL[lang].table
  const table: unknown = JSON.parse(readFileSync(path(file), 'utf8'))
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new Error(`${file} must be an object of "简体": "繁體" pairs`)
  }
  const entries = Object.entries(table).filter(([key]) => !key.startsWith('//'))
  for (const [simplified, traditional] of entries) {
    if (typeof traditional !== 'string') throw new Error(`override for "${simplified}" must be a string`)
  }
  return Object.fromEntries(entries) as Overrides
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Simplified → Traditional (the script's standard characters), then our
 * phrase table in one pass, longest phrase first: where entries overlap
 * ("营业厅" and a longer phrase containing it), the longer one wins, and
 * nothing is replaced twice.
 */
export function toTraditional(text: string, overrides: Overrides, lang: TraditionalLang = 'zh-Hant'): string {
  const { convert } = TRADITIONAL[lang]
  const converted = convert(text)
  const table = new Map(Object.entries(overrides).map(([simplified, traditional]) => [convert(simplified), traditional]))
  if (table.size === 0) return converted
  const phrases = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  return converted.replace(new RegExp(phrases.join('|'), 'g'), (phrase: string) => table.get(phrase) ?? phrase)
}

/**
 * Characters OpenCC changes that the script's readers write too: 台 (這台, 一台)
 * beside the standard 臺; in Hong Kong also 戶 說 閱 稅, the forms Hong Kong
 * people type and the government prints (住戶, 稅務局), where OpenCC's
 * Hong Kong variants give 户 説 閲 税.
 */
const ALSO_WRITTEN: Record<TraditionalLang, ReadonlySet<string>> = {
  'zh-Hant': new Set(['台']),
  'zh-HK': new Set(['台', '戶', '說', '閱', '稅']),
}

/** Characters in `text` that the script's OpenCC converter would still change: Simplified-only forms. */
export function simplifiedOnlyCharacters(text: string, lang: TraditionalLang = 'zh-Hant'): string[] {
  const { convert } = TRADITIONAL[lang]
  const found = new Set<string>()
  for (const char of text) {
    if (convert(char) !== char && !ALSO_WRITTEN[lang].has(char)) found.add(char)
  }
  return [...found]
}

/** Every string in a JSON value, converted; object keys are left alone. */
function convertStrings(value: unknown, convert: (text: string) => string): unknown {
  if (typeof value === 'string') return convert(value)
  if (Array.isArray(value)) return value.map((item) => convertStrings(item, convert))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertStrings(item, convert)]))
  }
  return value
}

interface ContactsFile {
  contacts?: unknown
  /** For docs/sources.md only: what each source page says, and what was left out and why. */
  sourceNotes?: Record<string, string>
  leftOut?: string[]
}

const readContactsFile = () => JSON.parse(readFileSync(path('catalogue/contacts.json'), 'utf8')) as ContactsFile

export function readContacts(): Contact[] {
  const file = 'catalogue/contacts.json'
  const { contacts } = readContactsFile()
  const result = parseContacts(contacts)
  if (!result.ok) {
    throw new Error(
      `${file} does not match the contact schema:\n  ${result.problems.join('\n  ')}\n` +
        'Every contact needs "source" (the official page it was checked on) and "checked" (that day, YYYY-MM-DD).',
    )
  }
  return result.value
}

/** A fact the guides state, with where it was checked (catalogue/facts.json, for docs/sources.md only). */
interface Fact {
  about: string
  steps: string[]
  kind: 'official' | 'news' | 'other'
  source: string
  says: string
  checked: string
}

/** catalogue/facts.json, checked: every field there, a real day, and step ids some guide has. */
export function readFacts(guides: readonly Guide[]): Fact[] {
  const file = 'catalogue/facts.json'
  const { facts } = JSON.parse(readFileSync(path(file), 'utf8')) as { facts?: unknown }
  if (!Array.isArray(facts)) throw new Error(`${file} needs a "facts" list`)
  const stepIdsOf = new Set(
    guides.flatMap((guide) =>
      guide.sections.flatMap((section) =>
        section.items.flatMap((item) => ('kind' in item ? [item.id, ...item.options.map((o) => o.id)] : [item.id])),
      ),
    ),
  )
  return facts.map((fact: Partial<Fact>, index) => {
    const where = `${file}, fact ${index + 1}`
    for (const key of ['about', 'source', 'says', 'checked'] as const) {
      if (typeof fact[key] !== 'string' || !fact[key]) throw new Error(`${where}: "${key}" must be filled in`)
    }
    if (!['official', 'news', 'other'].includes(fact.kind ?? '')) throw new Error(`${where}: "kind" is official, news or other`)
    if (!/^https?:\/\/\S+$/.test(fact.source!)) throw new Error(`${where}: "source" must be the address of the page`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fact.checked!)) throw new Error(`${where}: "checked" is the day, YYYY-MM-DD`)
    const unknown = (fact.steps ?? []).filter((stepId) => !stepIdsOf.has(stepId))
    if (!Array.isArray(fact.steps) || unknown.length > 0) throw new Error(`${where}: no guide has the step(s) ${unknown.join(', ')}`)
    return fact as Fact
  })
}

export function readGuides(contacts: readonly Contact[] = readContacts()): Guide[] {
  const dir = path('catalogue/guides')
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  return files.map((name) => {
    const file = join(dir, name)
    const result = parseGuide(JSON.parse(readFileSync(file, 'utf8')), contacts)
    if (!result.ok) {
      throw new Error(`${relative(root, file)} does not match the catalogue schema:\n  ${result.problems.join('\n  ')}`)
    }
    return result.value
  })
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** UI strings bundled with the app: what the screen says when a catalogue cannot load. */
export const ESSENTIAL_KEYS: Record<string, readonly string[]> = {
  app: ['name'],
  language: ['label'],
  catalogue: ['loading', 'errorTitle', 'errorBody', 'retry'],
  error: ['title', 'body', 'home', 'reload'],
}

function pick(ui: Record<string, unknown>, keys: Record<string, readonly string[]>) {
  return Object.fromEntries(
    Object.entries(keys).map(([section, names]) => {
      const strings = ui[section] as Record<string, unknown>
      return [section, Object.fromEntries(names.map((name) => [name, strings[name]]))]
    }),
  )
}

/** Every generated file, by path relative to the repo root, with its content. */
export function generate(): Map<string, string> {
  const contacts = readContacts()
  const guides = readGuides(contacts)
  const uiSimplified = JSON.parse(readFileSync(path('src/language/locales/zh-Hans.json'), 'utf8')) as Record<string, unknown>

  const simplified = { lang: 'zh-Hans', ui: uiSimplified, contacts, guides }
  const traditional = (Object.keys(TRADITIONAL) as TraditionalLang[]).map((lang) => {
    const overrides = readOverrides(lang)
    const convert = (text: string) => toTraditional(text, overrides, lang)
    return {
      lang,
      ui: convertStrings(uiSimplified, convert) as Record<string, unknown>,
      // The operator's name and the note are words; the number, address, source and day stay as they are.
      contacts: contacts.map((contact) => ({
        ...contact,
        ...(convertStrings({ operator: contact.operator, note: contact.note }, convert) as object),
      })),
      guides: convertStrings(guides, convert),
    }
  })
  const catalogues = [simplified, ...traditional]
  for (const catalogue of catalogues) {
    const result = parseCatalogue(catalogue)
    if (!result.ok) throw new Error(`generated ${catalogue.lang} catalogue is invalid:\n  ${result.problems.join('\n  ')}`)
  }

  return new Map([
    ...catalogues.map((catalogue): [string, string] => [`public/catalogue/${catalogue.lang}.json`, json(catalogue)]),
    [
      'src/language/locales/essential.json',
      json(Object.fromEntries(catalogues.map((catalogue) => [catalogue.lang, pick(catalogue.ui, ESSENTIAL_KEYS)]))),
    ],
    ['docs/sources.md', sourcesPage(contacts, guides, readContactsFile(), readFacts(guides))],
    ['docs/cases.md', casesPage(readCases(root, guides), guides, contacts)],
  ])
}

const KIND_NAMES: Record<Contact['kind'], string> = {
  hotline: 'hotline (call)',
  sms: 'SMS service number (text)',
  'short-code': 'short code (text)',
  website: 'official website',
  email: 'e-mail',
}

/** docs/sources.md: each contact, the steps that use it, and the page it was checked on. */
const FACT_KINDS = { official: 'official page', news: 'news report', other: 'reprint or forum (the guides say 一般)' }

function sourcesPage(
  contacts: readonly Contact[],
  guides: readonly Guide[],
  { sourceNotes = {}, leftOut = [] }: ContactsFile,
  facts: readonly Fact[],
): string {
  const usedBy = (contactId: string) =>
    guides.flatMap((guide) =>
      guide.sections.flatMap((section) =>
        section.items
          .flatMap((item) => ('kind' in item ? item.options : [item]))
          .filter((step) => step.actions?.some((action) => action.contact === contactId))
          .map((step) => `${guide.id}/${step.id}`),
      ),
    )
  const rows = contacts.map(
    (contact) =>
      `| ${contact.operator} | ${KIND_NAMES[contact.kind]} | \`${contact.value}\` | ${usedBy(contact.id).join(', ') || '(no step yet)'} | <${contact.source}> | ${contact.checked} |`,
  )
  return [
    '# Sources of the official contacts',
    '',
    'Generated by `npm run traditional` from `catalogue/contacts.json`: do not edit',
    'by hand. Every number, address and short code the app offers to call, text,',
    'open or write to is here, with the page it was checked on and the day. A',
    'contact goes in only with such a page; where none could be found, the step',
    "says in words where to look (the operator's official app or website).",
    '',
    '| operator | kind | value | used by | checked on | day |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## What each page says',
    '',
    ...[...new Set(contacts.map((contact) => contact.source))].map((source) => `- <${source}>: ${sourceNotes[source] ?? '(no note)'}`),
    '',
    '## Left out',
    '',
    ...leftOut.map((line) => `- ${line}`),
    '',
    '# Sources of the facts in the guides',
    '',
    'From `catalogue/facts.json`. Where only a reprint or a forum confirms a fact,',
    'the guides write it as 一般 and point to the operator.',
    '',
    ...facts.flatMap((fact) => [
      `- **${fact.about}** (${fact.steps.length > 0 ? fact.steps.join(', ') : 'a section note'})`,
      `  ${FACT_KINDS[fact.kind]}, checked ${fact.checked}: <${fact.source}>`,
      `  > ${fact.says}`,
    ]),
    '',
  ].join('\n')
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(path(file), 'utf8')
  } catch {
    return ''
  }
}

export function staleFiles(outputs = generate()): string[] {
  return [...outputs].filter(([file, content]) => readOrEmpty(file) !== content).map(([file]) => file)
}

function main(argv: string[]) {
  const outputs = generate()
  if (argv.includes('--check')) {
    const stale = staleFiles(outputs)
    if (stale.length > 0) {
      console.error(`Stale generated text (run npm run traditional):\n  ${stale.join('\n  ')}`)
      process.exit(1)
    }
    console.log('Generated Traditional text is up to date.')
    return
  }
  for (const [file, content] of outputs) {
    if (readOrEmpty(file) !== content) {
      writeFileSync(path(file), content)
      console.log(`wrote ${file}`)
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2))
}
