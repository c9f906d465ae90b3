import type { Option } from '../schema/options.ts'

/**
 * Who does what (issue #3, point 1). Roles live here, beside the transition rules, so the CMS's
 * access control and the admin's buttons read the same definition.
 * - contributor: a unit's contributor (cộng tác viên đơn vị), bound to one unit; writes and submits.
 * - editor: the council board's editor (biên tập viên Ban Thi đua - Khen thưởng); reviews and approves.
 * - admin: the council's publisher and administrator; publishes, manages users and reference data.
 * - manager: a unit's emulation officer (cán bộ thi đua đơn vị, issue #10, point 5): sees its unit and
 *   sub-units and screens their submissions before the council, where the unit has one.
 */
export const ROLES = [
  { value: 'admin', label: 'Quản trị - Xuất bản (Hội đồng)' },
  { value: 'editor', label: 'Biên tập viên (Ban Thi đua - Khen thưởng)' },
  { value: 'contributor', label: 'Cộng tác viên đơn vị' },
  { value: 'manager', label: 'Cán bộ thi đua đơn vị' },
] as const satisfies readonly Option[]

export type Role = (typeof ROLES)[number]['value']

/** Council staff see everything, including private contact data and internal notes. */
export function isStaffRole(role: string | null | undefined): role is 'admin' | 'editor' {
  return role === 'admin' || role === 'editor'
}

/** Only the publisher/administrator publishes, unpublishes and manages users. */
export function canPublish(role: string | null | undefined): boolean {
  return role === 'admin'
}

/** The board's editors and the publisher review submissions (take, return, approve). */
export function canReview(role: string | null | undefined): boolean {
  return role === 'editor' || role === 'admin'
}

/** Accounts bound to a unit: they see only their unit's documents (a manager also its sub-units'). */
export function isUnitRole(role: string | null | undefined): role is 'contributor' | 'manager' {
  return role === 'contributor' || role === 'manager'
}
