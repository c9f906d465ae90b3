import type { CollectionBeforeDeleteHook } from 'payload'
import { DELETE_REFUSAL, canUnitDelete, isStaffRole } from '@thidua/content-models'
import { roleOf } from '../access/roles.ts'
import { refuse } from './workflowContext.ts'

/** A unit's account deletes only a draft that never went to review (issue #13, point 5). */
export const guardDraftDeletion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user || isStaffRole(roleOf(req))) return
  const doc = await req.payload.findByID({ collection: collection.slug as never, id, draft: true, depth: 0, overrideAccess: true, req })
  const main = await req.payload.findByID({ collection: collection.slug as never, id, depth: 0, overrideAccess: true, req })
  if (!canUnitDelete({ ...(doc as object), _status: (main as { _status?: string })._status })) refuse(DELETE_REFUSAL)
}
