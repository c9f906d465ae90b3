import { formatDateTimeVi } from '@thidua/content-models/text/formatDate'
import type { ReviewEntry } from '@thidua/content-models/workflow/history'
import { workflowStateLabel } from '@thidua/content-models/workflow/states'

/** The review history, newest first: who, when, from which state to which, and what they said. */
export function WorkflowHistory({ history }: { history: ReviewEntry[] | null }) {
  if (history === null) return <p className="workflow-panel__empty">Đang tải lịch sử…</p>
  if (history.length === 0) return <p className="workflow-panel__empty">Chưa có bước duyệt nào.</p>
  return (
    <ol className="workflow-panel__history" reversed>
      {[...history].reverse().map((entry, i) => (
        <li key={`${entry.at}-${i}`}>
          <div className="workflow-panel__when">
            {formatDateTimeVi(entry.at)} · <strong>{entry.actorName ?? 'Hệ thống'}</strong>
          </div>
          <div>
            {entry.fromState === entry.toState
              ? `Nhận xét (${workflowStateLabel(entry.toState)})`
              : `${workflowStateLabel(entry.fromState)} → ${workflowStateLabel(entry.toState)}`}
          </div>
          {entry.comment ? <blockquote className="workflow-panel__comment">{entry.comment}</blockquote> : null}
        </li>
      ))}
    </ol>
  )
}
