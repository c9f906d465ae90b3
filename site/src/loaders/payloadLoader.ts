import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Loader, LoaderContext } from 'astro/loaders'
import {
  COLLECTIONS, checkDocumentCount, isEditorialCollection, isPublished, planIncrementalSync, projectPublicDeep,
  type CollectionChanges, type CollectionSlug,
} from '@thidua/content-models'
import { bodyKey, bodyStoreDir, hasBody } from './bodyStore.ts'
import { snapshot, writeJournal } from './changeJournal.ts'
import type { CmsSource } from './cmsSource.ts'
import {
  EmptyCollectionError, InvalidDocumentError, LoaderConfigError, PayloadLoaderError, SuspiciousDropError,
} from './errors.ts'
import { fetchAll, fetchByIds, fetchManifest, type FetchStats } from './fetchDocs.ts'
import { createFixtureSource } from './fixtureSource.ts'
import { createHttpSource } from './httpSource.ts'
import { readLastGoodCount, writeLastGoodCount } from './lastGoodCounts.ts'
import { BodyRenderer } from './renderBodies.ts'
import { writeSyncRecord } from './syncRecord.ts'

/**
 * Bump when what the loader stores changes shape (projection, normalisation): the next build then
 * resyncs everything instead of mixing old and new entries. Astro does not notice loader code changes.
 */
export const LOADER_VERSION = '2'

/** Where a document's Markdown fields went: field name -> body store key (see bodyStore.ts). */
export const BODY_KEYS_FIELD = '_bodies'

/** Options of {@link payloadLoader}. Only `collection` is required; the rest come from the env or defaults. */
export interface PayloadLoaderOptions {
  /** The Payload collection slug to read (`articles`, `exemplars`, `units`, ...). */
  collection: CollectionSlug
  /** Base URL of the CMS, without `/api`. Default: env CMS_URL, else http://127.0.0.1:3000. */
  cmsUrl?: string
  /** Read a recorded fixture directory instead of the CMS. Default: env FIXTURE. */
  fixtureDir?: string
  /**
   * Payload's populate depth. Default 0: references stay ids and the site resolves them against its
   * own collections (site/src/lib/content.ts), so an edited unit or photo reaches every page after
   * an incremental sync and the data store holds each document once.
   */
  depth?: number
  /** Documents per request, 1-1000. Default 100. */
  pageSize?: number
  /**
   * The build fails when the CMS lists fewer than this share of the last good build's documents
   * (0-1). Default 0.8. Env SITE_ACCEPT_DROP=1 accepts one intended mass removal.
   */
  minShareOfLastBuild?: number
  /** A drop of at most this many documents is never suspicious (small lists). Default 2. */
  toleratedDrop?: number
  /** Whether an empty collection is legitimate (e.g. audio). Default false: empty fails the build. */
  allowEmpty?: boolean
  /** Fetch only what changed since the last build (needs a live CMS). Default true. */
  incremental?: boolean
  /** File keeping the last good counts. Default `<Astro cacheDir>/thidua-last-good-counts.json`. */
  stateFile?: string
  /** HTTP timeout per request. Default 30 s. */
  timeoutMs?: number
  /** Extra attempts after a network error or a 5xx. Default 2. */
  retries?: number
  /**
   * Markdown fields kept out of the data store: each is stored (with its rendered HTML) in the body
   * store and replaced by a key under `_bodies`; site/src/lib/content.ts reads them back. Default none.
   */
  bodyFields?: readonly string[]
}

type Resolved = Required<Omit<PayloadLoaderOptions, 'fixtureDir' | 'stateFile' | 'cmsUrl'>> &
  Pick<PayloadLoaderOptions, 'fixtureDir' | 'stateFile' | 'cmsUrl'>

