/**
 * Lighthouse for `npm run bench` only: it is not in package.json, so
 * `npm ci` (CI, a newcomer's first install) does not fetch its ~80 packages.
 * The first bench on a machine installs it beside the others (not saved to
 * package.json or the lock), at the version named here; later runs find it.
 */
import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

export const LIGHTHOUSE_VERSION = '13.5.0'

/** The few parts of Lighthouse's result the bench reads. */
export interface LighthouseResult {
  lhr: {
    audits: Record<string, { numericValue?: number; details?: unknown } | undefined>
    categories: Record<string, { score: number | null }>
  }
}
type Lighthouse = (url: string, flags: object, config?: object) => Promise<LighthouseResult | undefined>
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void | Promise<void> }>
  Launcher: { defaultFlags(): string[] }
}

const installed = () =>
  existsSync('node_modules/lighthouse/package.json') &&
  (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version === LIGHTHOUSE_VERSION

export async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; chromeLauncher: ChromeLauncher; version: string }> {
  if (!installed()) {
    console.log(`Installing Lighthouse ${LIGHTHOUSE_VERSION} for the bench (not saved to package.json)…`)
    execSync(`npm install --no-save --no-audit --no-fund lighthouse@${LIGHTHOUSE_VERSION}`, { stdio: 'inherit' })
  }
  // Names in variables: TypeScript does not look for these modules, which a plain install does not have.
  const lighthouseModule: string = 'lighthouse'
  const launcherModule: string = 'chrome-launcher'
  const { default: lighthouse } = (await import(lighthouseModule)) as { default: Lighthouse }
  const chromeLauncher = (await import(launcherModule)) as ChromeLauncher
  return { lighthouse, chromeLauncher, version: LIGHTHOUSE_VERSION }
}
