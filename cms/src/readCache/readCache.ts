import crypto from 'node:crypto'

/** One cached anonymous response. */
export interface CachedResponse {
  status: number
  body: Uint8Array
  contentType: string
  etag: string
}

/**
 * The CMS's in-process cache of anonymous reads (issue #14, point 5). Anonymous callers (the
 * portal's loader, press integrators) read the same public lists again and again; Payload answers
 * each by querying the database and running every access and field hook. Entries live until the
 * next write anywhere in the CMS: every collection and global bumps `generation` on each change,
 * inside its transaction and again after the commit (invalidateOnWrite.ts), so no entry outlives
 * the data it was read from. A read only stores its answer if no write happened while it ran.
 * In-process: a CMS running several processes would need a shared store (none here).
 */
export class ReadCache {
  #entries = new Map<string, CachedResponse>()
  #bytes = 0
  #generation = 0
  readonly maxBytes: number
  hits = 0
  misses = 0

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes
  }

  get generation(): number {
    return this.#generation
  }

  /** A write happened: everything read before may be stale. */
  invalidate(): void {
    this.#generation++
    this.#entries.clear()
    this.#bytes = 0
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key)
    if (!entry) {
      this.misses++
      return undefined
    }
    // Most recently used last: Map keeps insertion order, so the first key is the least recent.
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    this.hits++
    return entry
  }

  /** Stores an answer read at `generation`, unless a write happened since (then it may be stale). */
  set(key: string, entry: CachedResponse, generation: number): void {
    if (generation !== this.#generation || entry.body.byteLength > this.maxBytes / 8) return
    const old = this.#entries.get(key)
    if (old) this.#bytes -= old.body.byteLength
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    this.#bytes += entry.body.byteLength
    for (const [oldest, value] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= value.body.byteLength
    }
  }

  get size(): number {
    return this.#entries.size
  }
}

/** A strong ETag for a body. */
export function etagOf(body: Uint8Array): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
}

const KEY = Symbol.for('thidua.cms.readCache')
const g = globalThis as unknown as Record<symbol, ReadCache | undefined>

/**
 * The process's cache (READ_CACHE_MB, default 64; 0 turns it off). On globalThis, because Next may
 * load the route handlers and the Payload config (whose hooks invalidate it) as separate module
 * instances.
 */
export function readCache(): ReadCache {
  g[KEY] ??= new ReadCache(Math.max(0, Number(process.env.READ_CACHE_MB ?? 64)) * 1024 * 1024)
  return g[KEY]
}
