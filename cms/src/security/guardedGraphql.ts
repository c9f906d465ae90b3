import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { parse } from 'graphql'
import type { SanitizedConfig } from 'payload'
import { GRAPHQL_LIMITS, graphqlCost, graphqlCostRefusal, jsonBodyRefusal } from '@thidua/content-models'
import { cachedRead } from '../readCache/cachedRead.ts'
import { readLimitedBody, withBody } from './readLimitedBody.ts'
import { refusalResponse } from './refusalResponse.ts'

/** Mutations that must go through the REST login's throttle. */
const REST_ONLY = /\b(loginUser|forgotPasswordUser|resetPasswordUser|unlockUser)\b/

/**
 * Payload's GraphQL endpoint behind size, depth, alias and field limits (issue #9, point 5),
 * checked on the parsed query before anything runs; malformed JSON or GraphQL is a 400.
 */
export function guardedGraphql(config: Promise<SanitizedConfig>) {
  const handler = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const body = await readLimitedBody(request, GRAPHQL_LIMITS.maxBytes)
    const text = body && new TextDecoder().decode(body)
    const refusal = jsonBodyRefusal(text)
    if (refusal || !body) return refusalResponse(refusal ?? { status: 413, message: 'Truy vấn quá lớn.' })
    const query = (JSON.parse(text || '{}') as { query?: unknown }).query
    if (typeof query !== 'string' || !query.trim()) return refusalResponse({ status: 400, message: 'Thiếu truy vấn GraphQL (query).' })
    let document
    try {
      document = parse(query)
    } catch (error) {
      return refusalResponse({ status: 400, message: `Truy vấn GraphQL không hợp lệ: ${(error as Error).message}` })
    }
    const costRefusal = graphqlCostRefusal(graphqlCost(document as never))
    if (costRefusal) return refusalResponse({ status: 400, message: costRefusal })
    if (REST_ONLY.test(query)) return refusalResponse({ status: 400, message: 'Đăng nhập và đổi mật khẩu qua /api/users/login (REST), không qua GraphQL.' })
    // Anonymous queries share the read cache; a mutation never does.
    const readsOnly = document.definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query')
    return cachedRead(request, (asked) => handler(withBody(asked, body)), { body: text ?? '', cacheable: readsOnly })
  }
}
