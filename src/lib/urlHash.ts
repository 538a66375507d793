/**
 * The element id a URL's #… names, or null when there is none or it is not
 * a valid escape (#%, #%E0%A4%A, #%ZZ): a link typed or cut badly is opened
 * as if it had no #, never as an error.
 */
export function elementIdOfHash(hash: string): string | null {
  if (hash.length < 2) return null
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return null
  }
}
