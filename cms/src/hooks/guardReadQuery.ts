import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { isStaffRole, readQueryRefusal, whereIssue, wherePaths, type CollectionSlug } from '@thidua/content-models'
import { usesSqlite } from '../db/databaseAdapter.ts'
import { roleOf } from '../access/roles.ts'

const READS = new Set(['read', 'count', 'countVersions', 'readDistinct'])
const VERSION_META = new Set(['parent', 'latest', 'autosave', 'snapshot', 'publishedLocale'])

/** A read refused for its query (bad paths, unbounded pages): a 400 with a Vietnamese message. */
export class QueryRefusal extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'QueryRefusal'
  }
}

/**
 * Applies the publication module's read rules (issue #9, point 5) to every read through REST,
 * GraphQL and the Local API with access control: no filtering or sorting by fields the caller may
 * not read, nor through relationships into drafts; caps on limit, depth and pagination for anonymous callers.
 */
export const guardReadQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!READS.has(operation) || (args as { overrideAccess?: boolean }).overrideAccess) return args
  const role = roleOf(req)
  const a = args as Record<string, unknown>
  // Payload reports version reads as 'read' too: `version.x` is the document's field x, while
  // `parent`, `latest`... are Payload's own version fields (the versions' access rule covers them).
  const ownPath = (path: string) => path.replace(/^-?version\./, '')
  const pathsOf = (value: unknown) => Object.fromEntries(wherePaths(value).filter((p) => !VERSION_META.has(p)).map((p) => [ownPath(p), {}]))
  const sorts = (Array.isArray(a.sort) ? a.sort : typeof a.sort === 'string' ? a.sort.split(',') : []) as string[]
  // Reads Payload makes itself to populate relationships carry a depth: those are not the caller's query.
  const nested = typeof a.currentDepth === 'number' && a.currentDepth > 0
  const query = {
    where: pathsOf(a.where),
    sort: sorts.map((sort) => ownPath(String(sort).replace(/^-/, ''))).filter((p) => !VERSION_META.has(p)),
    limit: operation === 'read' && a.id === undefined && !nested ? a.limit : undefined,
    depth: nested ? undefined : (a.depth ?? req.query?.depth),
    pagination: nested ? undefined : a.pagination,
    select: a.select,
    draft: a.draft,
  }
  // Values the database would choke on (a 500): checked for everyone, on REST and GraphQL alike.
  const issue = whereIssue(collection.slug as CollectionSlug, a.where, usesSqlite())
  if (issue) throw new QueryRefusal(issue.message)
  if (a.page !== undefined && (!Number.isInteger(a.page) || (a.page as number) < 1 || (a.page as number) > 100_000)) {
    throw new QueryRefusal('Số trang (page) phải là số nguyên từ 1 đến 100000.')
  }
  const refusal = readQueryRefusal(collection.slug as CollectionSlug, { ...query, pagination: byIds(a.where) ? undefined : query.pagination }, { role, staff: isStaffRole(role) })
  if (refusal) throw new QueryRefusal(refusal)
  // Drafts are for signed-in accounts: an anonymous `?draft=true` reads the published documents.
  if (role === null && a.draft) return { ...args, draft: false }
  return args
}

/**
 * A fetch of listed documents by id, as GraphQL's relationship loader makes: bounded by the ids it
 * names, so it may skip pagination like the portal's manifest (at most 1000 ids).
 */
function byIds(where: unknown): boolean {
  const condition = (where as { id?: { in?: unknown; equals?: unknown } } | undefined)?.id
  if (!condition || Object.keys(where as object).length !== 1) return false
  const list = Array.isArray(condition.in) ? condition.in : typeof condition.in === 'string' ? condition.in.split(',') : condition.equals !== undefined ? [condition.equals] : null
  return list !== null && list.length <= 1000
}
