import type { Access, SanitizedConfig } from 'payload'
import { COLLECTIONS, isStaffRole, sameId, type Id } from '@thidua/content-models'
import { unitScope } from './unitScope.ts'
import { roleOf } from './roles.ts'

const LOCKS = 'payload-locked-documents'

/** Staff see and clear every lock; anyone else only the locks they hold themselves. */
const ownLocks: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffRole(roleOf(req))) return true
  return { 'user.value': { equals: req.user.id } }
}

/** Collections whose documents belong to a unit, the only ones a unit's account may lock. */
const UNIT_OWNED = new Set<string>([COLLECTIONS.articles, COLLECTIONS.exemplars, COLLECTIONS.registrations, COLLECTIONS.media, COLLECTIONS.audio])

/**
 * A lock only on a document of the caller's units, held in its own name (issue #9, point 5: a
 * contributor locked other units' documents, reference data and the year plan, and the
 * administrator's save got 423). Staff lock anything.
 */
const createOwnLock: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (isStaffRole(roleOf(req))) return true
  const lock = data as { user?: { value?: unknown } | unknown; document?: { relationTo?: string; value?: unknown }; globalSlug?: unknown } | undefined
  const holder = lock?.user && typeof lock.user === 'object' ? (lock.user as { value?: unknown }).value : lock?.user
  if (holder != null && String(holder) !== String(req.user.id)) return false
  const target = lock?.document
  if (lock?.globalSlug || !target?.relationTo || target.value == null || !UNIT_OWNED.has(target.relationTo)) return false
  const id = typeof target.value === 'object' ? (target.value as { id?: Id }).id : (target.value as Id)
  const doc = (await req.payload.findByID({ collection: target.relationTo as never, id: id as Id, depth: 0, overrideAccess: true, disableErrors: true, req })) as { unit?: Id | { id: Id } | null } | null
  const unit = doc?.unit && typeof doc.unit === 'object' ? doc.unit.id : (doc?.unit as Id | null | undefined)
  const scope = (await unitScope(req)) ?? []
  return unit != null && scope.some((own) => sameId(own, unit))
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
