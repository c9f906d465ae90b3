import type { Access } from 'payload'
import { PUBLIC_UPLOAD_WHERE, isStaffRole } from '@thidua/content-models'
import { userUnitId } from './editorialAccess.ts'
import { roleOf } from './roles.ts'

/**
 * Images and audio (issue #9, point 2): staff see every file; a contributor its own unit's files and
 * the public ones; anonymous callers only files a published document uses. This rule also guards
 * the files themselves (`/api/media/file/...`): Payload checks it before serving one.
 */
export const readUpload: Access = ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  const unit = userUnitId(req.user)
  if (role === 'contributor' && unit != null) return { or: [{ unit: { equals: unit } }, PUBLIC_UPLOAD_WHERE] }
  return PUBLIC_UPLOAD_WHERE
}

/**
 * Changing a file or its caption: staff, or a contributor of the file's unit; `guardUploadReplacement`
 * also refuses a contributor once an approved or published document uses the file.
 */
export const updateUpload: Access = ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  const unit = userUnitId(req.user)
  return role === 'contributor' && unit != null ? { unit: { equals: unit } } : false
}
