import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { COLLECTIONS, GLOBALS, hasPublicReads, vietnamDay } from '@thidua/content-models'
import { createHttpSource } from '../src/loaders/httpSource.ts'
import { manifestPath } from '../src/loaders/requests.ts'

/** Settings of the build itself, not of what it shows: they never change a page. */
const PLUMBING = new Set(['SITE_BASE_DIR', 'SITE_BUILD_DIR', 'SITE_CACHE_DIR', 'SITE_FAST', 'SITE_ACCEPT_DROP'])

/** The environment the pages read (site URL, council name, CMS, hub), sorted. */
function settings(env: NodeJS.ProcessEnv): [string, string][] {
  return Object.entries(env)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .filter(([key]) => (/^SITE_/.test(key) && !PLUMBING.has(key)) || ['CMS_URL', 'FIXTURE', 'WEBSUB_HUB_URL'].includes(key))
    .sort(([a], [b]) => (a < b ? -1 : 1))
}

function hashDir(hash: ReturnType<typeof createHash>, root: string, rel = ''): void {
  for (const name of readdirSync(path.join(root, rel)).sort()) {
    const r = path.join(rel, name)
    if (statSync(path.join(root, r)).isDirectory()) hashDir(hash, root, r)
    else hash.update(`${r}\0`).update(readFileSync(path.join(root, r))).update('\0')
  }
}

/**
 * What the portal's pages are made of besides the templates (issue #14, point 1): the id and
 * updatedAt of every public document (each collection that has public reads, so a collection the
 * portal starts showing is covered), the public globals, the settings the pages read and the
 * calendar day in Vietnam ("upcoming" events). Two builds with the same signature and the same
 * template fingerprint produce the same release, so the second one can be a copy of the first.
 *
 * Taken before Astro syncs: a change landing while a build runs makes the next signature differ
 * from the recorded one, so it is never skipped. Null when it cannot be told (the CMS did not
 * answer, a partial build): the build then runs as usual and reports the real error.
 */
export async function sourceSignature(env: NodeJS.ProcessEnv = process.env, now = new Date()): Promise<string | null> {
  if (env.SITE_ONLY_PATHS) return null
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ day: vietnamDay(now).day, settings: settings(env) }))
  if (env.FIXTURE) {
    if (!existsSync(env.FIXTURE)) return null
    hashDir(hash, env.FIXTURE)
    return hash.digest('hex')
  }
  const source = createHttpSource(env.CMS_URL || 'http://127.0.0.1:3000', { timeoutMs: 30_000, retries: 1 })
  try {
    for (const collection of Object.values(COLLECTIONS).filter(hasPublicReads)) {
      const list = (await source.getJson(manifestPath(collection))) as { docs?: { id: unknown; updatedAt?: unknown }[]; totalDocs?: unknown }
      if (!Array.isArray(list?.docs)) return null
      hash.update(`${collection}\0${String(list.totalDocs)}\0`)
      for (const d of list.docs) hash.update(`${String(d.id)} ${String(d.updatedAt)}\n`)
    }
    for (const slug of Object.values(GLOBALS).filter(hasPublicReads)) {
      hash.update(`${slug}\0${JSON.stringify(await source.getJson(`/api/globals/${slug}?depth=0`))}\0`)
    }
  } catch {
    return null
  }
  return hash.digest('hex')
}
