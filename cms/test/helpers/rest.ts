import config from '../../src/payload.config.ts'
import { guardedRest } from '../../src/security/guardedRest.ts'

// Importing the config here is safe: testEnv.ts has already pointed it at this file's database.
const { GET, POST, PATCH, DELETE } = guardedRest(config)
// The routes Next serves: Payload's handlers behind the publication module's request checks.
const handlers = { GET, POST, PATCH, DELETE }

export interface RestResponse {
  status: number
  body: any
  text: string
}

/**
 * Calls the CMS's real REST route handlers (the same ones Next serves under /api), as an anonymous
 * client or with a user's JWT.
 */
export async function rest(
  method: keyof typeof handlers,
  pathAndQuery: string,
  options: { token?: string; json?: unknown; form?: FormData; headers?: Record<string, string>; rawBody?: string; rawForm?: string } = {},
): Promise<RestResponse> {
  const url = new URL(pathAndQuery, 'http://localhost')
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.form) body = options.form
  else if (options.rawBody !== undefined) {
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
    body = options.rawBody
  } else if (options.rawForm !== undefined) body = options.rawForm
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  const res = await handlers[method](new Request(url, { method, headers, body }), { params: Promise.resolve({ slug }) })
  const text = await res.text()
  let parsed: unknown = null
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = null
  }
  return { status: res.status, body: parsed, text }
}

/** A GET answered with a file: status, headers and the bytes as they are (no text decoding). */
export async function restBytes(pathAndQuery: string, token?: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const url = new URL(pathAndQuery, 'http://localhost')
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  const res = await handlers.GET(new Request(url, { headers: token ? { Authorization: `JWT ${token}` } : {} }), { params: Promise.resolve({ slug }) })
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) }
}

/** Logs a user in through the Local API and returns the JWT for REST calls. */
export async function tokenFor(payload: import('payload').Payload, email: string, password: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`Login failed for ${email}`)
  return token
}
