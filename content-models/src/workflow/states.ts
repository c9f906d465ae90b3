import type { Option } from '../schema/options.ts'

/**
 * Where an article or a profile stands in the council's review (issue #3, point 2). Payload's
 * `_status` stays the only truth for "is it live": `published` here always goes with
 * `_status: 'published'`, every other state with a draft (or with a published version still live
 * while a revision is reviewed).
 */
export const WORKFLOW_STATES = [
  { value: 'draft', label: 'Bản nháp' },
  { value: 'unit_review', label: 'Chờ đơn vị xem xét' },
  { value: 'submitted', label: 'Đã gửi, chờ duyệt' },
  { value: 'in_review', label: 'Đang duyệt' },
  { value: 'changes_requested', label: 'Cần chỉnh sửa' },
  { value: 'approved', label: 'Đã duyệt, chờ xuất bản' },
  { value: 'published', label: 'Đã xuất bản' },
  { value: 'unpublished', label: 'Đã gỡ xuống' },
  { value: 'archived', label: 'Lưu trữ' },
] as const satisfies readonly Option[]

export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']

/** Every state a document starts in: nothing is created submitted-for-someone-else or live. */
export const INITIAL_STATE: WorkflowState = 'draft'

/** Whether a value read from a request or the database is a known state. */
export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && WORKFLOW_STATES.some((s) => s.value === value)
}

/** The Vietnamese name of a state, as editors read it; unknown values are shown as they are. */
export function workflowStateLabel(state: string | null | undefined): string {
  return WORKFLOW_STATES.find((s) => s.value === state)?.label ?? String(state ?? '')
}

/**
 * The state of a stored document. Documents saved before the workflow existed (or written by the
 * seed without one) get the state their `_status` implies.
 */
export function stateOf(doc: { workflowState?: string | null; _status?: string | null } | null | undefined): WorkflowState {
  if (isWorkflowState(doc?.workflowState)) return doc.workflowState
  return stateForStatus(doc?._status)
}

/**
 * The state/status mapping, written once: `published` goes with `_status: 'published'`, every
 * other state with a draft.
 */
export function statusOfState(state: WorkflowState): 'published' | 'draft' {
  return state === 'published' ? 'published' : 'draft'
}

/** The state a bare `_status` implies (a document saved without a workflow state). */
export function stateForStatus(status: unknown): WorkflowState {
  return status === 'published' ? 'published' : INITIAL_STATE
}

/** States in which the document is offline on purpose (taken down or filed away). */
export function isOfflineState(state: WorkflowState): boolean {
  return state === 'unpublished' || state === 'archived'
}
