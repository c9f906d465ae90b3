import type { CollectionConfig, GlobalConfig, Payload } from 'payload'
import { readCache } from './readCache.ts'

const invalidate = ({ doc }: { doc: unknown }) => {
  readCache().invalidate()
  return doc
}
const invalidateBefore = ({ data }: { data: unknown }) => {
  readCache().invalidate()
  return data
}
const invalidateBeforeDelete = () => {
  readCache().invalidate()
}

/**
 * Every write to `collection` invalidates the read cache (readCache.ts), whatever the context:
 * unlike the publisher's notification, seeds and imports (`disableRevalidate`) change what
 * anonymous callers read too. Twice: last before the row is written (beforeChange and beforeDelete
 * run after validation, right before the database), so a read arriving once the row is written
 * reads the database and not an answer kept from before, even while the write's later steps
 * (versions, other hooks) still run; and first after it, before any hook that could throw, so
 * that what a read stored meanwhile from the row not yet written is dropped (on SQLite without
 * transactions the row is written by then and stays written).
 */
export function withReadCacheInvalidation(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), invalidateBefore],
      afterChange: [invalidate, ...(hooks.afterChange ?? [])],
      beforeDelete: [...(hooks.beforeDelete ?? []), invalidateBeforeDelete],
      afterDelete: [invalidate, ...(hooks.afterDelete ?? [])],
    },
  }
}

/** The same for a global. */
export function withGlobalReadCacheInvalidation(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), invalidateBefore], afterChange: [invalidate, ...(hooks.afterChange ?? [])] } }
}

/**
 * In a transaction (MongoDB, or SQLite with transactions) the hooks run before the commit: a read
 * between the hook and the commit could store the old data again. So every commit invalidates
 * once it has completed (the adapter forgets the session before the commit lands, so watching its
 * sessions would be too early).
 */
export function invalidateAfterCommits(payload: Payload): void {
  const db = payload.db as unknown as { commitTransaction?: (id: unknown) => Promise<void>; readCacheWrapped?: boolean }
  if (!db.commitTransaction || db.readCacheWrapped) return
  const commit = db.commitTransaction.bind(db)
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      readCache().invalidate()
    }
  }
  db.readCacheWrapped = true
}
