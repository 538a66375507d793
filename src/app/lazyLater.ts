import { lazy, type ComponentType } from 'react'

type Later = typeof import('./later.ts')
type LaterComponent = { [Name in keyof Later]: Later[Name] extends ComponentType<never> ? Name : never }[keyof Later & string]

/** Everything in later.ts; functions there are reached through this. */
export const loadLater = () => import('./later.ts')

/** A component from later.ts, loaded (with everything else there) the first time one is shown. */
export function lazyLater<Name extends LaterComponent>(name: Name) {
  return lazy(() => loadLater().then((later) => ({ default: later[name] })))
}
