import type { Payload } from 'payload'
import { readCache } from './readCache.ts'

/** The database adapter's methods that write documents, globals or their versions. */
const WRITES = [
  'create', 'createGlobal', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions',
  'updateGlobal', 'updateGlobalVersion', 'updateMany', 'updateOne', 'updateVersion', 'upsert',
] as const

/** Payload's own bookkeeping (jobs, preferences, document locks, migrations), which no anonymous answer shows. */
function isBookkeeping(args: unknown): boolean {
  const a = (args ?? {}) as { collection?: unknown; collectionSlug?: unknown; global?: unknown; globalSlug?: unknown }
  const slug = a.collection ?? a.collectionSlug ?? a.global ?? a.globalSlug
  return typeof slug === 'string' && slug.startsWith('payload-')
}

type Method = (this: unknown, ...args: unknown[]) => Promise<unknown>

/**
 * Every write to the database empties the read cache (readCache.ts) as soon as the adapter has
 * written, whatever wrote it: an operation with all its hooks, a seed or an import
 * (`disableRevalidate`), a job, a direct `payload.db` call. At the adapter, not in collection
 * hooks: Payload writes the row, then saves a version and runs afterRead and field hooks before a
 * collection's afterChange; a read in between would get the answer kept from before, and if one of
 * those steps throws on a database without transactions (SQLite, FerretDB), the written row would
 * never invalidate it. A read that ran while the write was under way does not store its answer
 * (the generation changed). In a transaction (MongoDB, or SQLite with transactions) the write is
 * not visible until the commit, and a read between the write and the commit could store the old
 * data again: so every commit invalidates too, once it has completed.
 */
export function invalidateOnDatabaseWrites(payload: Payload): void {
  const db = payload.db as unknown as Record<string, unknown> & { readCacheWrapped?: boolean }
  if (db.readCacheWrapped) return
  for (const name of WRITES) {
    const write = db[name] as Method | undefined
    if (typeof write !== 'function') continue
    db[name] = async function (this: unknown, ...args: unknown[]) {
      try {
        return await write.apply(db, args)
      } finally {
        if (!isBookkeeping(args[0])) readCache().invalidate()
      }
    }
  }
  const commit = db.commitTransaction as Method | undefined
  if (typeof commit === 'function') {
    db.commitTransaction = async function (this: unknown, ...args: unknown[]) {
      try {
        return await commit.apply(db, args)
      } finally {
        readCache().invalidate()
      }
    }
  }
  db.readCacheWrapped = true
}