/** Validates options up front, so a typo fails at config time with a message naming the option. */
export function resolveLoaderOptions(options: PayloadLoaderOptions, env: NodeJS.ProcessEnv = process.env): Resolved {
  const fail = (what: string) => {
    throw new LoaderConfigError(`payloadLoader(${JSON.stringify(options.collection)}): ${what}`)
  }
  if (!(Object.values(COLLECTIONS) as string[]).includes(options.collection)) fail(`unknown collection; expected one of ${Object.values(COLLECTIONS).join(', ')}`)
  if (options.collection === COLLECTIONS.users) fail('users are never public')
  // An explicit option beats the env; between the two env variables, FIXTURE wins (tests, CI).
  const fixtureDir = options.fixtureDir ?? (options.cmsUrl ? undefined : env.FIXTURE || undefined)
  const cmsUrl = fixtureDir ? undefined : (options.cmsUrl ?? (env.CMS_URL || 'http://127.0.0.1:3000'))
  if (cmsUrl !== undefined) {
    let url: URL | undefined
    try { url = new URL(cmsUrl) } catch { /* reported below */ }
    if (!url || !/^https?:$/.test(url.protocol)) fail(`cmsUrl ${JSON.stringify(cmsUrl)} is not an http(s) URL (set CMS_URL, e.g. http://127.0.0.1:3000)`)
    if (url?.pathname.replace(/\/$/, '').endsWith('/api')) fail('cmsUrl must be the CMS base URL, without /api')
  }
  const r: Resolved = {
    collection: options.collection,
    cmsUrl,
    fixtureDir,
    depth: options.depth ?? 0,
    pageSize: options.pageSize ?? 100,
    minShareOfLastBuild: options.minShareOfLastBuild ?? 0.8,
    toleratedDrop: options.toleratedDrop ?? 2,
    allowEmpty: options.allowEmpty ?? false,
    incremental: options.incremental ?? true,
    stateFile: options.stateFile,
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? 2,
    bodyFields: options.bodyFields ?? [],
  }
  if (!Number.isInteger(r.depth) || r.depth < 0 || r.depth > 3) fail('depth must be an integer 0-3')
  if (!Number.isInteger(r.pageSize) || r.pageSize < 1 || r.pageSize > 1000) fail('pageSize must be an integer 1-1000')
  if (!(r.minShareOfLastBuild >= 0 && r.minShareOfLastBuild <= 1)) fail('minShareOfLastBuild must be between 0 and 1')
  if (!Number.isInteger(r.toleratedDrop) || r.toleratedDrop < 0) fail('toleratedDrop must be a non-negative integer')
  if (!(r.timeoutMs > 0)) fail('timeoutMs must be positive')
  return r
}

/** The source the options point at. */
export function sourceFor(o: Resolved): CmsSource {
  return o.fixtureDir ? createFixtureSource(o.fixtureDir) : createHttpSource(o.cmsUrl!, { timeoutMs: o.timeoutMs, retries: o.retries })
}

/**
 * An Astro Content Layer loader for one Payload collection, read as an anonymous client over REST
 * (issue #4, point 1). Fetches and checks everything first and touches the store only once the
 * answer is plausible, so a failed build leaves the previous data intact.
 */
export function payloadLoader(options: PayloadLoaderOptions): Loader {
  const o = resolveLoaderOptions(options)
  return {
    name: `payload-${o.collection}`,
    load: (context) => loadCollection(o, context),
  }
}

