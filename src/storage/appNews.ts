import { readValue, writeValue } from './deviceStorage.ts'
import { APP_VERSION_KEY, OFFLINE_READY_SAID_KEY } from './keys.ts'

/**
 * What the app has already said about itself on this device. Only a nicety:
 * blocked storage reads as "not said yet", and anything but what we write
 * (another value, junk) reads the same.
 */
const SAID = 'yes'

/** Whether "可以离线使用了" was said here before. */
export const offlineReadySaid = (): boolean => readValue(OFFLINE_READY_SAID_KEY) === SAID

export const recordOfflineReadySaid = () => void writeValue(OFFLINE_READY_SAID_KEY, SAID)

/** The version this device last ran, as written (a caller checks it before trusting it), or null. */
export const lastRunVersion = (): string | null => readValue(APP_VERSION_KEY)

export const recordRunVersion = (version: string) => void writeValue(APP_VERSION_KEY, version)
