import { createHash } from 'node:crypto'
import { hasPublicReads } from '@thidua/content-models'

/**
 * Whether a request is an anonymous read whose answer every anonymous caller shares (issue #14,
 * point 5): a list or document of a collection or global that has public fields (the publication
 * module's PUBLIC_FIELDS), or a GraphQL query. Anything carrying credentials (Payload's cookie, a
 * JWT or API key header) is answered by Payload for that user and never cached nor served from the
 * cache; so are custom endpoints (their answers may depend on a token or on the time) and uploaded
 * files (streamed by Payload; the portal hosts its own copies).
 */
export function isAnonymousRead(request: Request): boolean {
  if (request.headers.has('authorization')) return false
  const cookie = request.headers.get('cookie') ?? ''
  // Any spelling of Payload's cookie (it trims names); cachedRead also strips cookies before asking Payload.
  if (/payload-token/i.test(cookie)) return false
  const segments = new URL(request.url).pathname.split('/').filter(Boolean)
  if (segments[0] !== 'api') return false
  const [first, second, ...rest] = segments.slice(1)
  if (first === 'graphql') return second === undefined
  if (first === 'globals') return second !== undefined && rest.length === 0 && hasPublicReads(second)
  return first !== undefined && rest.length === 0 && hasPublicReads(first)
}

/**
 * The cache key: the method, the path and query exactly as sent (the order of repeated parameters
 * such as `sort` changes the answer), and the host and scheme Payload may use to build URLs in the
 * answer, plus a GraphQL query's body. Hashed: a key costs 32 bytes however long the URL or query.
 */
export function readKey(request: Request, body = ''): string {
  const url = new URL(request.url)
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol
  return createHash('sha256').update(`${request.method} ${proto}//${host}${url.pathname}${url.search}\n${body}`).digest('base64url')
}
