import { existsSync } from 'node:fs'
import { cmsBuilt } from './startBuiltCms.ts'

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Why a browser suite against the built admin cannot run here, or undefined when it can; the suite
 * says so once instead of failing (the test command builds the admin first; .ci/run installs Chromium).
 */
export function adminBrowserMissing(suite: string): string | undefined {
  const missing = !cmsBuilt()
    ? 'cms/.next is not built: run `npm run cms:build` (the test command builds it first)'
    : !existsSync(CHROMIUM)
      ? `no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`
      : undefined
  if (missing) console.warn(`[e2e] ${suite} suite skipped: ${missing}.`)
  return missing
}
