import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../src/logger.ts'
import { activateRelease } from '../src/release/releaseStore.ts'
import { startStaticServer, type StaticServer } from '../src/staticServer.ts'
import { negotiateEncoding } from '../src/static/negotiateEncoding.ts'
import { tempDir, writeTree } from './helpers/releaseDirs.ts'

const OLD = '20261120T080000000Z'
const NEW = '20261120T090000000Z'
const longHtml = (title: string) => `<!doctype html><title>${title}</title>${'<p>Phong trào thi đua yêu nước.</p>'.repeat(200)}`
const SITE: Record<string, string> = {
  '/index.html': longHtml('Trang chủ'),
  '/404.html': '<h1>Không tìm thấy trang</h1>',
  '/bai-viet/a/index.html': longHtml('Bài A'),
  '/rss.xml': `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>${'<item><title>t</title></item>'.repeat(100)}</channel></rss>`,
  '/feed.json': JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: Array(50).fill({ id: 'x', title: 'Bài viết' }) }),
  '/nguon-tin.opml': '<?xml version="1.0"?><opml version="2.0"/>',
  '/_astro/index.DkX1a2b3.css': `body{color:red}${' '.repeat(3000)}`,
  '/audio/ban-tin.mp3': 'ID3'.padEnd(5000, 'x'),
  '/.env': 'SECRET=1',
}

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A raw request (fetch would decompress and normalise paths, hiding what the server sent). */
function request(base: string, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

let server: StaticServer
let releasesDir: string
let cleanup: () => void

beforeAll(async () => {
  const temp = tempDir('thidua-static-')
  cleanup = temp.cleanup
  releasesDir = temp.dir
  writeTree(path.join(releasesDir, OLD), SITE)
  writeTree(path.join(releasesDir, NEW), { ...SITE, '/index.html': longHtml('Trang chủ mới') })
  fs.writeFileSync(path.join(releasesDir, 'outside.txt'), 'outside the release')
  server = await startStaticServer({ releasesDir, host: '127.0.0.1', port: 0, logger: silentLogger })
})

afterAll(async () => {
  await server.close()
  cleanup()
})

describe('static server before the first release', () => {
  it('answers 503 with a Vietnamese message and Retry-After', async () => {
    const reply = await request(server.url, '/')
    expect(reply.status).toBe(503)
    expect(reply.headers['retry-after']).toBe('10')
    expect(reply.body.toString()).toContain('đang được xây dựng')
  })
})

describe('static server', () => {
  beforeAll(() => activateRelease(releasesDir, OLD))

  it.each([
    ['/', 'text/html; charset=utf-8', 'public, no-cache'],
    ['/bai-viet/a/', 'text/html; charset=utf-8', 'public, no-cache'],
    ['/rss.xml', 'application/rss+xml; charset=utf-8', 'public, no-cache'],
    ['/feed.json', 'application/feed+json; charset=utf-8', 'public, no-cache'],
    ['/nguon-tin.opml', 'text/x-opml; charset=utf-8', 'public, no-cache'],
    ['/_astro/index.DkX1a2b3.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/audio/ban-tin.mp3', 'audio/mpeg', 'public, no-cache'],
  ])('serves %s as %s with Cache-Control %s', async (urlPath, type, cacheControl) => {
    const reply = await request(server.url, urlPath)
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe(type)
    expect(reply.headers['cache-control']).toBe(cacheControl)
    expect(reply.headers.etag).toMatch(/^"[\w-]+"$/)
    expect(reply.headers['last-modified']).toBeTruthy()
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['content-security-policy']).toContain("object-src 'none'")
    expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })

  it('compresses text with brotli or gzip as the client accepts, and not audio', async () => {
    const plain = await request(server.url, '/rss.xml')
    const br = await request(server.url, '/rss.xml', { 'accept-encoding': 'gzip, deflate, br' })
    const gz = await request(server.url, '/rss.xml', { 'accept-encoding': 'gzip' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    expect(br.body.length).toBeLessThan(plain.body.length / 4)
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true)
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3)
    const audio = await request(server.url, '/audio/ban-tin.mp3', { 'accept-encoding': 'br' })
    expect(audio.headers['content-encoding']).toBeUndefined()
  })

  it('answers 304 to a conditional GET with the ETag or a Last-Modified date', async () => {
    const first = await request(server.url, '/bai-viet/a/', { 'accept-encoding': 'br' })
    const byTag = await request(server.url, '/bai-viet/a/', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! })
    expect(byTag.status).toBe(304)
    expect(byTag.body.length).toBe(0)
    expect(byTag.headers.etag).toBe(first.headers.etag)
    const byDate = await request(server.url, '/bai-viet/a/', { 'if-modified-since': first.headers['last-modified']! })
    expect(byDate.status).toBe(304)
    const stale = await request(server.url, '/bai-viet/a/', { 'if-none-match': '"something-else"' })
    expect(stale.status).toBe(200)
  })

  it('keeps the ETag of an unchanged page across releases, and changes it for a changed one', async () => {
    const articleBefore = await request(server.url, '/bai-viet/a/')
    const homeBefore = await request(server.url, '/')
    await activateRelease(releasesDir, NEW)
    try {
      const articleAfter = await request(server.url, '/bai-viet/a/', { 'if-none-match': articleBefore.headers.etag! })
      expect(articleAfter.status).toBe(304)
      const homeAfter = await request(server.url, '/', { 'if-none-match': homeBefore.headers.etag! })
      expect(homeAfter.status).toBe(200)
      expect(homeAfter.body.toString()).toContain('Trang chủ mới')
    } finally {
      await activateRelease(releasesDir, OLD)
    }
  })

  it('serves the 404 page of the release with status 404', async () => {
    const reply = await request(server.url, '/khong-co-trang-nay/')
    expect(reply.status).toBe(404)
    expect(reply.body.toString()).toContain('Không tìm thấy trang')
  })

  it.each([
    '/../outside.txt',
    '/%2e%2e/outside.txt',
    '/bai-viet/%2e%2e/%2e%2e/outside.txt',
    '/..%2foutside.txt',
    '/%2e%2e%5coutside.txt',
    '/.env',
    '/bai-viet/%00/',
    '/%E0%A4%A',
  ])('never serves anything outside the release or hidden for %s', async (rawPath) => {
    const reply = await request(server.url, rawPath)
    expect(reply.status).toBe(404)
    expect(reply.body.toString()).not.toContain('outside the release')
    expect(reply.body.toString()).not.toContain('SECRET')
  })

  it('redirects a directory without its trailing slash', async () => {
    const reply = await request(server.url, '/bai-viet/a?x=1')
    expect(reply.status).toBe(301)
    expect(reply.headers.location).toBe('/bai-viet/a/?x=1')
  })

  it('answers HEAD without a body and refuses POST', async () => {
    const head = await request(server.url, '/rss.xml', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0)
    expect(head.body.length).toBe(0)
    expect((await request(server.url, '/', {}, 'POST')).status).toBe(405)
  })

  it('serves byte ranges of uncompressed files, for seeking in audio', async () => {
    const reply = await request(server.url, '/audio/ban-tin.mp3', { range: 'bytes=0-2' })
    expect(reply.status).toBe(206)
    expect(reply.headers['content-range']).toBe('bytes 0-2/5000')
    expect(reply.body.toString()).toBe('ID3')
    expect((await request(server.url, '/audio/ban-tin.mp3', { range: 'bytes=9000-' })).status).toBe(416)
  })
})

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
  ])('picks %s -> %s', (header, encoding) => {
    expect(negotiateEncoding(header)).toBe(encoding)
  })
})
