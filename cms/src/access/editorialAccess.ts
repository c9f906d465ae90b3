import type { Access, Where } from 'payload'
import { PUBLISHED_WHERE, canPublish, isStaffRole, isUnitRole } from '@thidua/content-models'
import { roleOf } from './roles.ts'
import { unitScope } from './unitScope.ts'

export { userUnitId } from './unitScope.ts'

/** A constraint to the units an account may see; none means nothing at all. */
export async function inScope(req: Parameters<Access>[0]['req'], path: string): Promise<Where | false> {
  const scope = await unitScope(req)
  if (scope === null) return { [path]: { exists: true } }
  return scope.length ? { [path]: { in: scope } } : false
}

/**
 * Reading articles and profiles: council staff read everything; a unit's contributor its own unit's
 * documents, a unit manager also its sub-units'; anonymous callers only what is published.
 */
export const readEditorial: Access = async ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  if (isUnitRole(role)) return inScope(req, 'unit')
  return PUBLISHED_WHERE
}

/** Versions hold drafts and internal notes: staff, or the unit's own accounts, never the public. */
export const readEditorialVersions: Access = async ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  if (isUnitRole(role)) return inScope(req, 'version.unit')
  return false
}

/**
 * Editing: staff anything, a unit's accounts only their units' documents. Publishing is an update
 * too: only the publisher may send `_status: 'published'` (this also hides the admin's Publish
 * button from everyone else; the `guardPublication` hook refuses it with a Vietnamese reason first).
 */
export const updateEditorial: Access = async ({ req, data }) => {
  const role = roleOf(req)
  if ((data as { _status?: unknown } | undefined)?._status === 'published' && !canPublish(role)) return false
  if (isStaffRole(role)) return true
  if (isUnitRole(role)) return inScope(req, 'unit')
  return false
}

/**
 * Deleting: staff anything; a unit's accounts only their units' drafts (`guardDraftDeletion` also
 * refuses one that was ever sent for review, with a Vietnamese reason).
 */
export const deleteEditorial: Access = async ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  if (!isUnitRole(role)) return false
  const scope = await inScope(req, 'unit')
  return scope ? { and: [scope, { workflowState: { equals: 'draft' } }] } : false
}
