import type { Access } from 'payload'
import { isStaffRole, isUnitRole } from '@thidua/content-models'
import { inScope } from './editorialAccess.ts'
import { roleOf } from './roles.ts'

/** Council staff read everything; a unit's accounts their units' records; anonymous callers nothing. */
export const readOwnUnit: Access = async ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  return isUnitRole(role) ? inScope(req, 'unit') : false
}

/** The same for writes: a unit's accounts only their units' records. */
export const updateOwnUnit: Access = readOwnUnit
