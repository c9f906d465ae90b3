import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
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
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: SITE_DIR,
    env: {
      ...process.env, FIXTURE: fixtureDir, SITE_URL: siteUrl, SITE_CACHE_DIR: path.join(work, 'cache'),
      SITE_BUILD_DIR: path.join(SITE_DIR, `.cache/${name}-build`), WEBSUB_HUB_URL: '',
    },
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`Portal build for ${name} failed (exit ${code}):\n${log.slice(-3000)}`)
  return out
}
