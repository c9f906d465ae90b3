import type { CollectionBeforeChangeHook, Where } from 'payload'
import { isStaffRole } from '@thidua/content-models'
import { roleOf } from '../access/roles.ts'
import { countUsers, fileNamesOf, type UploadCollection } from './uploadUsers.ts'
import { refuse } from './workflowContext.ts'

/** Approved or live: the council has checked what the document shows. */
const REVIEWED: Where = { or: [{ _status: { equals: 'published' } }, { workflowState: { in: ['approved', 'published'] } }] }

/**
 * A contributor may change its unit's file only while no approved or published document uses it
 * (issue #9, point 2); a new picture for a live story is a new upload, swapped in through review.
 */
export const guardUploadReplacement: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || isStaffRole(roleOf(req)) || !originalDoc) return data
  const used = await countUsers(req, collection.slug as UploadCollection, originalDoc.id, fileNamesOf(originalDoc), REVIEWED, true)
  if (used > 0) {
    refuse(
      'Tệp này đang được dùng trong bài hoặc hồ sơ đã duyệt hay đã xuất bản, nên không thể thay hay sửa. ' +
        'Hãy tải lên tệp mới và đổi trong bài; thay đổi sẽ được duyệt như nội dung.',
    )
  }
  return data
}
