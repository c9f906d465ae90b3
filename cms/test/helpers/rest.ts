import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import config from '../../src/payload.config.ts'

// Importing the config here is safe: testEnv.ts has already pointed it at this file's database.
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }

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
  options: { token?: string; json?: unknown; form?: FormData } = {},
): Promise<RestResponse> {
  const url = new URL(pathAndQuery, 'http://localhost')
  const headers = new Headers()
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.form) body = options.form
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

/** Logs a user in through the Local API and returns the JWT for REST calls. */
export async function tokenFor(payload: import('payload').Payload, email: string, password: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`Login failed for ${email}`)
  return token
}
