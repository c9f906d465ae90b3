import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The site package's root (site/). */
export const SITE_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The recorded CMS fixture. */
export const FIXTURE_DIR = path.join(SITE_ROOT, 'test/fixtures/cms')

export interface BuildSiteOptions {
  fixtureDir: string
  outDir: string
  /**
   * Astro's cache (content store, encoded images). Builds that share one reuse the encoded photos;
   * a cache of its own keeps a test build away from the developer's `node_modules/.astro`.
   */
  cacheDir: string
  siteUrl?: string
  env?: Record<string, string>
}

/**
 * Builds the portal from a fixture in a child process (Astro's own Vite must not run inside
 * Vitest's), as `astro build` would, but with the output and cache directories given here.
 * Rejects with the build log when the build fails.
 */
export function buildSite(o: BuildSiteOptions): Promise<{ outDir: string; log: string }> {
  mkdirSync(o.cacheDir, { recursive: true })
  const script = `const { build } = await import('astro'); await build({ root: ${JSON.stringify(SITE_ROOT)}, outDir: ${JSON.stringify(o.outDir)}, cacheDir: ${JSON.stringify(o.cacheDir)} })`
  // SITE_CACHE_DIR: where the pages read the article bodies the loader stored in the cache.
  const env = { ...process.env, FIXTURE: o.fixtureDir, SITE_URL: o.siteUrl ?? 'https://thidua.example.gov.vn', SITE_CACHE_DIR: o.cacheDir, WEBSUB_HUB_URL: '', ...o.env }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: SITE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    child.on('error', reject)
    child.on('close', (code) => {
      writeFileSync(path.join(o.cacheDir, 'last-build.log'), log)
      if (code === 0) resolve({ outDir: o.outDir, log })
      else reject(new Error(`Site build from ${o.fixtureDir} failed (exit ${code}):\n${log.slice(-4000)}`))
    })
  })
}
