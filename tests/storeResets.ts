import type { create as Create, StateCreator } from 'zustand'

/**
 * Every zustand store the app makes, remembered with its initial state, so
 * that each test starts from fresh stores without anyone resetting them by
 * hand (the pattern of zustand's testing guide). tests/setup.ts mocks
 * 'zustand' so that its `create` goes through `remembering`.
 */
const resets = new Set<() => void>()

export function remembering(create: typeof Create): typeof Create {
  const createAndRemember = <T>(initializer: StateCreator<T, [], []>) => {
    const store = create<T>()(initializer)
    const initial = store.getInitialState()
    resets.add(() => store.setState(initial, true))
    return store
  }
  return (<T>(initializer?: StateCreator<T, [], []>) => (initializer ? createAndRemember(initializer) : createAndRemember)) as typeof Create
}

/** Every store back to its initial state, as on a new page load. */
export function resetAllStores() {
  for (const reset of resets) reset()
}