async function loadCollection(o: Resolved, ctx: LoaderContext): Promise<void> {
  const started = Date.now()
  const { store, meta, logger } = ctx
  const source = sourceFor(o)
  const stats: FetchStats = { requests: 0 }
  const c = o.collection
  const stateFile = o.stateFile ?? path.join(fileURLToPath(ctx.config.cacheDir), 'thidua-last-good-counts.json')

  const bodies = bodyStoreDir(fileURLToPath(ctx.config.cacheDir))
  // A body store wiped without the data store (a partly cleaned cache) would leave pages without
  // their text: then only a full sync, which renders every body again, will do.
  const bodiesIntact = o.bodyFields.length === 0 || store.values().every((e) =>
    Object.values((e.data[BODY_KEYS_FIELD] ?? {}) as Record<string, string>).every((key) => hasBody(bodies, key)))
  const incremental = o.incremental && source.incremental && meta.get('loaderVersion') === LOADER_VERSION &&
    meta.get('source') === source.key && store.keys().length > 0 && bodiesIntact

  // Each page of the CMS's answer is checked, stripped of its bodies (rendered into the body store
  // as they come) and dropped before the next: a sync never holds every body (issue #14, point 6).
  // Nothing touches Astro's store before every document has passed: a schema failure or a
  // suspicious drop must not leave a half-updated store (the body store is keyed by content, so
  // bodies written for a sync that then fails are harmless, and reused by the next).
  const editorial = isEditorialCollection(c)
  const entries: { id: string; data: Record<string, unknown> }[] = []
  const returned = new Set<string>()
  const withheld: string[] = []
  const renderer = new BodyRenderer(bodies)
  let plan: ReturnType<typeof planIncrementalSync> | undefined
  let manifestLength = 0
  let rendered: number
  try {
    let pages: AsyncIterable<Record<string, unknown>[]>
    if (incremental) {
      const stored = new Map(store.entries().map(([id, e]) => [id, (e.data as { updatedAt?: string }).updatedAt]))
      const manifest = await fetchManifest(source, c, stats)
      manifestLength = manifest.length
      plan = planIncrementalSync(stored, manifest)
      pages = fetchByIds(source, c, plan.fetch, o.pageSize, o.depth, stats)
    } else {
      pages = fetchAll(source, c, o.pageSize, o.depth, stats)
    }
    for await (const docs of pages) {
      for (const raw of docs) {
        const id = String(raw.id)
        returned.add(id)
        if (editorial && !isPublished(raw as { _status?: string })) { withheld.push(id); continue }
        entries.push({ id, data: await publicEntry(o, ctx, id, raw, renderer) })
      }
    }
    rendered = await renderer.finish()
  } catch (error) {
    await renderer.close()
    throw error
  }

  let remove: string[]
  let listed: number
  if (plan) {
    // Unpublished between the listing and the fetch: gone as far as this build is concerned.
    const gone = plan.fetch.filter((id) => !returned.has(id))
    remove = [...plan.remove, ...gone.filter((id) => store.has(id))]
    listed = manifestLength - gone.length
  } else {
    remove = store.keys().filter((id) => !returned.has(id))
    listed = returned.size
  }

  const lastGood = readLastGoodCount(stateFile, source.key, c)
  const verdict = checkDocumentCount({
    count: listed, lastGood, minShareOfLastBuild: o.minShareOfLastBuild, toleratedDrop: o.toleratedDrop, allowEmpty: o.allowEmpty,
  })
  if (!verdict.ok && verdict.reason === 'empty') throw new EmptyCollectionError(c, source.key)
  if (!verdict.ok && verdict.reason === 'drop') {
    if (process.env.SITE_ACCEPT_DROP === '1') logger.warn(`${c}: accepting a drop from ${verdict.lastGood} to ${listed} documents (SITE_ACCEPT_DROP=1)`)
    else throw new SuspiciousDropError(c, listed, verdict.lastGood, verdict.minimum)
  }
  if (withheld.length > 0) logger.warn(`${c}: the CMS sent ${withheld.length} unpublished document(s) to an anonymous client; left out`)
  remove.push(...withheld)

  const journal: CollectionChanges = { changed: [], removed: [] }
  for (const id of new Set(remove)) {
    if (!store.has(id)) continue
    journal.removed.push({ id, before: snapshot(store.get(id)?.data) })
    store.delete(id)
  }
  for (const e of entries) {
    const before = snapshot(store.get(e.id)?.data)
    if (store.set({ id: e.id, data: e.data, digest: ctx.generateDigest(e.data) })) journal.changed.push({ id: e.id, before })
  }
  writeJournal(fileURLToPath(ctx.config.cacheDir), c, journal)
  writeSyncRecord(fileURLToPath(ctx.config.cacheDir), c, store.entries().map(([id, e]): [string, string | null] => [id, (e.data as { updatedAt?: string }).updatedAt ?? null]))
  const changed = journal.changed.length
  const removed = journal.removed.length
  meta.set('loaderVersion', LOADER_VERSION)
  meta.set('source', source.key)
  meta.set('lastSync', new Date(started).toISOString())
  writeLastGoodCount(stateFile, source.key, c, store.keys().length)
  logger.info(
    `${c}: ${store.keys().length} loaded (${incremental ? 'incremental' : 'full'} sync from ${source.key}: ` +
      `${changed} new or changed, ${removed} removed, ${rendered} bod${rendered === 1 ? 'y' : 'ies'} rendered, ${stats.requests} request(s), ${Date.now() - started} ms)`,
  )
}

/**
 * A document as the store keeps it: projected to its public fields, checked against the portal's
 * schema, its Markdown fields replaced by body-store keys (their text queued for rendering).
 */
async function publicEntry(o: Resolved, ctx: LoaderContext, id: string, raw: Record<string, unknown>, renderer: BodyRenderer): Promise<Record<string, unknown>> {
  const doc = projectPublicDeep(o.collection, raw) as Record<string, unknown>
  let data: Record<string, unknown>
  try {
    data = await ctx.parseData({ id, data: doc })
  } catch (error) {
    throw new InvalidDocumentError(`${o.collection} ${id} does not match the portal's schema: ${(error as Error).message}`, { cause: error })
  }
  if (o.bodyFields.length === 0) return data
  const keys: Record<string, string> = {}
  data = { ...data }
  for (const field of o.bodyFields) {
    const md = data[field]
    delete data[field]
    if (typeof md !== 'string' || md === '') continue
    keys[field] = bodyKey(md)
    await renderer.add(keys[field], md)
  }
  data[BODY_KEYS_FIELD] = keys
  return data
}

export { PayloadLoaderError }
