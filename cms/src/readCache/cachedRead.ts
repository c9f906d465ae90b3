import { etagOf, readCache, type CachedResponse } from './readCache.ts'
import { isAnonymousRead, readKey } from './anonymousRead.ts'
import { portalListingOf } from './portalListing.ts'

/** Anonymous answers may be kept by browsers and proxies but must be revalidated (ETag) on every use. */
const PUBLIC_HEADERS = { 'cache-control': 'public, no-cache', vary: 'Cookie, Authorization' }

function answer(request: Request, status: number, body: Uint8Array, contentType: string, etag: string, cache: 'hit' | 'miss'): Response {
  const headers = { ...PUBLIC_HEADERS, etag, 'x-cms-cache': cache }
  if (status === 200 && request.headers.get('if-none-match')?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers })
  return new Response(body as BodyInit, { status, headers: { ...headers, 'content-type': contentType } })
}

/**
 * Anonymous reads being answered now, by key. An identical one that arrives meanwhile, with no
 * write since (the same generation: the same rule as a cache hit), waits for that answer instead
 * of asking Payload again: the portal's build asks for its listings as it starts so that the
 * loaders' identical requests find them ready (site/scripts/sourceSignature.ts, warmListings), and
 * a loader that comes before the answer must not make the CMS work the listing out twice.
 */
const inFlight = new Map<string, { generation: number; entry: Promise<CachedResponse | null> }>()

/**
 * The portal's listings of what exists (content-models portalListingPath, one per public
 * collection) that took Payload longer than READ_CACHE_REFRESH_MS (100) to answer: after a public
 * change (refreshSlowReads) the CMS works them out again at once, so the portal's build, which
 * starts with them a moment later (about a second for the articles at 10,000), finds them ready
 * instead of waiting (issue #14, publish to live). Nothing else: pages of full documents would only
 * compete with the build for the CPU, and other callers' queries must not make every publish
 * run theirs again.
 */
const slowReads = new Map<string, () => Promise<unknown>>()
const REFRESHED_READS = 32 // more than the public collections: a listing asked through other hosts (proxies) is another key
/** Whether a request is the portal's listing of a public collection (content-models portalListingPath), its parameters in any order. */
const isPortalListing = (request: Request) => request.method === 'GET' && portalListingOf(new URL(request.url)) !== null
const refreshAfterMs = () => Math.max(0, Number(process.env.READ_CACHE_REFRESH_MS ?? 100))
let refreshTimer: NodeJS.Timeout | null = null
let refreshing = false
let refreshAgain = false

function rememberSlowRead(key: string, url: string, headers: Headers, handler: (request: Request) => Promise<Response>): void {
  slowReads.delete(key)
  slowReads.set(key, () => cachedRead(new Request(url, { headers }), handler).then((response) => response.arrayBuffer()))
  for (const oldest of slowReads.keys()) {
    if (slowReads.size <= REFRESHED_READS) break
    slowReads.delete(oldest)
  }
}

/**
 * Works out again, one after another, the slow anonymous reads answered before (they are in the
 * cache once done, under the same rules as any read: a write meanwhile means they are not kept).
 * Called after each public change; changes that come together (a bulk edit) refresh once, 50 ms
 * after the last.
 */
export function refreshSlowReads(): void {
  if (readCache().maxBytes === 0 || slowReads.size === 0) return
  if (refreshTimer) clearTimeout(refreshTimer)
  refreshTimer = setTimeout(() => {
    refreshTimer = null
    if (refreshing) {
      refreshAgain = true // once the running refresh ends: never two at once
      return
    }
    refreshing = true
    void (async () => {
      do {
        refreshAgain = false
        for (const read of [...slowReads.values()]) {
          // A write while it ran (the rest of the same save, say): its answer was not kept; again, at most twice more.
          for (let attempt = 0; attempt < 3; attempt++) {
            const generation = readCache().generation
            await read().catch(() => {}) // a failure is the next reader's to see
            if (readCache().generation === generation) break
          }
        }
      } while (refreshAgain)
      refreshing = false
    })()
  }, 50)
  refreshTimer.unref()
}

/**
 * The request without anything Payload could authenticate (a cached answer is an anonymous one by
 * construction) and without its body: a GET has none, and the GraphQL route, which already read
 * its body, attaches it again.
 */
function withoutCredentials(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.delete('cookie')
  headers.delete('authorization')
  return new Request(request.url, { method: request.method, headers })
}

/**
 * Serves an anonymous read from the read cache, or asks `handler` and keeps its answer (200 JSON
 * only); any other request goes to `handler` as it came. A request the cache answers is handed to
 * `handler` without cookies or Authorization, so even a credential our check would miss (a cookie
 * spelled oddly) cannot make a signed-in answer shared. `body`: for a GraphQL POST, the query it
 * sends (part of the key); `cacheable` says whether that query only reads.
 */
export async function cachedRead(request: Request, handler: (request: Request) => Promise<Response>, options: { body?: string; cacheable?: boolean } = {}): Promise<Response> {
  const cache = readCache()
  if (cache.maxBytes === 0 || options.cacheable === false || !isAnonymousRead(request)) return handler(request)
  const key = readKey(request, options.body)
  const hit = cache.get(key)
  if (hit) return answer(request, hit.status, hit.body, hit.contentType, hit.etag, 'hit')
  const generation = cache.generation
  const running = inFlight.get(key)
  if (running?.generation === generation) {
    const shared = await running.entry
    if (shared) return answer(request, shared.status, shared.body, shared.contentType, shared.etag, 'hit')
  }
  let settle: (entry: CachedResponse | null) => void = () => {}
  const mine = { generation, entry: new Promise<CachedResponse | null>((resolve) => (settle = resolve)) }
  inFlight.set(key, mine)
  let entry: CachedResponse | null = null
  const started = performance.now()
  try {
    const asked = withoutCredentials(request)
    const response = await handler(asked)
    const contentType = response.headers.get('content-type') ?? ''
    if (response.status !== 200 || !contentType.includes('application/json')) return response
    const body = new Uint8Array(await response.arrayBuffer())
    // GraphQL reports errors with a 200: such answers are not kept.
    if (options.body !== undefined && /^\{"errors":/.test(new TextDecoder().decode(body.subarray(0, 12)))) return new Response(body as BodyInit, { status: 200, headers: response.headers })
    entry = { status: 200, body, contentType, etag: etagOf(body) }
    cache.set(key, entry, generation)
    if (isPortalListing(request) && performance.now() - started >= refreshAfterMs()) rememberSlowRead(key, request.url, asked.headers, handler)
    return answer(request, 200, body, contentType, entry.etag, 'miss')
  } finally {
    settle(entry)
    if (inFlight.get(key) === mine) inFlight.delete(key)
  }
}
