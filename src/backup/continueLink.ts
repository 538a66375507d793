import { MAX_BACKUP_BYTES, MAX_NESTING, versionStatus } from './backupFile.ts'
import { parseBoundedJson } from '../lib/boundedJson.ts'
import { PROGRESS_VERSION, upgradeProgress } from '../progress/migrations.ts'
import { mergeProgress, withoutFutureTimes } from '../progress/mergeProgress.ts'
import { paths } from '../config/paths.ts'
import { isTime } from '../lib/formatDate.ts'
import { ownEntry, withPlainText, type Person, type SavedProgress } from '../progress/savedProgress.ts'

/**
 * "在另一台设备继续": one person's progress carried in a link's fragment
 * (`/continue#<payload>`), which browsers never send to a server. The
 * payload is the person as JSON, deflated (CompressionStream, built into
 * browsers) and written in base64url, so it fits in a QR code.
 */
export const LINK_FORMAT = 'sim-cancel-checklist/person'
/** Far more than any real person's progress, far less than a browser's URL limit. */
export const MAX_PAYLOAD_CHARS = 16_000
/**
 * The most a payload may inflate to: as much as a whole backup file may hold
 * (one person's progress is a few KB). Inflating stops here, so a small
 * payload that would inflate to megabytes costs no more than this.
 */
export const MAX_LINK_JSON_BYTES = MAX_BACKUP_BYTES

export interface SharedPerson {
  personId: string
  person: Person
  sentAt: number
}

/**
 * Why a link was not taken in: it holds nothing, it could not be decoded
 * (cut short, mistyped, or inflating past the limits), it comes from a newer
 * app, or it decoded but holds what the app does not accept (`rejected`).
 */
export type LinkProblem = 'empty' | 'damaged' | 'rejected' | 'newer'

const streamOf = (bytes: Uint8Array<ArrayBuffer>) => new Response(bytes).body as ReadableStream<Uint8Array<ArrayBuffer>>

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer())
}

/** The inflated bytes, read chunk by chunk; null (and inflating stopped) once they pass `limit`. */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.length
    if (length > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(read.value)
  }
  const whole = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    whole.set(chunk, at)
    at += chunk.length
  }
  return whole
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
  return toBase64Url(await deflate(new TextEncoder().encode(json)))
}

/** The whole link, on this site. */
export async function continueLink(origin: string, shared: SharedPerson): Promise<string> {
  return `${origin}${paths.continue}#${await encodePerson(shared)}`
}

type Decoded = { ok: true; shared: SharedPerson } | { ok: false; problem: LinkProblem }

/** The JSON a payload holds, or why it could not be decoded. */
async function jsonIn(payload: string): Promise<{ ok: true; value: unknown } | { ok: false }> {
  if (payload.length > MAX_PAYLOAD_CHARS || !/^[\w-]+$/.test(payload)) return { ok: false }
  try {
    const bytes = await inflate(fromBase64Url(payload), MAX_LINK_JSON_BYTES)
    if (!bytes) return { ok: false }
    return parseBoundedJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes), {
      maxChars: MAX_LINK_JSON_BYTES,
      maxDepth: MAX_NESTING,
    })
  } catch {
    // Not base64, not deflate, not UTF-8.
    return { ok: false }
  }
}

/** What a decoded link holds, checked as strictly as saved data. */
function personIn(parsed: unknown): Decoded {
  if (typeof parsed !== 'object' || parsed === null) return { ok: false, problem: 'rejected' }
  const { format, version, sentAt, personId, person } = parsed as Record<string, unknown>
  // Links were first made in version 2.
  const status = format === LINK_FORMAT ? versionStatus(version, 2) : 'rejected'
  if (status !== 'readable') return { ok: false, problem: status }
  if (!isTime(sentAt) || typeof personId !== 'string') return { ok: false, problem: 'rejected' }
  // Checked (and migrated) as saved progress holding just this person, standing in for "我" as well.
  const upgraded = upgradeProgress({ people: { me: person, [personId]: person }, currentPersonId: personId }, version as number)
  const checked = upgraded && ownEntry(upgraded.people, personId)
  return checked ? { ok: true, shared: { personId, person: withPlainText(checked), sentAt } } : { ok: false, problem: 'rejected' }
}

/** A payload back to one person's progress; never throws (a problem is always one the screen can put in words). */
export async function decodePerson(payload: string): Promise<Decoded> {
  if (!payload) return { ok: false, problem: 'empty' }
  const json = await jsonIn(payload)
  if (!json.ok) return { ok: false, problem: 'damaged' }
  try {
    return personIn(json.value)
  } catch {
    // Nothing in personIn should throw on parsed JSON; if it ever does, the person is told, not left with a silent screen.
    return { ok: false, problem: 'rejected' }
  }
}

/**
 * The progress after taking in a link: the person's ticks and notes merged
 * step by step (the later change wins), and the person on screen. If they were
 * removed on this device, opening the link brings them back.
 */
export function progressAfterLink(current: SavedProgress, { personId, person }: SharedPerson, now: number): SavedProgress {
  const here = ownEntry(current.people, personId)
  const sent = withoutFutureTimes({ people: { [personId]: person }, currentPersonId: personId }, now).people[personId] ?? person
  const incoming = here?.removed ? { ...sent, at: Math.max(now, here.at + 1) } : sent
  const merged = mergeProgress(current, { people: { [personId]: incoming }, currentPersonId: personId })
  return { ...merged, currentPersonId: personId }
}
