'use client'
import { useAuth, useConfig, useDocumentInfo, useField, useFormModified } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'
import { useState } from 'react'
import { allowedActions, type Transition } from '@thidua/content-models/workflow/transitions'
import { stateOf, workflowStateLabel } from '@thidua/content-models/workflow/states'
import type { Role } from '@thidua/content-models/workflow/roles'
import { postTransition } from './postTransition.ts'
import { useReviewHistory } from './useReviewHistory.ts'
import { WorkflowHistory } from './WorkflowHistory.tsx'
import './WorkflowPanel.css'

/**
 * The review workflow in the document's sidebar (issue #3, points 2-3), replacing the plain
 * `workflowState` select: the current state, the buttons this user may press in it (from the same
 * rules the server enforces), a comment box, an optional publication time, and the history.
 */
export const WorkflowPanel: SelectFieldClientComponent = ({ path }) => {
  const { value } = useField<string>({ path })
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const modified = useFormModified()
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  const history = useReviewHistory(apiBase, collectionSlug, id, result)
  const state = stateOf({ workflowState: value })
  const role = ((user as { role?: Role } | null)?.role ?? null) as Role | null
  const actions = id == null ? [] : allowedActions(role, state)
  // Comments belong to the review; on live, taken-down or filed documents only steps carry them.
  const canComment = id != null && state !== 'published' && state !== 'unpublished' && state !== 'archived'

  const run = async (action?: Transition) => {
    if (id == null || !collectionSlug) return
    setBusy(true)
    const at = action?.to === 'published' && publishAt ? new Date(publishAt).toISOString() : undefined
    const answer = await postTransition(apiBase, collectionSlug, id, { to: action?.to, comment: comment || undefined, publishAt: at })
    setResult(answer)
    setBusy(false)
    // The form holds the state it loaded with: reload so every field shows the saved document.
    if (answer.ok) window.setTimeout(() => window.location.reload(), 600)
  }

  return (
    <div className="workflow-panel field-type">
      <div className="workflow-panel__state">
        Trạng thái duyệt: <strong data-state={state}>{workflowStateLabel(state)}</strong>
      </div>
      {id == null ? <p>Lưu bản nháp trước, sau đó gửi duyệt.</p> : null}
      {modified && actions.length > 0 ? <p className="workflow-panel__warn">Có thay đổi chưa lưu: hãy “Lưu bản nháp” trước khi chuyển trạng thái.</p> : null}
      {actions.length > 0 || canComment ? (
        <label className="workflow-panel__label">
          Nhận xét (gửi kèm thao tác)
          <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} disabled={busy} />
        </label>
      ) : null}
      {actions.some((a) => a.to === 'published') ? (
        <label className="workflow-panel__label">
          Hẹn giờ xuất bản (không bắt buộc)
          <input type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} disabled={busy} />
        </label>
      ) : null}
      <div className="workflow-panel__actions">
        {actions.map((action) => (
          <button
            key={action.to}
            type="button"
            className={`btn btn--size-small ${action.requiresComment ? 'btn--style-secondary' : 'btn--style-primary'}`}
            disabled={busy || modified || (action.requiresComment && !comment.trim())}
            title={action.requiresComment && !comment.trim() ? 'Nhập nội dung cần chỉnh sửa trước.' : undefined}
            onClick={() => run(action)}
          >
            {action.to === 'published' && publishAt ? 'Hẹn giờ xuất bản' : action.action}
          </button>
        ))}
        {canComment && comment.trim() ? (
          <button type="button" className="btn btn--size-small btn--style-secondary" disabled={busy} onClick={() => run()}>
            Chỉ ghi nhận xét
          </button>
        ) : null}
      </div>
      {result ? <p className={result.ok ? 'workflow-panel__ok' : 'workflow-panel__error'}>{result.message}</p> : null}
      <details className="workflow-panel__details" open>
        <summary>Lịch sử duyệt</summary>
        <WorkflowHistory history={history} />
      </details>
    </div>
  )
}
