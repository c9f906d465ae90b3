import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { isUnitRole, sameId } from '@thidua/content-models'
import { unitScope, userUnitId } from '../access/unitScope.ts'
import { roleOf } from '../access/roles.ts'

/**
 * A unit account's documents always belong to its units: a contributor's to its own, a manager's
 * to its own or a sub-unit; it cannot create one for another unit or move one there (issue #3,
 * point 5; issue #10, point 5).
 */
export const assignContributorUnit: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (!isUnitRole(roleOf(req))) return data
  const own = userUnitId(req.user)
  if (own == null) throw new APIError('Tài khoản đơn vị chưa được gán đơn vị. Liên hệ quản trị viên.', 403, undefined, true)
  const requested = data.unit && typeof data.unit === 'object' ? data.unit.id : data.unit
  if (requested != null && requested !== '') {
    const scope = (await unitScope(req)) ?? []
    if (!scope.some((id) => sameId(id, requested))) throw new APIError('Tài khoản đơn vị chỉ được tạo và sửa bài của đơn vị mình.', 403, undefined, true)
  }
  if (operation === 'create' || requested == null || requested === '') return { ...data, unit: requested || own }
  return data
}
