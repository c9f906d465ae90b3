import type { Access } from 'payload'
import { isStaffRole } from '@thidua/content-models'
import { userUnitId } from './editorialAccess.ts'
import { roleOf } from './roles.ts'

/** Council staff read everything; a unit's contributor its own unit's records; anonymous callers nothing. */
export const readOwnUnit: Access = ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  const unit = userUnitId(req.user)
  return role === 'contributor' && unit != null ? { unit: { equals: unit } } : false
}

/** The same for writes: a contributor only its own unit's records. */
export const updateOwnUnit: Access = readOwnUnit
