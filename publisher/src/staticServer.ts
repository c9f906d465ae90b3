import { PORTAL_SECURITY_HEADERS } from '@thidua/content-models/publication/securityHeaders'
import type { Stats } from 'node:fs'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { DEFAULT_SITE_PORT, defaultReleasesDir, envNumber } from './config.ts'
import { consoleLogger, type Logger } from './logger.ts'
import { close, listen } from './publisherServer.ts'
import { CURRENT_LINK } from './release/releaseStore.ts'
import { cacheControlFor, REVALIDATE } from './static/cachePolicy.ts'
import { contentTypeOf, isCompressible } from './static/contentType.ts'
import { negotiateEncoding } from './static/negotiateEncoding.ts'
import { baseTag, RepresentationCache, type Representation } from './static/representation.ts'
import { BadRequestPathError, resolveRequestPath } from './static/resolveRequestPath.ts'

export interface StaticServerOptions {
  /** RELEASES_DIR: the server follows its `current` symlink on every request. */
  releasesDir: string
  /** SITE_HOST (127.0.0.1) and SITE_PORT (4321); port 0 picks a free one. */
  host: string
  port: number
  /** Memory for compressed bodies (STATIC_CACHE_MB, default 64 MB). */
  cacheBytes: number
  /** Brotli quality for on-the-fly compression, 0..11 (default 6: fast, close to the best ratio for HTML). */
  brotliQuality: number
  logger: Logger
}

export interface StaticServer {
  readonly url: string
  close(): Promise<void>
}

/** Options from the environment, overridden by `overrides`. */
export function resolveStaticServerOptions(overrides: Partial<StaticServerOptions> = {}, env: NodeJS.ProcessEnv = process.env): StaticServerOptions {
  return {
    releasesDir: defaultReleasesDir(env),
    host: env.SITE_HOST || '127.0.0.1',
    port: envNumber(env, 'SITE_PORT', DEFAULT_SITE_PORT),
    cacheBytes: envNumber(env, 'STATIC_CACHE_MB', 64) * 1024 * 1024,
    brotliQuality: 6,
    logger: consoleLogger('[portal]'),
    ...overrides,
  }
}

/**
 * Serves the live release (issue #6, point 3). The `current` symlink is resolved per request, so a
 * release swap is picked up at once and a request never mixes two releases. Production can serve
 * the same directory with nginx instead (see publisher/README.md).
 */
export async function startStaticServer(overrides: Partial<StaticServerOptions> = {}): Promise<StaticServer> {
  const options = resolveStaticServerOptions(overrides)
  const cache = new RepresentationCache({ maxBytes: options.cacheBytes, brotliQuality: options.brotliQuality })
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error(`${req.method} ${req.url} failed: ${(error as Error).message}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Lỗi máy chủ, vui lòng thử lại.')
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' })
      return void res.end()
    }
    const root = await fsp.realpath(path.join(options.releasesDir, CURRENT_LINK)).catch(() => null)
    if (!root) {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '10' })
      return void res.end('<!doctype html><meta charset="utf-8"><title>Đang chuẩn bị</title><p>Cổng thông tin đang được xây dựng lần đầu, vui lòng thử lại sau ít phút.</p>')
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    let file: string
    try {
      file = resolveRequestPath(root, url.pathname)
    } catch (error) {
      if (error instanceof BadRequestPathError) return notFound(root, req, res)
      throw error
    }
    let stat = await fsp.stat(file).catch(() => null)
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'cache-control': REVALIDATE })
        return void res.end()
      }
      file = path.join(file, 'index.html')
      stat = await fsp.stat(file).catch(() => null)
    }
    // A symlink inside a release must not lead out of it.
    if (!stat?.isFile() || !(await fsp.realpath(file)).startsWith(root + path.sep)) return notFound(root, req, res)
    await sendFile(req, res, file, stat, url.pathname, 200)
  }

  async function notFound(root: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const page = path.join(root, '404.html')
    const stat = await fsp.stat(page).catch(() => null)
    if (stat?.isFile()) return sendFile(req, res, page, stat, '/404.html', 404)
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': REVALIDATE, ...PORTAL_SECURITY_HEADERS })
    res.end('Không tìm thấy trang.')
  }

  async function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, stat: Stats, urlPath: string, status: number): Promise<void> {
    const type = contentTypeOf(file)
    const compressible = isCompressible(type)
    const rep = await cache.represent(file, stat, negotiateEncoding(req.headers['accept-encoding']), compressible)
    const headers: http.OutgoingHttpHeaders = {
      'content-type': type,
      'cache-control': cacheControlFor(urlPath),
      etag: rep.etag,
      'last-modified': stat.mtime.toUTCString(),
      ...PORTAL_SECURITY_HEADERS,
    }
    if (compressible) headers.vary = 'Accept-Encoding'
    if (status === 200 && notModified(req, rep, stat)) {
      res.writeHead(304, headers)
      return void res.end()
    }
    if (rep.encoding !== 'identity') headers['content-encoding'] = rep.encoding
    else headers['accept-ranges'] = 'bytes'
    const size = rep.body ? rep.body.length : stat.size
    const range = status === 200 && rep.encoding === 'identity' ? parseRange(req, rep.etag, size) : null
    if (range === 'unsatisfiable') {
      res.writeHead(416, { 'content-range': `bytes */${size}` })
      return void res.end()
    }
    const [start, end] = range ?? [0, size - 1]
    if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`
    headers['content-length'] = size === 0 ? 0 : end - start + 1
    res.writeHead(range ? 206 : status, headers)
    if (req.method === 'HEAD' || size === 0) return void res.end()
    if (rep.body) return void res.end(range ? rep.body.subarray(start, end + 1) : rep.body)
    fs.createReadStream(file, { start, end }).on('error', () => res.destroy()).pipe(res)
  }

  const url = await listen(server, options.host, options.port)
  options.logger.info(`Serving the live release of ${options.releasesDir} on ${url}`)
  return { url, close: () => close(server) }
}

/** RFC 9110 section 13.2.2: If-None-Match wins over If-Modified-Since. */
function notModified(req: http.IncomingMessage, rep: Representation, stat: Stats): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch) {
    if (ifNoneMatch.trim() === '*') return true
    const mine = baseTag(rep.etag)
    return ifNoneMatch.split(',').some((tag) => baseTag(tag) === mine)
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '')
  return Number.isFinite(since) && Math.floor(stat.mtimeMs / 1000) * 1000 <= since
}

/** A single `bytes=` range (audio seeking); null to send the whole file. */
function parseRange(req: http.IncomingMessage, etag: string, size: number): [number, number] | 'unsatisfiable' | null {
  const header = req.headers.range
  if (!header || !header.startsWith('bytes=') || header.includes(',')) return null
  const ifRange = req.headers['if-range']
  if (ifRange && ifRange !== etag) return null
  const [startText = '', endText = ''] = header.slice(6).split('-')
  let start: number
  let end: number
  if (startText === '') {
    const suffix = Number(endText)
    if (!Number.isInteger(suffix) || suffix <= 0) return null
    start = Math.max(0, size - suffix)
    end = size - 1
  } else {
    start = Number(startText)
    end = endText === '' ? size - 1 : Math.min(Number(endText), size - 1)
    if (!Number.isInteger(start) || !Number.isInteger(end) || start > end) return start >= size ? 'unsatisfiable' : null
  }
  if (start >= size) return 'unsatisfiable'
  return [start, end]
}
