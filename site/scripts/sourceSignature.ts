import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { COLLECTIONS, GLOBALS, hasPublicReads, vietnamDay } from '@thidua/content-models'
import { cmsBase, cmsRequestUrl, createHttpSource } from '../src/loaders/httpSource.ts'
import { globalPath, manifestPath } from '../src/loaders/requests.ts'
import { globalRecord, readSyncRecord, type SyncedDocs } from '../src/loaders/syncRecord.ts'
import { hashTree } from './fingerprint.ts'

/**
 * What the portal's pages are made of besides the templates (issue #14, point 1): the id and
 * updatedAt of every public document (each collection that has public reads, so a collection the
 * portal starts showing is covered), the public globals, the settings the pages read and the
 * calendar day in Vietnam ("upcoming" events). Two builds with the same signature and the same
 * template fingerprint produce the same release, so the second one can be a copy of the first.
 *
 * A build takes it from the CMS before Astro starts (`takeSource`) and compares it with the one its
 * base release recorded. It records the signature of what its loaders actually stored
 * (`recordedSignature`), not of what it asked before: a story published and deleted again while it
 * ran may be in the release, and the next build must then not take the release as current.
 */
const PUBLIC_COLLECTIONS = Object.values(COLLECTIONS).filter(hasPublicReads)
const PUBLIC_GLOBALS = Object.values(GLOBALS).filter(hasPublicReads)

/** Settings of the build itself, not of what it shows: they never change a page. */
const PLUMBING = new Set(['SITE_BASE_DIR', 'SITE_BUILD_DIR', 'SITE_CACHE_DIR', 'SITE_FAST', 'SITE_ACCEPT_DROP'])

/** The environment the pages read (site URL, council name, CMS, hub), sorted. */
function settings(env: NodeJS.ProcessEnv): [string, string][] {
  return Object.entries(env)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .filter(([key]) => (/^SITE_/.test(key) && !PLUMBING.has(key)) || ['CMS_URL', 'FIXTURE', 'WEBSUB_HUB_URL'].includes(key))
    .sort(([a], [b]) => (a < b ? -1 : 1))
}

interface SourceParts {
  day: string
  env: NodeJS.ProcessEnv
  collections: Map<string, SyncedDocs>
  globals: Map<string, unknown>
}

function signatureOf(p: SourceParts): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ day: p.day, settings: settings(p.env) }))
  for (const c of PUBLIC_COLLECTIONS) {
    const docs = [...p.collections.get(c)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    hash.update(`\0${c}\0${docs.length}\0`)
    for (const [id, updatedAt] of docs) hash.update(`${id} ${updatedAt}\n`)
  }
  for (const g of PUBLIC_GLOBALS) hash.update(`\0${g}\0${JSON.stringify(p.globals.get(g))}`)
  return hash.digest('hex')
}

function hashFixture(dir: string, day: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256').update(JSON.stringify({ day, settings: settings(env) }))
  hashTree(hash, dir, '')
  return hash.digest('hex')
}

/**
 * Whether the publisher's list of changes since the live release (PUBLISH_CHANGES) has a document
 * that is public after its change: it was saved, so its updatedAt differs and so would the
 * signature. Asking the CMS for every listing (about 1.5 s at 10,000 articles, uncached right
 * after the save) would only delay the build that must run anyway.
 */
export function publicDocumentSaved(env: NodeJS.ProcessEnv): boolean {
  try {
    const changes = JSON.parse(env.PUBLISH_CHANGES || '[]') as unknown
    return Array.isArray(changes) && changes.some((c) => (c as { published?: unknown } | null)?.published === true)
  } catch {
    return false
  }
}

/** The content's signature now, and the day it was taken; null when it cannot be told. */
export interface TakenSource { signature: string | null; day: string }

/**
 * Asks the CMS (anonymously, like the loader) for every public document's id and updatedAt and
 * for the public globals. Null signature when it cannot be told (the CMS did not answer, an answer
 * that is not a full listing, a partial build): the build then runs as usual and reports the real
 * error. A recorded fixture is hashed whole (it does not change while a build runs).
 */
