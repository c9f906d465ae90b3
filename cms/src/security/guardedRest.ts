import crypto from 'node:crypto'
import { promisify } from 'node:util'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'
import { COLLECTIONS, MAX_JSON_BYTES, jsonBodyRefusal, restRequestRefusal } from '@thidua/content-models'
import { usesSqlite } from '../db/databaseAdapter.ts'
import { LoginThrottle } from './loginThrottle.ts'
import { readLimitedBody, withBody } from './readLimitedBody.ts'
import { refusalResponse } from './refusalResponse.ts'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const pbkdf2 = promisify(crypto.pbkdf2)
const throttle = new LoginThrottle()
const SLUGS: readonly string[] = [...Object.values(COLLECTIONS), 'payload-locked-documents']

/** The client as the CMS sees it: the proxy's forwarded address when behind one, else "local". */
function clientOf(request: Request): string {
  return request.headers.get('x-real-ip') ?? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local'
}

/**
 * Login with a per-client throttle and uniform timing (issue #9, point 5): an unknown e-mail costs
 * the same password hashing as a known one, so timing does not tell which accounts exist.
 */
async function login(config: Promise<SanitizedConfig>, request: Request, body: Uint8Array, handler: Handler, args: Parameters<Handler>[1]): Promise<Response> {
  let email = ''
  try {
    email = String((JSON.parse(new TextDecoder().decode(body)) as { email?: unknown }).email ?? '').trim().toLowerCase()
  } catch {
    /* refused below by Payload as a missing e-mail */
  }
  const client = clientOf(request)
  const minutes = throttle.blockedFor(client, email)
  if (minutes) {
    return refusalResponse({ status: 429, message: `Đăng nhập sai quá nhiều lần từ máy này. Vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị viên.` }, { 'Retry-After': String(minutes * 60) })
  }
  const payload = await getPayload({ config })
  const { totalDocs } = await payload.count({ collection: COLLECTIONS.users, where: { email: { equals: email } }, overrideAccess: true })
  if (!totalDocs) await pbkdf2('not-a-password', 'not-a-salt', 600_000, 32, 'sha256')
  const response = await handler(withBody(request, body), args)
  if (response.status === 401) throttle.failed(client, email)
  else if (response.ok) throttle.succeeded(client, email)
  return response
}

function guard(config: Promise<SanitizedConfig>, handler: Handler, readsBody: boolean): Handler {
  return async (request, args) => {
    const url = new URL(request.url)
    const refusal = restRequestRefusal(url, SLUGS, usesSqlite())
    if (refusal) return refusalResponse(refusal)
    const type = request.headers.get('content-type') ?? ''
    if (!readsBody || !type.includes('application/json')) return handler(request, args)
    const body = await readLimitedBody(request, MAX_JSON_BYTES)
    const bodyRefusal = jsonBodyRefusal(body && new TextDecoder().decode(body))
    if (bodyRefusal || !body) return refusalResponse(bodyRefusal ?? { status: 413, message: 'Dữ liệu gửi lên quá lớn.' })
    if (request.method === 'POST' && url.pathname.replace(/\/$/, '') === `/api/${COLLECTIONS.users}/login`) return login(config, request, body, handler, args)
    return handler(withBody(request, body), args)
  }
}

/** Payload's REST handlers behind the request checks of the publication module. */
export function guardedRest(config: Promise<SanitizedConfig>) {
  return {
    GET: guard(config, REST_GET(config) as Handler, false),
    POST: guard(config, REST_POST(config) as Handler, true),
    DELETE: guard(config, REST_DELETE(config) as Handler, true),
    PATCH: guard(config, REST_PATCH(config) as Handler, true),
    PUT: guard(config, REST_PUT(config) as Handler, true),
    OPTIONS: REST_OPTIONS(config),
  }
}
