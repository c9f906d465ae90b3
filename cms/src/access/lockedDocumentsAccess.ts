import type { Access, SanitizedConfig } from 'payload'
import { isStaffRole } from '@thidua/content-models'
import { roleOf } from './roles.ts'

const LOCKS = 'payload-locked-documents'

/** Staff see and clear every lock; anyone else only the locks they hold themselves. */
const ownLocks: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffRole(roleOf(req))) return true
  return { 'user.value': { equals: req.user.id } }
}

/**
 * A lock only on a document the caller may edit, held in its own name (issue #9, point 5: a
 * contributor locked other units' documents and the editor's save got 423).
 */
const createOwnLock: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (isStaffRole(roleOf(req))) return true
  const lock = data as { user?: { value?: unknown } | unknown; document?: { relationTo?: string; value?: unknown } } | undefined
  const holder = lock?.user && typeof lock.user === 'object' ? (lock.user as { value?: unknown }).value : lock?.user
  if (holder != null && String(holder) !== String(req.user.id)) return false
  const target = lock?.document
  if (!target?.relationTo || target.value == null) return true
  const id = typeof target.value === 'object' ? (target.value as { id?: unknown }).id : target.value
  const { totalDocs } = await req.payload.count({
    collection: target.relationTo as never,
    where: { id: { equals: id } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return totalDocs > 0
}

/**
 * Payload builds its document-lock collection itself, readable and writable by any signed-in user;
 * this scopes it like the documents (applied to the sanitized config, where the collection exists).
 */
export function scopeLockedDocuments(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === LOCKS)
  if (locks) locks.access = { ...locks.access, read: ownLocks, update: ownLocks, delete: ownLocks, create: createOwnLock }
  return config
}
