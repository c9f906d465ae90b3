import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { roleOf } from '../../../access/roles.ts'

/**
 * Field access alone would silently drop a non-admin's `role` or `unit`; refusing outright tells
 * the caller what happened (a contributor promoting itself is an attack, not a typo).
 * Operations run with overrideAccess (seeding, first registration) carry no user and pass.
 */
export const guardRoleAndUnit: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (!req.user || roleOf(req) === 'admin' || args.overrideAccess === true) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const user = req.user as unknown as Record<string, unknown>
  const unitId = (v: unknown) => (v && typeof v === 'object' ? (v as { id: unknown }).id : v)
  const changesRole = 'role' in data && data.role !== user.role
  const changesUnit = 'unit' in data && String(unitId(data.unit) ?? '') !== String(unitId(user.unit) ?? '')
  if (changesRole || changesUnit) {
    throw new APIError('Chỉ quản trị viên mới được thay đổi vai trò hoặc đơn vị của tài khoản.', 403, undefined, true)
  }
  return args
}
