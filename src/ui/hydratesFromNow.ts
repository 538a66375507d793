import type { StateCreator, StoreMutatorIdentifier } from 'zustand'

/**
 * Wraps a store's creator (as zustand's middlewares do) so that React's first
 * render over the page's markup (hydrateRoot) reads the state as it is now.
 *
 * For that render, zustand hands React the store's very first state (React's
 * "server snapshot"). But the markup it takes over was drawn from the state the
 * app starts with: the catalogue it has fetched, the progress it has read. So
 * the snapshot is the current state, here, at build time (src/page/prerender.tsx
 * sets the stores before it renders) and in the browser alike.
 */
export const hydratesFromNow =
  <T, Mos extends [StoreMutatorIdentifier, unknown][] = []>(creator: StateCreator<T, [], Mos>): StateCreator<T, [], Mos> =>
  (set, get, api) => {
    const state = creator(set, get, api)
    api.getInitialState = api.getState
    return state
  }
