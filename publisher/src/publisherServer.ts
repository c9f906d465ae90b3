import { timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ChangeRequest, PublisherStatus } from './client/protocol.ts'

export interface PublisherServerHandlers {
  token: string
  onChange: (change: ChangeRequest) => void
  onRebuild: (options: { acceptPageDrop: boolean }) => void
  status: () => Promise<PublisherStatus>
}

const MAX_BODY = 64 * 1024

/**
 * The publisher's control port on 127.0.0.1 (issue #6, point 1): the CMS's hooks POST changes
 * here, fire-and-forget. POSTs need the shared token; `GET /status` and `GET /health` do not.
 */
export function createPublisherServer(handlers: PublisherServerHandlers): http.Server {
  return http.createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      res.end(JSON.stringify(body))
    }
    try {
      const route = `${req.method} ${new URL(req.url ?? '/', 'http://localhost').pathname}`
      if (route === 'GET /health') return send(200, { ok: true })
      if (route === 'GET /status') return send(200, await handlers.status())
      if (route !== 'POST /requests' && route !== 'POST /rebuild') return send(404, { error: 'not found' })
      if (!authorised(req.headers.authorization, handlers.token)) return send(401, { error: 'bad or missing publisher token' })
      const body = (await readJson(req)) as Record<string, unknown>
      if (route === 'POST /rebuild') {
        handlers.onRebuild({ acceptPageDrop: body.acceptPageDrop === true })
        return send(202, { accepted: true })
      }
      if (typeof body.collection !== 'string' || (typeof body.id !== 'string' && typeof body.id !== 'number')) {
        return send(400, { error: 'a change needs collection and id' })
      }
      handlers.onChange(body as unknown as ChangeRequest)
      return send(202, { accepted: true })
    } catch (error) {
      send(400, { error: (error as Error).message })
    }
  })
}

function authorised(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('body too large')
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : {}
}

/** Listens and resolves with the server's base URL. */
export function listen(server: http.Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const address = server.address() as AddressInfo
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`)
    })
  })
}

/** Closes the server, dropping idle keep-alive connections so it does not linger. */
export function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeIdleConnections()
  })
}
