import { reviewEntry, type Actor, type ReviewEntry, type WorkflowState } from '@thidua/content-models'

const HOUR = 60 * 60 * 1000
const CONTRIBUTOR: Actor = { id: '', name: 'Lê Thị Cộng Tác (Hoà An)', role: 'contributor' }
const EDITOR: Actor = { id: '', name: 'Trần Văn Biên Tập', role: 'editor' }

/**
 * Where the seed's unpublished articles stand in the review flow, so every queue on the dashboard
 * has something to show on first start (issue #3, point 7): one returned to Hoà An with a comment,
 * one waiting for the board, one approved and waiting for the publisher. `n` counts from the last.
 */
export function demoReviewState(n: number, now = Date.now()): { workflowState: WorkflowState; reviewHistory: ReviewEntry[] } {
  // The seed's accounts do not exist yet when articles are written: the history names people only
  // (notices then go to the unit's contributors).
  const entry = (from: WorkflowState, to: WorkflowState, actor: Actor, hoursAgo: number, comment?: string): ReviewEntry => ({
    ...reviewEntry(from, to, actor, comment, new Date(now - hoursAgo * HOUR)),
    actorId: null,
  })
  if (n === 0) {
    return {
      workflowState: 'approved',
      reviewHistory: [entry('draft', 'submitted', CONTRIBUTOR, 50), entry('submitted', 'in_review', EDITOR, 30), entry('in_review', 'approved', EDITOR, 2, 'Bài tốt, đề nghị đăng trang chủ.')],
    }
  }
  if (n === 1) return { workflowState: 'submitted', reviewHistory: [entry('draft', 'submitted', CONTRIBUTOR, 5)] }
  return {
    workflowState: 'changes_requested',
    reviewHistory: [
      entry('draft', 'submitted', CONTRIBUTOR, 50),
      entry('submitted', 'in_review', EDITOR, 30),
      entry('in_review', 'changes_requested', EDITOR, 20, 'Đề nghị bổ sung số liệu năm 2024 và ảnh hoạt động có chú thích.'),
    ],
  }
}

const DAY = 24 * HOUR

/**
 * The review history of a story or profile the seed publishes at `publishedAt`: submitted a few
 * days before, taken, sometimes returned once, approved and published, so the scoreboard, the
 * annual report's returns and days-to-publication have a real past to show (issue #10, point 8).
 */
export function demoPublishedHistory(publishedAt: Date, i: number): ReviewEntry[] {
  const at = (daysBefore: number) => new Date(publishedAt.getTime() - daysBefore * DAY)
  const entry = (from: WorkflowState, to: WorkflowState, actor: Actor, when: Date, comment?: string): ReviewEntry => ({ ...reviewEntry(from, to, actor, comment, when), actorId: null })
  const PUBLISHER: Actor = { id: '', name: 'Nguyễn Thị Quản Trị', role: 'admin' }
  const wait = 2 + (i % 6)
  const returned = i % 5 === 0
  return [
    entry('draft', 'submitted', CONTRIBUTOR, at(wait + (returned ? 3 : 0))),
    ...(returned
      ? [
          entry('submitted', 'in_review', EDITOR, at(wait + 2)),
          entry('in_review', 'changes_requested', EDITOR, at(wait + 1), 'Đề nghị bổ sung số liệu và ảnh hoạt động.'),
          entry('changes_requested', 'submitted', CONTRIBUTOR, at(wait)),
        ]
      : []),
    entry('submitted', 'in_review', EDITOR, at(wait - 1)),
    entry('in_review', 'approved', EDITOR, at(1)),
    entry('approved', 'published', PUBLISHER, publishedAt),
  ]
}
