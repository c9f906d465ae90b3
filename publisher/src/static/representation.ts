import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import fs from 'node:fs/promises'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { ByteLru } from './byteLru.ts'
import type { Encoding } from './negotiateEncoding.ts'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Files up to this size are read whole, hashed for a strong ETag and compressed; larger ones stream. */
export const WHOLE_FILE_LIMIT = 4 * 1024 * 1024
/** Compressing tiny bodies costs more than it saves. */
const MIN_COMPRESS = 1024

export interface Representation {
  /** The body, or null for a large file that is streamed from disk. */
  body: Buffer | null
  etag: string
  encoding: Encoding
}

/**
 * Builds what the static server sends for a file: a strong ETag from the content's hash (so an
 * unchanged page keeps its ETag across releases and revalidation stays a 304), and a compressed
 * body, computed once per content and encoding and kept in a bounded cache.
 */
export class RepresentationCache {
  /** Content hash by file identity: a conditional request needs no read. */
  readonly #hashes = new Map<string, string>()
  readonly #compressed: ByteLru
  readonly #brotliQuality: number

  constructor(options: { maxBytes: number; brotliQuality: number }) {
    this.#compressed = new ByteLru(options.maxBytes)
    this.#brotliQuality = options.brotliQuality
  }

  /** The file's base ETag; reads and hashes it only the first time this exact file is seen. */
  async etagOf(file: string, stat: Stats): Promise<{ tag: string; content: Buffer | null }> {
    if (stat.size > WHOLE_FILE_LIMIT) return { tag: `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`, content: null }
    const identity = `${file}\0${stat.ino}\0${stat.size}\0${stat.mtimeMs}`
    const known = this.#hashes.get(identity)
    if (known) return { tag: known, content: null }
    const content = await fs.readFile(file)
    const tag = `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`
    if (this.#hashes.size > 200_000) this.#hashes.clear()
    this.#hashes.set(identity, tag)
    return { tag, content }
  }

  /** The representation to send in `encoding` (which falls back to identity when not worth it). */
  async represent(file: string, stat: Stats, wanted: Encoding, compressible: boolean): Promise<Representation> {
    const { tag, content } = await this.etagOf(file, stat)
    if (stat.size > WHOLE_FILE_LIMIT) return { body: null, etag: tag, encoding: 'identity' }
    const encoding = compressible && stat.size >= MIN_COMPRESS ? wanted : 'identity'
    if (encoding === 'identity') return { body: content ?? (await fs.readFile(file)), etag: tag, encoding }
    const key = `${tag}:${encoding}`
    let body = this.#compressed.get(key)
    if (!body) {
      const raw = content ?? (await fs.readFile(file))
      body =
        encoding === 'br'
          ? await brotli(raw, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: this.#brotliQuality,
                [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
          : await gzip(raw, { level: 6 })
      this.#compressed.set(key, body)
    }
    return { body, etag: withEncoding(tag, encoding), encoding }
  }
}

/** A compressed variant is a different representation, so it gets its own (strong) ETag. */
export function withEncoding(tag: string, encoding: Encoding): string {
  if (encoding === 'identity') return tag
  return `${tag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`
}

/** The ETag with weakness and any encoding suffix removed, for comparing If-None-Match. */
export function baseTag(tag: string): string {
  return tag.trim().replace(/^W\//, '').replace(/-(br|gz)"$/, '"')
}
