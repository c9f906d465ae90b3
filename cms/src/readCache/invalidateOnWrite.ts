import type { CollectionConfig, GlobalConfig, PayloadRequest } from 'payload'
import { afterCommit } from '../publishing/afterCommit.ts'
import { readCache } from './readCache.ts'

/** Bumps the read cache now (inside the transaction) and once the transaction has committed. */
function invalidate(req: PayloadRequest): void {
  readCache().invalidate()
  void afterCommit(req, () => readCache().invalidate())
}

/**
 * Every write to `collection` invalidates the read cache (readCache.ts), whatever the context:
 * unlike the publisher's notification, seeds and imports (`disableRevalidate`) change what
 * anonymous callers read too.
 */
export function withReadCacheInvalidation(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), ({ doc, req }) => { invalidate(req); return doc }],
      afterDelete: [...(hooks.afterDelete ?? []), ({ doc, req }) => { invalidate(req); return doc }],
    },
  }
}

/** The same for a global. */
export function withGlobalReadCacheInvalidation(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), ({ doc, req }) => { invalidate(req); return doc }] } }
}
