import type { Access, Where } from 'payload'
import { PUBLISHED_WHERE, canPublish, isStaffRole } from '@thidua/content-models'
import { roleOf } from './roles.ts'

/** The unit a contributor belongs to, as an id (populated or not). */
export function userUnitId(user: unknown): string | number | null {
  const unit = (user as { unit?: unknown } | null)?.unit
  if (unit && typeof unit === 'object') return (unit as { id: string | number }).id
  return (unit as string | number | null | undefined) ?? null
}

/** A constraint to the contributor's own unit; no unit means nothing at all. */
function ownUnit(user: unknown, path: string): Where | false {
  const unit = userUnitId(user)
  return unit == null ? false : { [path]: { equals: unit } }
}

/**
 * Reading articles and profiles: council staff read everything; a unit's contributor reads only its
 * own unit's documents; anonymous callers read only what is published.
 */
export const readEditorial: Access = ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  if (role === 'contributor') return ownUnit(req.user, 'unit')
  return PUBLISHED_WHERE
}

/** Versions hold drafts and internal notes: staff, or the contributor's own unit, never the public. */
export const readEditorialVersions: Access = ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  if (role === 'contributor') return ownUnit(req.user, 'version.unit')
  return false
}

/**
 * Editing: staff anything, a contributor only its own unit's documents. Publishing is an update
 * too: only the publisher may send `_status: 'published'` (this also hides the admin's Publish
 * button from everyone else; the `guardPublication` hook refuses it with a Vietnamese reason first).
 */
export const updateEditorial: Access = ({ req, data }) => {
  const role = roleOf(req)
  if ((data as { _status?: unknown } | undefined)?._status === 'published' && !canPublish(role)) return false
  if (isStaffRole(role)) return true
  if (role === 'contributor') return ownUnit(req.user, 'unit')
  return false
}
