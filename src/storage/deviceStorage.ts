/**
 * The browser's localStorage, named in this one module. It can throw on
 * access (blocked storage, some private modes): `deviceStorage` lets the
 * caller decide what that means; `readValue` and `writeValue` are for the
 * small things whose loss is only a nicety.
 */
export const deviceStorage = (): Storage => window.localStorage

/** The value under `key`, or null when there is none or storage is blocked. */
export function readValue(key: string): string | null {
  try {
    return deviceStorage().getItem(key)
  } catch {
    return null
  }
}

/** Keeps `value` under `key`; false when storage is blocked or full. */
export function writeValue(key: string, value: string): boolean {
  try {
    deviceStorage().setItem(key, value)
    return true
  } catch {
    return false
  }
}

/** Removes `key`; false when storage is blocked. */
export function removeValue(key: string): boolean {
  try {
    deviceStorage().removeItem(key)
    return true
  } catch {
    return false
  }
}
