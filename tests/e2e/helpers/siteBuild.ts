import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const SITE_DIR = path.join(ROOT, 'site')
export const SITE_FIXTURE = path.join(SITE_DIR, 'test/fixtures/cms')

/**
 * Builds the portal from a fixture with the real build command (site/scripts/build.ts) into a new
 * directory; `name` keeps concurrent suites' work directories apart. Resolves to the output dir.
 */
export async function buildPortal(name: string, fixtureDir: string, siteUrl = 'http://127.0.0.1'): Promise<string> {
  const work = mkdtempSync(path.join(tmpdir(), `thidua-${name}-`))
  const out = path.join(work, 'release')
  await runSiteBuild({ name, fixtureDir, out, cacheDir: path.join(work, 'cache'), buildDir: path.join(SITE_DIR, `.cache/${name}-build`), env: { SITE_URL: siteUrl } })
  return out
}

/** Removes what buildPortal wrote (its output and cache), once the suite that served it is done. */
export function removePortal(out: string): void {
  const work = path.dirname(out)
  if (!path.basename(work).startsWith('thidua-')) throw new Error(`Not a directory buildPortal made: ${work}`)
  rmSync(work, { recursive: true, force: true })
}

/**
 * One run of the build command with the directories given: `args` adds options (`--fast`,
 * `--base <release>`), `env` settings. Resolves to the build's output; rejects with its end.
 */
export async function runSiteBuild(options: {
  name: string; fixtureDir: string; out: string; cacheDir: string; buildDir: string; args?: string[]; env?: Record<string, string>
}): Promise<string> {
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', options.out, ...(options.args ?? [])], {
    cwd: SITE_DIR,
    env: {
      ...process.env, FIXTURE: options.fixtureDir, SITE_URL: 'http://127.0.0.1', SITE_CACHE_DIR: options.cacheDir,
      SITE_BUILD_DIR: options.buildDir, WEBSUB_HUB_URL: '', ...options.env,
    },
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`Portal build for ${options.name} failed (exit ${code}):\n${log.slice(-3000)}`)
  return log
}
