import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

type Doc = Record<string, unknown> & { id: number; updatedAt: string; _status?: string }

/** How the fake CMS misbehaves, to test that each failure stops the build. */
export type FakeCmsMode = 'ok' | 'error500' | 'error401' | 'empty' | 'html'

/**
 * A stand-in for Payload's anonymous REST API, just enough of it for the loader: lists with
 * `limit`/`page`, `pagination=false`, `select[...]`, `where[_status][equals]`, `where[...][id][in]`,
 * sorted by id. Counts requests so tests can prove a sync was incremental. Not a CMS: the real one
 * is exercised by scripts/record-fixture.ts and the e2e suite.
 */
export class FakeCms {
  readonly collections = new Map<string, Doc[]>()
  /** Uploaded files by path (`/api/media/file/x.jpg`). */
  readonly files = new Map<string, Buffer>()
  mode: FakeCmsMode = 'ok'
  /** Simulates a CMS bug: drafts leak into anonymous answers. */
  leakDrafts = false
  requests: string[] = []
  /** Globals by slug (absent: answered as never saved). */
  globals = new Map<string, Record<string, unknown>>()
  private server?: Server
  url = ''

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      this.requests.push(`${url.pathname}${url.search}`)
      const send = (status: number, body: unknown, type = 'application/json') => {
        res.writeHead(status, { 'content-type': type })
        res.end(typeof body === 'string' ? body : JSON.stringify(body))
      }
      if (this.mode === 'error500') return send(500, { errors: [{ message: 'Something went wrong.' }] })
      if (this.mode === 'error401') return send(401, { errors: [{ message: 'You are not allowed to perform this action.' }] })
      if (this.mode === 'html') return send(200, '<html><body>Bad gateway</body></html>', 'text/html')
      const file = this.files.get(url.pathname)
      if (file) { res.writeHead(200, { 'content-type': 'application/octet-stream' }); res.end(file); return }
      // A global (the portal's information) as Payload answers one never saved: its defaults.
      const global = /^\/api\/globals\/([a-z-]+)$/.exec(url.pathname)
      if (global) return send(200, this.globals.get(global[1]!) ?? {})
      const m = /^\/api\/([a-z-]+)$/.exec(url.pathname)
      if (!m) return send(404, { errors: [{ message: 'Not found' }] })
      let docs = this.mode === 'empty' ? [] : [...(this.collections.get(m[1]!) ?? [])]
      const q = url.searchParams
      const status = q.get('where[_status][equals]') ?? q.get('where[and][1][_status][equals]')
      if (status && !this.leakDrafts) docs = docs.filter((d) => (d._status ?? 'published') === status)
      const inIds = q.get('where[and][0][id][in]')
      if (inIds) { const set = new Set(inIds.split(',')); docs = docs.filter((d) => set.has(String(d.id))) }
      docs.sort((a, b) => a.id - b.id)
      const select = [...q.keys()].filter((k) => k.startsWith('select[')).map((k) => k.slice(7, -1))
      if (select.length) docs = docs.map((d) => Object.fromEntries([['id', d.id], ...select.map((s) => [s, d[s]])])) as Doc[]
      const total = docs.length
      if (q.get('pagination') === 'false') {
        return send(200, { docs, totalDocs: total, limit: total, totalPages: 1, page: 1, hasNextPage: false, hasPrevPage: false, nextPage: null })
      }
      const limit = Number(q.get('limit') ?? 10)
      const page = Number(q.get('page') ?? 1)
      const totalPages = Math.max(1, Math.ceil(total / limit))
      send(200, {
        docs: docs.slice((page - 1) * limit, page * limit), totalDocs: total, limit, totalPages, page,
        hasNextPage: page < totalPages, hasPrevPage: page > 1, nextPage: page < totalPages ? page + 1 : null,
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  set(collection: string, docs: Doc[]): void {
    this.collections.set(collection, docs)
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}

/** A local port nothing listens on (a server started and closed again): "the CMS is down". */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
