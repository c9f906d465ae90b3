import { timingSafeEqual } from 'node:crypto'
import type { Endpoint } from 'payload'
import { collectCanaries } from '../publishing/collectCanaries.ts'
import { publisherConnection } from '../publishing/publisherConnection.ts'

/**
 * `GET /api/publisher/canaries`: what must never go live, for the publisher to check a build
 * against before switching it live (issue #6, point 2). It lists unpublished paths and private
 * values, so only the publisher's shared token opens it, never a user session.
 */
export const publisherCanariesEndpoint: Endpoint = {
  path: '/publisher/canaries',
  method: 'get',
  handler: async (req) => {
    const given = Buffer.from(req.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '')
    const expected = Buffer.from(publisherConnection().token)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return Response.json({ error: 'publisher token required' }, { status: 401 })
    }
    return Response.json(await collectCanaries(req.payload), { headers: { 'cache-control': 'no-store' } })
  },
}
