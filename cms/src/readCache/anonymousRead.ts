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
  if (/(?:^|;\s*)payload-token=/.test(cookie)) return false
  const segments = new URL(request.url).pathname.split('/').filter(Boolean)
  if (segments[0] !== 'api') return false
  const [first, second, ...rest] = segments.slice(1)
  if (first === 'graphql') return second === undefined
  if (first === 'globals') return second !== undefined && rest.length === 0 && hasPublicReads(second)
  return first !== undefined && rest.length === 0 && hasPublicReads(first)
}

/**
 * The cache key: the method, the full path and query (parameters sorted, so `?a&b` and `?b&a`
 * share an entry), and the host and scheme Payload may use to build upload URLs in the answer.
 */
export function readKey(request: Request, body = ''): string {
  const url = new URL(request.url)
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol
  return `${request.method} ${proto}//${host}${url.pathname}?${new URLSearchParams(params).toString()}\n${body}`
}
