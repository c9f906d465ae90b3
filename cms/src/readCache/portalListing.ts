import { hasPublicReads, portalListingPath, publishedQuery, type CollectionSlug } from '@thidua/content-models'
import { and, asc, eq, type AnyColumn, type SQL } from '@payloadcms/db-sqlite/drizzle'
import { createLocalReq, type Payload, type PayloadRequest, type SanitizedCollectionConfig, type Where } from 'payload'

/**
 * The portal's listing of what exists (content-models portalListingPath: every public document's
 * id and updatedAt), answered by one lean database query instead of Payload's find (issue #14,
 * publish to live). Payload turns each of 10,000 rows into a document and runs its read hooks
 * over every field before keeping two of them: about 0.8 s of CPU and as much again in garbage
 * collection, which the portal's build waited for after every publish. The answer is the one
 * Payload gives (cms/test/portalListing.test.ts compares them on SQLite and on MongoDB's protocol).
 *
 * Who may see what stays Payload's: the conditions are the collection's own read access for an
 * anonymous REST caller plus the listing's published rule, and only a condition of the form
 * `{ field: { equals: value } }` on a text, select, number or checkbox column, with a value of that
 * field's type, is translated. Any other rule (an `or`, a relation, a date), a collection that
 * keeps deleted documents (trash), a hook that would change a read's query (beforeOperation), or a
 * stored date Payload would have to convert answers null, and Payload's find runs as before: a
 * stricter rule later is never bypassed here.
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

/** The type of value an equality on a field of each type compares with; other types go through Payload. */
const COLUMN_VALUES: Record<string, 'string' | 'number' | 'boolean'> = {
  text: 'string', select: 'string', radio: 'string', email: 'string', number: 'number', checkbox: 'boolean',
}

/**
 * Whether the collection's beforeOperation hooks let the listing's read through as it is, given the
 * arguments Payload's REST find gives them for the listing's URL (guardReadQuery checks them; the
 * others guard writes). A hook that refuses it or changes it: Payload's find answers, as it would.
 */
async function readsUnchanged(payload: Payload, config: SanitizedCollectionConfig, req: PayloadRequest, where: Where | undefined): Promise<boolean> {
  for (const hook of config.hooks?.beforeOperation ?? []) {
    const args = {
      collection: payload.collections[config.slug as CollectionSlug], where, req, depth: 0, sort: 'id', select: { updatedAt: true }, pagination: false, draft: false,
    }
    try {
      const out = await hook({ args, collection: config, context: req.context, operation: 'read', req } as never)
      if (out !== undefined && (out !== args || (out as { where?: unknown }).where !== where)) return false
    } catch {
      return false
    }
  }
  return true
}

/** The conditions an anonymous caller's listing of `collection` must meet, or null when Payload's find must answer it. */
async function anonymousConditions(payload: Payload, collection: CollectionSlug): Promise<Condition[] | null> {
  const config = payload.collections[collection]?.config
  if (!config || (config as { trash?: boolean }).trash) return null
  const req = await createLocalReq({ req: { payloadAPI: 'REST' } }, payload)
  const read = config.access?.read
  const access = read ? await read({ req }) : false
  const own = plainConditions(access as Where | boolean)
  if (!own) return null
  const asked = listingConditions(collection)
  const all = [...own, ...asked]
  // Only top-level columns of a plain type, compared with a value of that type.
  const fields = new Map(config.flattenedFields.map((f) => [f.name, f.type as string]))
  if (!all.every((c) => COLUMN_VALUES[fields.get(c.field) ?? ''] === typeof c.value)) return null
  const where: Where | undefined = asked.length ? Object.fromEntries(asked.map((c) => [c.field, { equals: c.value }])) : undefined
  return (await readsUnchanged(payload, config, req, where)) ? all : null
}

/** A stored updatedAt as Payload gives it (an ISO date in UTC), or null when it is missing or not a date. */
function isoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The rows with their dates as Payload gives them, or null (Payload's find then answers) when one is not a date. */
function withIsoDates(rows: ReadonlyArray<{ id: string | number; updatedAt: unknown }>): ListingEntry[] | null {
  const out: ListingEntry[] = []
  for (const row of rows) {
    const updatedAt = isoDate(row.updatedAt)
    if (updatedAt === null) return null
    out.push({ id: row.id, updatedAt })
  }
  return out
}

async function sqliteListing(payload: Payload, collection: CollectionSlug, conditions: Condition[]): Promise<ListingEntry[] | null> {
  type Query = { from: (t: object) => { where: (w?: SQL) => { orderBy: (o: SQL) => Promise<Array<{ id: number | string; updatedAt: unknown }>> } } }
  const db = payload.db as unknown as { drizzle: { select: (cols: object) => Query }; tables: Record<string, Record<string, AnyColumn>>; tableNameMap: Map<string, string> }
  const table = db.tables[db.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection]
  if (!table?.id || !table.updatedAt || conditions.some((c) => !table[c.field])) return null
  const rows = await db.drizzle.select({ id: table.id, updatedAt: table.updatedAt }).from(table)
    .where(conditions.length ? and(...conditions.map((c) => eq(table[c.field]!, c.value))) : undefined)
    .orderBy(asc(table.id))
  return withIsoDates(rows)
}

async function mongoListing(payload: Payload, collection: CollectionSlug, conditions: Condition[]): Promise<ListingEntry[] | null> {
  type Lean = { _id: unknown; updatedAt?: Date | string }
  const model = (payload.db as unknown as { collections: Record<string, { find: (filter: object, projection: object) => { sort: (s: object) => { lean: () => Promise<Lean[]> } } }> }).collections[collection]
  if (!model) return null
  const rows = await model.find(Object.fromEntries(conditions.map((c) => [c.field, c.value])), { updatedAt: 1 }).sort({ _id: 1 }).lean()
  return withIsoDates(rows.map((row) => ({ id: String(row._id), updatedAt: row.updatedAt })))
}

/** The anonymous listing of `collection` from the database, or null when it must go through Payload's find. */
export async function leanPortalListing(payload: Payload, collection: CollectionSlug): Promise<ListingEntry[] | null> {
  const adapter = payload.db.name
  if (adapter !== 'sqlite' && adapter !== 'mongoose') return null
  const conditions = await anonymousConditions(payload, collection)
  if (!conditions) return null
  return adapter === 'sqlite' ? sqliteListing(payload, collection, conditions) : mongoListing(payload, collection, conditions)
}

/** The listing as Payload's REST answers `pagination=false`. */
export function listingBody(docs: readonly ListingEntry[]): string {
  return JSON.stringify({
    docs, hasNextPage: false, hasPrevPage: false, limit: 0, nextPage: null, page: 1, pagingCounter: 1, prevPage: null, totalDocs: docs.length, totalPages: 1,
  })
}
