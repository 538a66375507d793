export type KeepStatus = 'granted' | 'not-granted' | 'not-asked' | 'unsupported'

/** What the settings screen says: whether the browser agreed to keep our storage. */
export async function keepStatus(asked: boolean): Promise<KeepStatus> {
  if (typeof navigator.storage?.persisted !== 'function') return 'unsupported'
  try {
    if (await navigator.storage.persisted()) return 'granted'
  } catch {
    return 'unsupported'
  }
  return asked ? 'not-granted' : 'not-asked'
}