export async function takeSource(env: NodeJS.ProcessEnv = process.env, now = new Date()): Promise<TakenSource> {
  const day = vietnamDay(now).day
  if (env.SITE_ONLY_PATHS || publicDocumentSaved(env)) return { signature: null, day }
  if (env.FIXTURE) return { signature: existsSync(env.FIXTURE) ? hashFixture(env.FIXTURE, day, env) : null, day }
  const source = createHttpSource(env.CMS_URL || 'http://127.0.0.1:3000', { timeoutMs: 30_000, retries: 1 })
  const parts: SourceParts = { day, env, collections: new Map(), globals: new Map() }
  try {
    for (const c of PUBLIC_COLLECTIONS) {
      const list = (await source.getJson(manifestPath(c))) as { docs?: { id: unknown; updatedAt?: unknown }[]; totalDocs?: unknown }
      if (!Array.isArray(list?.docs) || list.docs.length !== list.totalDocs) return { signature: null, day }
      if (list.docs.some((d) => typeof d.updatedAt !== 'string')) return { signature: null, day }
      parts.collections.set(c, list.docs.map((d) => [String(d.id), d.updatedAt as string]))
    }
    for (const g of PUBLIC_GLOBALS) parts.globals.set(g, await source.getJson(globalPath(g)))
  } catch {
    return { signature: null, day }
  }
  return { signature: signatureOf(parts), day }
}

/**
 * Asks the CMS for the same listings as takeSource, without waiting for the answers: when a build
 * does not wait for the signature (a public document was saved), the CMS works them out while
 * Astro starts, and its read cache (cms/src/readCache) answers the loaders' identical requests a
 * second or two later at once. Uncached, the article listing costs the CMS about a second at
 * 10,000 articles, which the content sync otherwise waits for. Nothing is read from the answers,
 * and a failure is the loaders' to report. Returns a function that cancels what is still running.
 */
export function warmListings(env: NodeJS.ProcessEnv = process.env): () => void {
  if (env.FIXTURE) return () => {}
  let base: URL
  try { base = cmsBase(env.CMS_URL || 'http://127.0.0.1:3000') } catch { return () => {} } // the loaders report a bad CMS_URL
  const stop = new AbortController()
  const paths = [...PUBLIC_COLLECTIONS.map(manifestPath), ...PUBLIC_GLOBALS.map(globalPath)]
  for (const p of paths) {
    fetch(cmsRequestUrl(base, p), { headers: { accept: 'application/json' }, redirect: 'error', signal: AbortSignal.any([stop.signal, AbortSignal.timeout(30_000)]) })
      .then((response) => response.arrayBuffer())
      .catch(() => {})
  }
  return () => stop.abort()
}

/**
 * The signature of what this build's loaders stored (src/loaders/syncRecord.ts), with the day and
 * settings taken before it started (the safe side: a build that crosses midnight records the day
 * before, so the next build renders again). Null when a record is missing or the build read a
 * fixture (whose signature taken before is exact).
 */
export function recordedSignature(cacheDir: string, taken: TakenSource, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.FIXTURE || env.SITE_ONLY_PATHS) return env.SITE_ONLY_PATHS ? null : taken.signature
  const parts: SourceParts = { day: taken.day, env, collections: new Map(), globals: new Map() }
  for (const c of PUBLIC_COLLECTIONS) {
    const docs = readSyncRecord<SyncedDocs>(cacheDir, c)
    if (!docs || docs.some(([, updatedAt]) => typeof updatedAt !== 'string')) return null
    parts.collections.set(c, docs)
  }
  for (const g of PUBLIC_GLOBALS) {
    const answer = readSyncRecord<Record<string, unknown>>(cacheDir, globalRecord(g))
    if (!answer) return null
    parts.globals.set(g, answer)
  }
  return signatureOf(parts)
}
