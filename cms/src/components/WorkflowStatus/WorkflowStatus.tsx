'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { stateOf, workflowStateLabel } from '@thidua/content-models'
import './WorkflowStatus.css'

/**
 * The document's one status label in the edit view's header (issue #9, point 6): the review state
 * the workflow panel shows ("Đã duyệt, chờ xuất bản"), instead of Payload's draft/published label,
 * which said "Bản nháp" for an approved story. A live document with a revision under review says both.
 */
export function WorkflowStatus() {
  const { hasPublishedDoc } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  const current = stateOf({ workflowState: typeof state === 'string' ? state : null })
  const label = workflowStateLabel(current)
  const revision = hasPublishedDoc && current !== 'published' && current !== 'unpublished' && current !== 'archived'
  return (
    <p className="workflow-status" role="status">
      <span className="workflow-status__label">Trạng thái:</span> <strong>{label}</strong>
      {revision ? <span className="workflow-status__live"> · bản đang đăng vẫn hiển thị</span> : null}
    </p>
  )
}
