/**
 * Builds the portal (issue #4); the publisher (issue #6) calls this, or keeps buildServer.ts running
 * for its fast builds (issue #14).
 *
 *   node site/scripts/build.ts [--out DIR]                     full build
 *   node site/scripts/build.ts --fast --base LIVE --out DIR    one change, in seconds
 *   ... --fast --defer-shifted ...                             the same, list pages that only shifted left for the next build
 *
 * Env: CMS_URL (the CMS, read anonymously) or FIXTURE (a recorded fixture dir), SITE_URL (the
 * portal's public URL), OUT_DIR (same as --out), SITE_CACHE_DIR / SITE_BUILD_DIR (stable work dirs,
 * see README). Exits non-zero with a message saying what failed and what to do; a failed build
 * never touches --out or --base. What each mode does: siteBuild.ts.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { SITE_ROOT, buildSite, exitCodeOf, printBuildError } from './siteBuild.ts'
import { withNativeAllocatorEnv } from './nativeAllocator.ts'

const ASTRO = path.resolve(SITE_ROOT, '../node_modules/astro/bin/astro.mjs')

/** `astro build` in a child process, its output this one's. */
const spawnAstro = (env: Record<string, string>) => new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [ASTRO, 'build'], { cwd: SITE_ROOT, stdio: 'inherit', env: { ...withNativeAllocatorEnv(process.env), ...env } })
  child.on('exit', (code, signal) => resolve(exitCodeOf(code, signal)))
})

try {
  await buildSite(process.argv.slice(2), spawnAstro)
} catch (error) {
  printBuildError(error)
  process.exit(1)
}
