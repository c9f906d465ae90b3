import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir } from '../paths.ts'

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
 * next write anywhere in the CMS: every write through the database adapter bumps `generation` as
 * soon as it returns, and again after each commit (invalidateOnWrite.ts), so no entry outlives the
 * data it was read from. A read only stores its answer if no write happened while it ran.
 * Writers in other processes (`npm run import`, `npm run restore`, a second CMS process) bump a
 * stamp file in the data directory, which every read compares: the entries live in this process,
 * the generation is shared.
 */
export class ReadCache {
  #entries = new Map<string, CachedResponse>()
  #bytes = 0
  #generation = 0
  #stamp: string | null = null
  readonly maxBytes: number
  readonly stampFile: string | null
  hits = 0
  misses = 0

  constructor(maxBytes: number, stampFile: string | null = null) {
    this.maxBytes = maxBytes
    this.stampFile = stampFile
    this.#stamp = this.#readStamp()
  }

  #readStamp(): string | null {
    if (!this.stampFile) return null
    try {
      return fs.readFileSync(this.stampFile, 'utf8')
    } catch {
      return null
    }
  }

  #clear(): void {
    this.#generation++
    this.#entries.clear()
    this.#bytes = 0
  }

  /** The generation, after taking in a write another process recorded in the stamp file. */
  get generation(): number {
    const stamp = this.#readStamp()
    if (stamp !== this.#stamp) {
      this.#stamp = stamp
      this.#clear()
    }
    return this.#generation
  }

  /** A write happened: everything read before may be stale, here and in the other processes. */
  invalidate(): void {
    this.#clear()
    if (!this.stampFile) return
    const stamp = `${process.pid}-${Date.now()}-${this.#generation}-${crypto.randomUUID()}`
    try {
      try {
        fs.writeFileSync(this.stampFile, stamp)
      } catch (error) {
        // The data directory is made once, not checked on every write (a seed writes thousands).
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        fs.mkdirSync(path.dirname(this.stampFile), { recursive: true })
        fs.writeFileSync(this.stampFile, stamp)
      }
      this.#stamp = stamp
    } catch {
      // Without the file other processes keep their entries until their own next write; this one is clear.
    }
  }

  get(key: string): CachedResponse | undefined {
    void this.generation // a write in another process clears the entries first
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
    if (generation !== this.generation || entry.body.byteLength > this.maxBytes / 8) return
    const old = this.#entries.get(key)
    if (old) this.#bytes -= costOf(key, old)
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    this.#bytes += costOf(key, entry)
    for (const [oldest, value] of this.#entries) {
      if (this.#bytes <= this.maxBytes && this.#entries.size <= MAX_ENTRIES) break
      this.#entries.delete(oldest)
      this.#bytes -= costOf(oldest, value)
    }
  }

  get size(): number {
    return this.#entries.size
  }
}

/** At most this many answers, however small (a flood of distinct tiny queries must not grow the heap). */
const MAX_ENTRIES = 20_000
/** What an entry costs: its body, its key and headers, and the map's own overhead (estimated). */
const costOf = (key: string, entry: CachedResponse) => entry.body.byteLength + key.length + entry.etag.length + entry.contentType.length + 128

/** A strong ETag for a body. */
export function etagOf(body: Uint8Array): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
}

const KEY = Symbol.for('thidua.cms.readCache')
const g = globalThis as unknown as Record<symbol, ReadCache | undefined>

/** The stamp file other processes' writes bump, in the data directory (DATA_DIR, default data/). */
export const READ_CACHE_STAMP = 'read-cache-generation'

/**
 * The process's cache (READ_CACHE_MB, default 64; 0 turns it off), its stamp file in the data
 * directory. On globalThis, because Next may load the route handlers and the Payload config (whose
 * onInit wraps the adapter that invalidates it) as separate module instances.
 */
export function readCache(): ReadCache {
  g[KEY] ??= new ReadCache(Math.max(0, Number(process.env.READ_CACHE_MB ?? 64)) * 1024 * 1024, path.join(dataDir(), READ_CACHE_STAMP))
  return g[KEY]
}
