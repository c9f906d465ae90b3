import { hasPublicReads, portalListingPath, publishedQuery, type CollectionSlug } from '@thidua/content-models'
import { and, asc, eq, type AnyColumn, type SQL } from '@payloadcms/db-sqlite/drizzle'
import { createLocalReq, type Payload, type Where } from 'payload'
import { usesSqlite } from '../db/databaseAdapter.ts'

/**
 * The portal's listing of what exists (content-models portalListingPath: every public document's
 * id and updatedAt), answered by one lean database query instead of Payload's find (issue #14,
 * publish to live). Payload turns each of 10,000 rows into a document and runs its read hooks
 * over every field before keeping two of them: about 0.8 s of CPU and as much again in garbage
 * collection, which the portal's build waited for after every publish. The answer is the one
 * Payload gives (cms/test/portalListing.test.ts compares them on SQLite and on MongoDB's protocol).
 *
 * Who may see what stays Payload's: the conditions are the collection's own read access for an
 * anonymous caller plus the listing's published rule, and only a condition of the form
 * `{ field: { equals: value } }` on a column of the collection's table is translated. Any other
 * rule (an `or`, a relation, a date) answers null and Payload's find runs as before, so a stricter
 * access rule later can never be bypassed here.
 */

interface Condition { field: string; value: string | number | boolean }
export interface ListingEntry { id: string | number; updatedAt: string }

/** The collection whose portal listing `url` is (its parameters in any order), or null. */
export function portalListingOf(url: URL): CollectionSlug | null {
  const collection = url.pathname.split('/')[2]
  if (!collection || !hasPublicReads(collection)) return null
  const params = (search: string) => JSON.stringify([...new URLSearchParams(search)].sort())
  const expected = new URL(portalListingPath(collection as CollectionSlug), url)
  return url.pathname === expected.pathname && params(url.search) === params(expected.search) ? collection as CollectionSlug : null
}

/** `{ a: { equals: v } }`, alone or in an `and`, as conditions; null for any other shape. */
export function plainConditions(where: Where | boolean): Condition[] | null {
  if (where === true) return []
  if (!where || typeof where !== 'object') return null
  const entries = Object.entries(where)
  if (entries.length === 1 && entries[0]![0] === 'and' && Array.isArray(entries[0]![1])) {
    const parts = (entries[0]![1] as Where[]).map(plainConditions)
    return parts.some((p) => p === null) ? null : parts.flat() as Condition[]
  }
  const found: Condition[] = []
  for (const [field, rule] of entries) {
    if (field === 'and' || field === 'or' || !rule || typeof rule !== 'object') return null
    const ops = Object.entries(rule as Record<string, unknown>)
    const [op, value] = ops[0] ?? []
    if (ops.length !== 1 || op !== 'equals' || !['string', 'number', 'boolean'].includes(typeof value)) return null
    found.push({ field, value: value as Condition['value'] })
  }
  return found
}

/** The listing's own `where` (publishedQuery) as conditions. */
function listingConditions(collection: CollectionSlug): Condition[] {
  return [...new URLSearchParams(publishedQuery(collection))].map(([key, value]) => {
    const field = /^where\[([^\]]+)\]\[equals\]$/.exec(key)?.[1]
    if (!field) throw new Error(`portalListing: cannot read the listing condition ${key} (content-models publishedQuery changed?)`)
    return { field, value }
  })
}

/** The conditions an anonymous caller's listing of `collection` must meet, or null when they are not plain equalities. */
async function anonymousConditions(payload: Payload, collection: CollectionSlug): Promise<Condition[] | null> {
  const config = payload.collections[collection]?.config
  if (!config) return null
  const read = config.access?.read
  const access = read ? await read({ req: await createLocalReq({}, payload) }) : false
  const own = plainConditions(access as Where | boolean)
  if (!own) return null
  const all = [...own, ...listingConditions(collection)]
  // Only top-level fields of the collection (columns); anything nested goes through Payload.
  const topLevel = new Set(config.flattenedFields.filter((f) => !('fields' in f) && f.type !== 'relationship' && f.type !== 'upload').map((f) => f.name))
  return all.every((c) => topLevel.has(c.field)) ? all : null
}

async function sqliteListing(payload: Payload, collection: CollectionSlug, conditions: Condition[]): Promise<ListingEntry[] | null> {
  type Query = { from: (t: object) => { where: (w?: SQL) => { orderBy: (o: SQL) => Promise<ListingEntry[]> } } }
  const db = payload.db as unknown as { drizzle: { select: (cols: object) => Query }; tables: Record<string, Record<string, AnyColumn>>; tableNameMap: Map<string, string> }
  const table = db.tables[db.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection]
  if (!table?.id || !table.updatedAt || conditions.some((c) => !table[c.field])) return null
  return db.drizzle.select({ id: table.id, updatedAt: table.updatedAt }).from(table)
    .where(conditions.length ? and(...conditions.map((c) => eq(table[c.field]!, c.value))) : undefined)
    .orderBy(asc(table.id))
}

async function mongoListing(payload: Payload, collection: CollectionSlug, conditions: Condition[]): Promise<ListingEntry[] | null> {
  type Lean = { _id: unknown; updatedAt?: Date | string }
  const model = (payload.db as unknown as { collections: Record<string, { find: (filter: object, projection: object) => { sort: (s: object) => { lean: () => Promise<Lean[]> } } }> }).collections[collection]
  if (!model) return null
  const rows = await model.find(Object.fromEntries(conditions.map((c) => [c.field, c.value])), { updatedAt: 1 }).sort({ _id: 1 }).lean()
  return rows.map((row) => ({ id: String(row._id), updatedAt: row.updatedAt instanceof Date ? row.updatedAt.toISOString() : String(row.updatedAt) }))
}

/** The anonymous listing of `collection` from the database, or null when it must go through Payload's find. */
export async function leanPortalListing(payload: Payload, collection: CollectionSlug): Promise<ListingEntry[] | null> {
  const conditions = await anonymousConditions(payload, collection)
  if (!conditions) return null
  return usesSqlite() ? sqliteListing(payload, collection, conditions) : mongoListing(payload, collection, conditions)
}

/** The listing as Payload's REST answers `pagination=false`. */
export function listingBody(docs: readonly ListingEntry[]): string {
  return JSON.stringify({
    docs, hasNextPage: false, hasPrevPage: false, limit: 0, nextPage: null, page: 1, pagingCounter: 1, prevPage: null, totalDocs: docs.length, totalPages: 1,
  })
}
