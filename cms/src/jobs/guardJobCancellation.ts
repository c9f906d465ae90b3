import type { CollectionBeforeDeleteHook } from 'payload'
import { roleOf } from '../access/roles.ts'
import { refuse } from '../hooks/workflowContext.ts'

/**
 * The admin's schedule drawer deletes a scheduled publication by job id for any signed-in account,
 * with no check on the document; without this, a unit's contributor could cancel the council's
 * scheduled publications of other units. The queue itself (no user) deletes finished jobs freely.
 */
export const guardJobCancellation: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.user && roleOf(req) !== 'admin') refuse('Chỉ Quản trị - Xuất bản (Hội đồng) được huỷ lịch xuất bản hoặc lịch gỡ bài.')
}
