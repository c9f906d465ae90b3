import { ROLES, type Role } from './roles.ts'
import { workflowStateLabel, type WorkflowState } from './states.ts'

/** One arrow of the review flow: who may move a document from one state to another. */
export interface Transition {
  readonly from: WorkflowState
  readonly to: WorkflowState
  /** Roles allowed to take this step. */
  readonly roles: readonly Role[]
  /** The button editors click, in Vietnamese. */
  readonly action: string
  /** A return for changes must say what to change (issue #3, point 2). */
  readonly requiresComment?: boolean
  /**
   * Taken in place of another step, never offered as a button of its own: "Gửi duyệt" goes to the
   * unit's manager instead of the council where the unit has one (issue #10, point 5).
   */
  readonly routed?: boolean
}

const ANYONE: readonly Role[] = ['contributor', 'manager', 'editor', 'admin']
const UNIT_GATE: readonly Role[] = ['manager']
const UNIT_WRITERS: readonly Role[] = ['contributor', 'manager']
const COUNCIL: readonly Role[] = ['editor', 'admin']
const PUBLISHER: readonly Role[] = ['admin']

/**
 * The review flow, in two gates as NukeViet's portals run it: the board's editor approves, the
 * council's publisher publishes (issue #3, point 2). Anything not listed is refused.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', roles: ANYONE, action: 'Gửi duyệt' },
  { from: 'changes_requested', to: 'submitted', roles: ANYONE, action: 'Gửi duyệt lại' },
  { from: 'submitted', to: 'draft', roles: ANYONE, action: 'Rút lại để sửa' },
  // The unit's own first gate (issue #10, point 5): only where the unit has a manager.
  { from: 'draft', to: 'unit_review', roles: ['contributor'], action: 'Gửi duyệt', routed: true },
  { from: 'changes_requested', to: 'unit_review', roles: ['contributor'], action: 'Gửi duyệt lại', routed: true },
  { from: 'unit_review', to: 'submitted', roles: UNIT_GATE, action: 'Chuyển Hội đồng' },
  { from: 'unit_review', to: 'changes_requested', roles: UNIT_GATE, action: 'Trả lại đơn vị', requiresComment: true },
  { from: 'unit_review', to: 'draft', roles: UNIT_WRITERS, action: 'Rút lại để sửa' },
  { from: 'submitted', to: 'in_review', roles: COUNCIL, action: 'Nhận duyệt' },
  { from: 'in_review', to: 'changes_requested', roles: COUNCIL, action: 'Yêu cầu chỉnh sửa', requiresComment: true },
  { from: 'in_review', to: 'approved', roles: COUNCIL, action: 'Duyệt' },
  { from: 'approved', to: 'changes_requested', roles: COUNCIL, action: 'Trả lại để chỉnh sửa', requiresComment: true },
  { from: 'approved', to: 'published', roles: PUBLISHER, action: 'Xuất bản' },
  { from: 'published', to: 'unpublished', roles: PUBLISHER, action: 'Gỡ xuống' },
  { from: 'unpublished', to: 'published', roles: PUBLISHER, action: 'Xuất bản lại' },
  { from: 'published', to: 'archived', roles: PUBLISHER, action: 'Lưu trữ' },
  { from: 'unpublished', to: 'archived', roles: PUBLISHER, action: 'Lưu trữ' },
  { from: 'draft', to: 'archived', roles: PUBLISHER, action: 'Lưu trữ' },
  { from: 'changes_requested', to: 'archived', roles: PUBLISHER, action: 'Lưu trữ' },
  { from: 'archived', to: 'draft', roles: PUBLISHER, action: 'Khôi phục thành bản nháp' },
]

/** The arrow from one state to another, whoever takes it, if the flow has one. */
export function findTransition(from: WorkflowState, to: WorkflowState): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to)
}

/** Whether `role` may move a document from `from` to `to`. Anonymous callers may do nothing. */
export function canTransition(role: Role | null | undefined, from: WorkflowState, to: WorkflowState): boolean {
  if (!role) return false
  return findTransition(from, to)?.roles.includes(role) ?? false
}

/** What the admin offers `role` on a document in `state`: the buttons, in flow order. */
export function allowedActions(role: Role | null | undefined, state: WorkflowState): Transition[] {
  if (!role) return []
  return TRANSITIONS.filter((t) => t.from === state && t.roles.includes(role) && !t.routed)
}

/**
 * The state a submission lands in: the unit's manager first where the unit has one, otherwise
 * straight to the council, as before (issue #10, point 5). Only a contributor's submission is routed.
 */
export function submissionState(role: Role | null | undefined, from: WorkflowState, unitHasManager: boolean): WorkflowState {
  const routable = role === 'contributor' && unitHasManager && (from === 'draft' || from === 'changes_requested')
  return routable ? 'unit_review' : 'submitted'
}

function roleLabel(role: Role | null | undefined): string {
  return ROLES.find((r) => r.value === role)?.label ?? 'Khách'
}

/**
 * Why a step is refused, in Vietnamese, saying what the person can do instead; `null` when the
 * step is allowed (with its comment, if it needs one).
 */
export function transitionRefusal(
  role: Role | null | undefined,
  from: WorkflowState,
  to: WorkflowState,
  comment?: string | null,
): string | null {
  const step = findTransition(from, to)
  const fromLabel = workflowStateLabel(from)
  const toLabel = workflowStateLabel(to)
  if (!role) return 'Bạn cần đăng nhập để thực hiện thao tác này.'
  if (!step) {
    return `Không thể chuyển từ “${fromLabel}” sang “${toLabel}”. ${nextStepsHint(role, from)}`
  }
  if (!step.roles.includes(role)) {
    const who = step.roles.map(roleLabel).join(' hoặc ')
    return `Vai trò “${roleLabel(role)}” không được “${step.action}”: chỉ ${who} làm được bước này. ${nextStepsHint(role, from)}`
  }
  if (step.requiresComment && !comment?.trim()) {
    return `“${step.action}” cần ghi rõ nội dung cần sửa để đơn vị biết cách chỉnh sửa.`
  }
  return null
}

/** "You can: …" for the refusal messages, so a refusal always points at a way forward. */
function nextStepsHint(role: Role, from: WorkflowState): string {
  const actions = allowedActions(role, from).map((t) => `“${t.action}”`)
  return actions.length > 0
    ? `Ở trạng thái “${workflowStateLabel(from)}”, bạn có thể: ${actions.join(', ')}.`
    : `Ở trạng thái “${workflowStateLabel(from)}”, bạn không có thao tác nào.`
}

/** A refused step: the message is Vietnamese and meant for the person who clicked. */
export class TransitionError extends Error {
  override readonly name = 'TransitionError'
  readonly from: WorkflowState | null
  readonly to: WorkflowState | null
  constructor(message: string, from: WorkflowState | null, to: WorkflowState | null) {
    super(message)
    this.from = from
    this.to = to
  }
}

/**
 * Throws a {@link TransitionError} unless `role` may take the step (with its comment).
 * @returns the transition taken
 */
export function assertTransition(
  role: Role | null | undefined,
  from: WorkflowState,
  to: WorkflowState,
  comment?: string | null,
): Transition {
  const refusal = transitionRefusal(role, from, to, comment)
  if (refusal) throw new TransitionError(refusal, from, to)
  return findTransition(from, to)!
}
