import { versionStatus } from './backupFile.ts'
import { PROGRESS_VERSION, upgradeProgress } from '../progress/migrations.ts'
import { mergeProgress, withoutFutureTimes } from '../progress/mergeProgress.ts'
import { paths } from '../config/paths.ts'
import { isTime } from '../ui/formatDate.ts'
import { own, withPlainText, type Person, type SavedProgress } from '../progress/savedProgress.ts'

/**
 * "在另一台设备继续": one person's progress carried in a link's fragment
 * (`/continue#<payload>`), which browsers never send to a server. The
 * payload is the person as JSON, deflated (CompressionStream, built into
 * browsers) and written in base64url, so it fits in a QR code.
 */
export const LINK_FORMAT = 'sim-cancel-checklist/person'
/** Far more than any real person's progress, far less than a browser's URL limit. */
export const MAX_PAYLOAD_CHARS = 16_000

export interface SharedPerson {
  personId: string
  person: Person
  sentAt: number
}

export type LinkProblem = 'empty' | 'damaged' | 'newer'

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const piped = (new Response(bytes).body as ReadableStream<Uint8Array<ArrayBuffer>>).pipeThrough(stream)
  return new Uint8Array(await new Response(piped).arrayBuffer())
}

const toBase64Url = (bytes: Uint8Array<ArrayBuffer>) =>
  btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')

const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0))

/** The payload for one person's progress. */
export async function encodePerson({ personId, person, sentAt }: SharedPerson): Promise<string> {
  const json = JSON.stringify({ format: LINK_FORMAT, version: PROGRESS_VERSION, sentAt, personId, person })
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')))
}

/** The whole link, on this site. */
export async function continueLink(origin: string, shared: SharedPerson): Promise<string> {
  return `${origin}${paths.continue}#${await encodePerson(shared)}`
}

/** A payload back to one person's progress, checked as strictly as saved data; never throws. */
export async function decodePerson(payload: string): Promise<{ ok: true; shared: SharedPerson } | { ok: false; problem: LinkProblem }> {
  if (!payload) return { ok: false, problem: 'empty' }
  let parsed: unknown
  try {
    if (payload.length > MAX_PAYLOAD_CHARS || !/^[\w-]+$/.test(payload)) throw new Error('not a payload')
    const bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'))
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { ok: false, problem: 'damaged' }
  }
  if (typeof parsed !== 'object' || parsed === null) return { ok: false, problem: 'damaged' }
  const { format, version, sentAt, personId, person } = parsed as Record<string, unknown>
  // Links were first made in version 2.
  const status = format === LINK_FORMAT ? versionStatus(version, 2) : 'damaged'
  if (status !== 'readable') return { ok: false, problem: status }
  if (!isTime(sentAt) || typeof personId !== 'string') return { ok: false, problem: 'damaged' }
  // Checked (and migrated) as saved progress holding just this person, standing in for "我" as well.
  const upgraded = upgradeProgress({ people: { me: person, [personId]: person }, currentPersonId: personId }, version as number)
  const checked = upgraded && own(upgraded.people, personId)
  return checked ? { ok: true, shared: { personId, person: withPlainText(checked), sentAt } } : { ok: false, problem: 'damaged' }
}

/**
 * The progress after taking in a link: the person's ticks and notes merged
 * step by step (the later change wins), and the person on screen. If they were
 * removed on this device, opening the link brings them back.
 */
export function progressAfterLink(current: SavedProgress, { personId, person }: SharedPerson, now: number): SavedProgress {
  const here = own(current.people, personId)
  const sent = withoutFutureTimes({ people: { [personId]: person }, currentPersonId: personId }, now).people[personId] ?? person
  const incoming = here?.removed ? { ...sent, at: Math.max(now, here.at + 1) } : sent
  const merged = mergeProgress(current, { people: { [personId]: incoming }, currentPersonId: personId })
  return { ...merged, currentPersonId: personId }
}
