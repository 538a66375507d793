import { create, type StateCreator, type StoreMutatorIdentifier } from 'zustand'

/**
 * Makes one of the app's zustand stores: every store is made with this, in
 * place of zustand's `create`, for one reason.
 *
 * React's first render over markup drawn before it (the prerendered page,
 * taken over with hydrateRoot: src/boot/) reads each store's "server
 * snapshot", which zustand takes from the state the store was created with.
 * That markup was drawn from the state the app has when it starts (the
 * catalogue it fetched, the progress it read), and at build time from what
 * the prerender puts in the stores. So here a store's server snapshot is its
 * state now: `getInitialState` returns the current state.
 *
 *     export const useThing = createAppStore<ThingState>()((set) => ({ … }))
 */
export const createAppStore =
  <T>() =>
  <Mos extends [StoreMutatorIdentifier, unknown][] = []>(creator: StateCreator<T, [], Mos>) =>
    create<T>()<Mos>((set, get, api) => {
      const state = creator(set, get, api)
      api.getInitialState = api.getState
      return state
    })
