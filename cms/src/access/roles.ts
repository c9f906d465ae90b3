import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { isStaffRole, type Role } from '@thidua/content-models'

/** The signed-in user's role, or null for anonymous callers. */
export function roleOf(req: PayloadRequest): Role | null {
  const role = (req.user as { role?: Role } | null | undefined)?.role
  return role ?? null
}

export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'
export const isStaff: Access = ({ req }) => isStaffRole(roleOf(req))
export const isSignedIn: Access = ({ req }) => Boolean(req.user)
export const anyone: Access = () => true

export const isAdminField: FieldAccess = ({ req }) => roleOf(req) === 'admin'
/** Council staff only: private contact data and internal notes (issue #3, point 6). */
export const isStaffField: FieldAccess = ({ req }) => isStaffRole(roleOf(req))
/** Internal but not secret: any signed-in account, never anonymous callers. */
export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user)
