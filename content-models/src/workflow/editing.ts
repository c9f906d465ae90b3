import type { Role } from './roles.ts'
import { workflowStateLabel, type WorkflowState } from './states.ts'

const ANYONE: readonly Role[] = ['contributor', 'manager', 'editor', 'admin']
const COUNCIL: readonly Role[] = ['editor', 'admin']

/**
 * Who may change a document's content (not its state) in each state. While the council reviews,
 * the unit waits (or withdraws the submission); editing a published or unpublished document
 * starts a new revision that goes through review again (issue #3, point 2); archived documents
 * are filed and frozen.
 */
export const CONTENT_EDITORS: Readonly<Record<WorkflowState, readonly Role[]>> = {
  draft: ANYONE,
  changes_requested: ANYONE,
  unit_review: ['manager'],
  submitted: COUNCIL,
  in_review: COUNCIL,
  approved: COUNCIL,
  published: ANYONE,
  unpublished: ANYONE,
  archived: [],
}

/** Whether `role` may save content changes to a document in `state`. */
export function canEditContent(role: Role | null | undefined, state: WorkflowState): boolean {
  return role != null && CONTENT_EDITORS[state].includes(role)
}

/**
 * The state of the revision an edit creates: editing a live (or taken-down) document opens a new
 * draft while the published version stays online; in every other state the edit keeps its state.
 */
export function stateAfterEdit(state: WorkflowState): WorkflowState {
  return state === 'published' || state === 'unpublished' ? 'draft' : state
}

/**
 * The publisher may correct a live document directly (a typo, a caption) and publish at once, as
 * the last gate; only when no revision is waiting, so nobody else's unreviewed work goes live.
 */
export function canPublishCorrection(role: Role | null | undefined, state: WorkflowState): boolean {
  return role === 'admin' && state === 'published'
}

/** Why `role` may not edit in `state`, in Vietnamese, with what to do instead; `null` if allowed. */
export function editRefusal(role: Role | null | undefined, state: WorkflowState): string | null {
  if (canEditContent(role, state)) return null
  if (!role) return 'Bạn cần đăng nhập để sửa bài.'
  const label = workflowStateLabel(state)
  if (state === 'archived') return `Bài đã chuyển vào “${label}” nên không sửa được. Quản trị viên có thể “Khôi phục thành bản nháp”.`
  if (state === 'submitted') return `Bài đang “${label}” nên tạm khoá với đơn vị. Bấm “Rút lại để sửa” nếu cần sửa tiếp.`
  return `Bài đang ở trạng thái “${label}”: Hội đồng đang xem xét nên đơn vị chưa sửa được. Hãy chờ Hội đồng trả lại hoặc liên hệ Ban Thi đua - Khen thưởng.`
}

/** Said to anyone but the publisher who asks to publish (any path: form, REST, GraphQL, Local API). */
export const PUBLISH_REFUSAL =
  'Chỉ Quản trị - Xuất bản (Hội đồng) mới được xuất bản. Hãy lưu bản nháp rồi bấm “Gửi duyệt”; bài sẽ được xuất bản sau khi Hội đồng duyệt.'

/** Restoring an old version never puts it online unreviewed. */
export const RESTORE_REFUSAL =
  'Chỉ được khôi phục phiên bản cũ thành bản nháp. Bản khôi phục phải được gửi duyệt và duyệt lại trước khi xuất bản.'

/** A comment-only request on a document that is not under review. */
export const COMMENT_REFUSAL =
  'Chỉ ghi nhận xét được khi bài đang trong quy trình duyệt (bản nháp, đã gửi, đang duyệt, cần chỉnh sửa, đã duyệt).'

/**
 * Whether a comment alone (no step) may be added in this state: during review, not on a live,
 * taken-down or archived document, whose history records steps only.
 */
export function canComment(state: WorkflowState): boolean {
  return stateAfterEdit(state) === state && state !== 'archived'
}

/**
 * Whether a unit's account may delete a document (issue #13, point 5): only its own draft that
 * never went to review and was never published; anything the council has seen stays on record.
 */
export function canUnitDelete(doc: { workflowState?: string | null; _status?: string | null; reviewHistory?: ReadonlyArray<{ toState?: string | null }> | null }): boolean {
  const history = doc.reviewHistory ?? []
  return doc.workflowState === 'draft' && doc._status !== 'published' && !history.some((e) => e.toState && e.toState !== 'draft')
}

export const DELETE_REFUSAL = 'Chỉ xoá được bản nháp chưa từng gửi duyệt. Bài đã gửi Hội đồng được lưu lại; hãy liên hệ Ban Thi đua - Khen thưởng nếu cần gỡ bỏ.'
