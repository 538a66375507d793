import { readValue, writeValue } from './deviceStorage.ts'
import { LANGUAGE_KEY } from './keys.ts'

/** The script the person last chose with 简体/繁體, or null (none yet, or storage blocked). Only a choice is kept, never a guess. */
export const savedLanguageChoice = (): string | null => readValue(LANGUAGE_KEY)

/** Remembers the person's choice; on blocked storage the switch still works for this visit. */
export const saveLanguageChoice = (lang: string) => void writeValue(LANGUAGE_KEY, lang)
