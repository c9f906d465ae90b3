import type { Access } from 'payload'
import { PUBLIC_UPLOAD_WHERE, isStaffRole, isUnitRole } from '@thidua/content-models'
import { inScope } from './editorialAccess.ts'
import { roleOf } from './roles.ts'

/**
 * Images and audio (issue #9, point 2): staff see every file; a unit's accounts their units' files
 * and the public ones; anonymous callers only files a published document uses. This rule also
 * guards the files themselves (`/api/media/file/...`): Payload checks it before serving one.
 */
export const readUpload: Access = async ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  if (isUnitRole(role)) {
    const own = await inScope(req, 'unit')
    return own ? { or: [own, PUBLIC_UPLOAD_WHERE] } : PUBLIC_UPLOAD_WHERE
  }
  return PUBLIC_UPLOAD_WHERE
}

/**
 * Changing a file or its caption: staff, or an account of the file's unit; `guardUploadReplacement`
 * also refuses them once an approved or published document uses the file.
 */
export const updateUpload: Access = async ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  return isUnitRole(role) ? inScope(req, 'unit') : false
}
