import crypto from 'node:crypto'
import { promisify } from 'node:util'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'
import { COLLECTIONS, MAX_JSON_BYTES, jsonBodyRefusal, restRequestRefusal } from '@thidua/content-models'
import { usesSqlite } from '../db/databaseAdapter.ts'
import { cachedRead } from '../readCache/cachedRead.ts'
import { isAnonymousRead } from '../readCache/anonymousRead.ts'
import { leanPortalListing, listingBody, portalListingOf } from '../readCache/portalListing.ts'
import { LoginThrottle } from './loginThrottle.ts'
import { readLimitedBody, withBody } from './readLimitedBody.ts'
import { refusalResponse } from './refusalResponse.ts'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const pbkdf2 = promisify(crypto.pbkdf2)
const throttle = new LoginThrottle()
const SLUGS: readonly string[] = [...Object.values(COLLECTIONS), 'payload-locked-documents']

/**
 * The client as the CMS sees it: the address the nearest proxy put in X-Real-IP (nginx:
 * `proxy_set_header X-Real-IP $remote_addr`), else the last X-Forwarded-For hop (the one the
 * nearest proxy appended; earlier ones are the client's own words), else "local". The CMS listens
 * on 127.0.0.1 by default, so only a local proxy can set these.
 */
function clientOf(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean)
  return request.headers.get('x-real-ip')?.trim() || forwarded?.at(-1) || 'local'
}

/** The e-mail a login asks for, from a JSON body or Payload's multipart/urlencoded `_payload`. */
async function loginEmail(request: Request, body: Uint8Array, type: string): Promise<string> {
  const fromJson = (text: string) => String((JSON.parse(text) as { email?: unknown }).email ?? '')
  try {
    if (type.includes('application/json')) return fromJson(new TextDecoder().decode(body)).trim().toLowerCase()
    const form = await withBody(request, body).formData()
    const payloadField = form.get('_payload')
    const email = typeof payloadField === 'string' ? fromJson(payloadField) : String(form.get('email') ?? '')
    return email.trim().toLowerCase()
  } catch {
    return ''
  }
}

/**
 * Login with a per-client throttle and uniform timing (issue #9, point 5), whatever the body's
 * type: an unknown e-mail costs the same password hashing as a known one, so timing does not tell
 * which accounts exist.
 */
async function login(config: Promise<SanitizedConfig>, request: Request, body: Uint8Array, type: string, handler: Handler, args: Parameters<Handler>[1]): Promise<Response> {
  const email = await loginEmail(request, body, type)
  const client = clientOf(request)
  const minutes = throttle.blockedFor(client, email)
  if (minutes) {
    return refusalResponse({ status: 429, message: `Đăng nhập sai quá nhiều lần từ máy này. Vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị viên.` }, { 'Retry-After': String(minutes * 60) })
  }
  const payload = await getPayload({ config })
  const { totalDocs } = email ? await payload.count({ collection: COLLECTIONS.users, where: { email: { equals: email } }, overrideAccess: true }) : { totalDocs: 0 }
  if (!totalDocs) await pbkdf2('not-a-password', 'not-a-salt', 600_000, 32, 'sha256')
  const response = await handler(withBody(request, body), args)
  if (response.status === 401 || response.status === 400) throttle.failed(client, email)
  else if (response.ok) throttle.succeeded(client, email)
  return response
}

const MULTIPART = 'multipart/form-data'
const URLENCODED = 'application/x-www-form-urlencoded'

function guard(config: Promise<SanitizedConfig>, handler: Handler, readsBody: boolean): Handler {
  return async (request, args) => {
    const url = new URL(request.url)
    const refusal = restRequestRefusal(url, SLUGS, usesSqlite())
    if (refusal) return refusalResponse(refusal)
    if (!readsBody) return handler(request, args)
    const type = (request.headers.get('content-type') ?? '').toLowerCase()
    const isLogin = request.method === 'POST' && url.pathname.replace(/\/$/, '') === `/api/${COLLECTIONS.users}/login`
    if (type.includes(MULTIPART)) {
      // Uploads: Payload's own size limit applies. A login still goes through the throttle.
      if (!isLogin) return handler(request, args)
      const body = await readLimitedBody(request, MAX_JSON_BYTES)
      return body ? login(config, request, body, type, handler, args) : refusalResponse({ status: 413, message: 'Dữ liệu gửi lên quá lớn.' })
    }
    const body = await readLimitedBody(request, MAX_JSON_BYTES)
    if (!body) return refusalResponse({ status: 413, message: `Dữ liệu gửi lên quá lớn (tối đa ${MAX_JSON_BYTES / 1024} KB).` })
    if (type.includes(URLENCODED)) {
      // Payload's method override (a GET sent as a POST form): the same checks as a GET's query.
      const params = new URLSearchParams(new TextDecoder().decode(body))
      const asGet = new URL(url)
      for (const [key, value] of params) asGet.searchParams.append(key, value)
      const paramsRefusal = restRequestRefusal(asGet, SLUGS, usesSqlite())
      if (paramsRefusal) return refusalResponse(paramsRefusal)
      return isLogin ? login(config, request, body, type, handler, args) : handler(withBody(request, body), args)
    }
    if (!type.includes('application/json') && body.byteLength > 0) {
      return refusalResponse({ status: 415, message: 'Chỉ nhận dữ liệu JSON (Content-Type: application/json) hoặc tệp tải lên (multipart/form-data).' })
    }
    const bodyRefusal = jsonBodyRefusal(new TextDecoder().decode(body))
    if (bodyRefusal) return refusalResponse(bodyRefusal)
    if (isLogin) return login(config, request, body, type, handler, args)
    return handler(withBody(request, body), args)
  }
}

/**
 * Anonymous reads answered from the read cache (readCache/), after the request checks; the
 * portal's listings of what exists by one lean query when the rules allow (readCache/portalListing.ts).
 */
function withReadCache(config: Promise<SanitizedConfig>, handler: Handler): Handler {
  return (request, args) => cachedRead(request, async (asked) => {
    const collection = isAnonymousRead(asked) ? portalListingOf(new URL(asked.url)) : null
    if (collection) {
      const payload = await getPayload({ config })
      try {
        const docs = await leanPortalListing(payload, collection)
        if (docs) return new Response(listingBody(docs), { status: 200, headers: { 'content-type': 'application/json' } })
      } catch (error) {
        // Payload's find answers instead, and says what is wrong in its own way if it fails too.
        payload.logger.error({ err: error }, `Portal listing of ${collection}: the lean query failed, answered by Payload's find instead.`)
      }
    }
    return handler(asked, args)
  })
}

/** Payload's REST handlers behind the request checks of the publication module. */
export function guardedRest(config: Promise<SanitizedConfig>) {
  return {
    GET: guard(config, withReadCache(config, REST_GET(config) as Handler), false),
    POST: guard(config, REST_POST(config) as Handler, true),
    DELETE: guard(config, REST_DELETE(config) as Handler, true),
    PATCH: guard(config, REST_PATCH(config) as Handler, true),
    PUT: guard(config, REST_PUT(config) as Handler, true),
    OPTIONS: REST_OPTIONS(config),
  }
}
