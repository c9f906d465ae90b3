import type { PayloadRequest } from 'payload'
import { COLLECTIONS, isStaffRole, unitWithAncestors, unitWithDescendants, type Id } from '@thidua/content-models'
import { roleOf } from './roles.ts'

/** The unit an account belongs to, as an id (populated or not). */
export function userUnitId(user: unknown): Id | null {
  const unit = (user as { unit?: unknown } | null)?.unit
  if (unit && typeof unit === 'object') return (unit as { id: Id }).id
  return (unit as Id | null | undefined) ?? null
}

type TreeUnit = { id: Id; parent?: Id | { id: Id } | null }

/** Every unit's id and parent, read once per request (units are a few hundred at most). */
async function unitTree(req: PayloadRequest): Promise<TreeUnit[]> {
  const context = req.context as { unitTree?: Promise<TreeUnit[]> }
  context.unitTree ??= req.payload
    .find({ collection: COLLECTIONS.units, pagination: false, depth: 0, overrideAccess: true, select: { parent: true }, req })
    .then((r) => r.docs as unknown as TreeUnit[])
  return context.unitTree
}

/**
 * The units whose documents an account may see: null for council staff (all), the own unit for a
 * contributor, the own unit and every sub-unit for a unit manager (issue #10, point 5), none else.
 */
export async function unitScope(req: PayloadRequest): Promise<Id[] | null> {
  const role = roleOf(req)
  if (isStaffRole(role)) return null
  const own = userUnitId(req.user)
  if (own == null) return []
  if (role === 'contributor') return [own]
  if (role === 'manager') return unitWithDescendants(await unitTree(req), own)
  return []
}

/** Whether a unit, or one above it, has a manager who screens its submissions first. */
export async function unitHasManager(req: PayloadRequest, unit: Id | null): Promise<boolean> {
  if (unit == null) return false
  const chain = unitWithAncestors(await unitTree(req), unit)
  const { totalDocs } = await req.payload.count({ collection: COLLECTIONS.users, where: { and: [{ role: { equals: 'manager' } }, { unit: { in: chain } }] }, overrideAccess: true, req })
  return totalDocs > 0
}
