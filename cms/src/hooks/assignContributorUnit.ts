import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { sameId } from '@thidua/content-models'
import { userUnitId } from '../access/editorialAccess.ts'
import { roleOf } from '../access/roles.ts'

/**
 * A contributor's documents always belong to its own unit: it cannot create one for another unit
 * or move one there (issue #3, point 5).
 */
export const assignContributorUnit: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (roleOf(req) !== 'contributor') return data
  const own = userUnitId(req.user)
  if (own == null) throw new APIError('Tài khoản cộng tác viên chưa được gán đơn vị. Liên hệ quản trị viên.', 403, undefined, true)
  const requested = data.unit && typeof data.unit === 'object' ? data.unit.id : data.unit
  if (requested != null && requested !== '' && !sameId(requested, own)) {
    throw new APIError('Cộng tác viên chỉ được tạo và sửa bài của đơn vị mình.', 403, undefined, true)
  }
  if (operation === 'create' || requested == null || requested === '') return { ...data, unit: own }
  return data
}
