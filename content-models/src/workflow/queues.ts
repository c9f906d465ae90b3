import type { Role } from './roles.ts'
import type { WorkflowState } from './states.ts'

/** A work list on the admin dashboard: documents in some states, for some roles. */
export interface WorkflowQueue {
  key: string
  label: string
  states: readonly WorkflowState[]
  roles: readonly Role[]
}

/**
 * The editor's queues (issue #3, point 7). A contributor's lists only ever hold its own unit's
 * documents: the counts and lists are read with the contributor's own access.
 */
export const WORKFLOW_QUEUES: readonly WorkflowQueue[] = [
  { key: 'mine', label: 'Bản nháp của tôi', states: ['draft'], roles: ['contributor'] },
  // Returned work first, with the reviewer's comment on the dashboard (issue #13, point 5).
  { key: 'returned', label: 'Bị trả lại', states: ['changes_requested'], roles: ['contributor', 'manager'] },
  { key: 'sent', label: 'Đã gửi, đang chờ Hội đồng duyệt', states: ['unit_review', 'submitted', 'in_review'], roles: ['contributor'] },
  // The unit manager's screening (issue #10, point 5).
  { key: 'unit', label: 'Chờ đơn vị xem xét', states: ['unit_review'], roles: ['manager'] },
  { key: 'forwarded', label: 'Đã chuyển Hội đồng', states: ['submitted', 'in_review', 'approved'], roles: ['manager'] },
  { key: 'waiting', label: 'Chờ duyệt', states: ['submitted'], roles: ['editor', 'admin'] },
  { key: 'reviewing', label: 'Đang duyệt', states: ['in_review'], roles: ['editor', 'admin'] },
  { key: 'approved', label: 'Đã duyệt, chờ xuất bản', states: ['approved'], roles: ['editor', 'admin'] },
]

/** The queues shown to `role`, in dashboard order; none for anonymous callers. */
export function queuesFor(role: Role | null | undefined): WorkflowQueue[] {
  return role ? WORKFLOW_QUEUES.filter((q) => q.roles.includes(role)) : []
}
