import config from '../../src/payload.config.ts'
import { guardedGraphql } from '../../src/security/guardedGraphql.ts'

// The route Next serves: Payload's handler behind the query limits.
const handler = guardedGraphql(config)

export interface GraphqlResponse {
  status: number
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }
  text: string
}

/** Calls the CMS's real GraphQL route handler (as Next serves /api/graphql), anonymous or with a JWT. */
export async function graphql(query: string, options: { token?: string; variables?: Record<string, unknown> } = {}): Promise<GraphqlResponse> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const res = await handler(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables }) }))
  const text = await res.text()
  return { status: res.status, body: JSON.parse(text), text }
}
