import type { Payload } from 'payload'
import { hasPublicReads } from '@thidua/content-models'
import { readCache } from './readCache.ts'

/** The database adapter's methods that write documents, globals or their versions. */
const WRITES = [
  'create', 'createGlobal', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions',
  'updateGlobal', 'updateGlobalVersion', 'updateMany', 'updateOne', 'updateVersion', 'upsert',
] as const

/**
 * Whether a write can change an anonymous answer: a write to a collection or global with public
 * reads (the publication module's PUBLIC_FIELDS), or one whose target cannot be told. Accounts
 * (logins, sessions, a password reset asked by anyone), registrations, reminders and Payload's own
 * bookkeeping (jobs and their stats, preferences, locks) never show in one: public collections
 * only relate to public collections, and a populated relation follows its target's read access.
 * The methods name their target `collection`, `collectionSlug` (versions), `global`/`globalSlug`
 * or `slug` (a global itself).
 */
function changesPublicReads(args: unknown): boolean {
  const a = (args ?? {}) as { collection?: unknown; collectionSlug?: unknown; global?: unknown; globalSlug?: unknown; slug?: unknown }
  const target = a.collection ?? a.collectionSlug ?? a.global ?? a.globalSlug ?? a.slug
  return typeof target !== 'string' || hasPublicReads(target)
}

type Method = (this: unknown, ...args: unknown[]) => Promise<unknown>

/**
 * Every write to the database empties the read cache (readCache.ts) as soon as the adapter has
 * written, whatever wrote it (if it can change an anonymous answer): an operation with all its
 * hooks, a seed or an import (`disableRevalidate`), a job, a direct `payload.db` call. At the
 * adapter, not in collection hooks: Payload writes the row, then saves a version and runs
 * afterRead and field hooks before a collection's afterChange; a read in between would get the
 * answer kept from before, and if one of those steps throws on a database without transactions
 * (SQLite, FerretDB), the written row would never invalidate it. A read that ran while the write was under way does not store its answer
 * (the generation changed). In a transaction (MongoDB, or SQLite with transactions) the write is
 * not visible until the commit, and a read between the write and the commit could store the old
 * data again: so every commit invalidates too, once it has completed (a commit of a transaction
 * that wrote only accounts or bookkeeping too: a login on MongoDB, rare enough).
 */
export function invalidateOnDatabaseWrites(payload: Payload): void {
  const db = payload.db as unknown as Record<string, unknown> & { readCacheWrapped?: boolean }
  if (db.readCacheWrapped) return
  // Migrations run while the adapter connects, before this: other processes learn of them now.
  readCache().invalidate()
  /** Replaces the adapter's method `name` with one that empties the cache once it returns (or throws), when `invalidates`. */
  const wrap = (name: string, invalidates: (args: unknown[]) => boolean) => {
    const method = db[name] as Method | undefined
    if (typeof method !== 'function') return
    db[name] = async function (this: unknown, ...args: unknown[]) {
      try {
        return await method.apply(db, args)
      } finally {
        if (invalidates(args)) readCache().invalidate()
      }
    }
  }
  for (const name of WRITES) wrap(name, (args) => changesPublicReads(args[0]))
  wrap('commitTransaction', () => true)
  db.readCacheWrapped = true
}
