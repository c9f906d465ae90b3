import { describe, expect, it } from 'vitest'
import {
  CONTENT_EDITORS,
  TransitionError,
  WORKFLOW_STATES,
  allowedActions,
  assertTransition,
  canEditContent,
  canPublishCorrection,
  canTransition,
  editRefusal,
  lastSubmitterId,
  queuesFor,
  reviewEntry,
  stateAfterEdit,
  stateOf,
  transitionRefusal,
  workflowNotice,
  type ReviewEntry,
  type Role,
  type WorkflowState,
} from '../src/index.ts'

const STATES = WORKFLOW_STATES.map((s) => s.value)
const ROLES_AND_ANONYMOUS: (Role | null)[] = [null, 'contributor', 'manager', 'editor', 'admin']

/** The flow as issue #3 describes it, written out by hand so the table in src/ can be wrong. */
const UNIT_STEPS = ['draft>submitted', 'changes_requested>submitted', 'submitted>draft']
/** Where the unit has a manager, a contributor's submission goes to the manager first (issue #10). */
const CONTRIBUTOR_STEPS = [...UNIT_STEPS, 'draft>unit_review', 'changes_requested>unit_review', 'unit_review>draft']
const MANAGER_STEPS = [...UNIT_STEPS, 'unit_review>submitted', 'unit_review>changes_requested', 'unit_review>draft']
const EDITOR_STEPS = [
  ...UNIT_STEPS,
  'submitted>in_review',
  'in_review>changes_requested',
  'in_review>approved',
  'approved>changes_requested',
]
const PUBLISHER_STEPS = [
  ...EDITOR_STEPS,
  'approved>published',
  'published>unpublished',
  'unpublished>published',
  'published>archived',
  'unpublished>archived',
  'draft>archived',
  'changes_requested>archived',
  'archived>draft',
]
const EXPECTED: Record<string, string[]> = { null: [], contributor: CONTRIBUTOR_STEPS, manager: MANAGER_STEPS, editor: EDITOR_STEPS, admin: PUBLISHER_STEPS }

const cases = ROLES_AND_ANONYMOUS.flatMap((role) =>
  STATES.flatMap((from) => STATES.filter((to) => to !== from).map((to) => ({ role, from, to, allowed: EXPECTED[String(role)]!.includes(`${from}>${to}`) }))),
)
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

describe.each(cases)('$role moving a document from $from to $to', ({ role, from, to, allowed }) => {
  it(allowed ? 'is allowed' : 'is refused with a Vietnamese reason', () => {
    expect(canTransition(role, from, to)).toBe(allowed)
    const refusal = transitionRefusal(role, from, to, 'Đề nghị bổ sung số liệu năm 2024.')
    if (allowed) {
      expect(refusal).toBeNull()
      expect(assertTransition(role, from, to, 'Đề nghị bổ sung số liệu năm 2024.').to).toBe(to)
    } else {
      expect(refusal).toMatch(VIETNAMESE)
      expect(() => assertTransition(role, from, to, 'x')).toThrow(TransitionError)
    }
  })
})

describe('returns for changes', () => {
  it.each(['in_review', 'approved'] as const)('from %s need a comment saying what to change', (from) => {
    expect(transitionRefusal('editor', from, 'changes_requested')).toMatch(/cần ghi rõ nội dung cần sửa/)
    expect(transitionRefusal('editor', from, 'changes_requested', '   ')).toMatch(/cần ghi rõ/)
    expect(transitionRefusal('editor', from, 'changes_requested', 'Thiếu ảnh chân dung.')).toBeNull()
  })
})

describe('the actions the admin offers', () => {
  it.each([
    ['contributor', 'draft', ['Gửi duyệt']],
    ['contributor', 'changes_requested', ['Gửi duyệt lại']],
    ['contributor', 'in_review', []],
    ['editor', 'submitted', ['Rút lại để sửa', 'Nhận duyệt']],
    ['editor', 'in_review', ['Yêu cầu chỉnh sửa', 'Duyệt']],
    ['editor', 'approved', ['Trả lại để chỉnh sửa']],
    ['admin', 'approved', ['Trả lại để chỉnh sửa', 'Xuất bản']],
    ['admin', 'published', ['Gỡ xuống', 'Lưu trữ']],
    ['admin', 'archived', ['Khôi phục thành bản nháp']],
    [null, 'draft', []],
  ] as const)('gives %s on a %s document the buttons %j', (role, state, labels) => {
    expect(allowedActions(role, state).map((a) => a.action)).toEqual(labels)
  })

  it('never offers a button the rules would then refuse', () => {
    for (const role of ROLES_AND_ANONYMOUS) {
      for (const state of STATES) {
        for (const action of allowedActions(role, state)) expect(canTransition(role, state, action.to)).toBe(true)
      }
    }
  })
})

describe('editing content', () => {
  it.each([
    ['contributor', 'draft', true],
    ['contributor', 'changes_requested', true],
    ['contributor', 'submitted', false],
    ['contributor', 'in_review', false],
    ['contributor', 'approved', false],
    ['contributor', 'published', true],
    ['editor', 'in_review', true],
    ['editor', 'archived', false],
    ['admin', 'archived', false],
    [null, 'draft', false],
  ] as const)('lets %s edit a %s document: %s', (role, state, allowed) => {
    expect(canEditContent(role, state)).toBe(allowed)
    if (allowed) expect(editRefusal(role, state)).toBeNull()
    else expect(editRefusal(role, state)).toMatch(VIETNAMESE)
  })

  it('sends an edited published or unpublished document back to draft, and keeps every other state', () => {
    expect(stateAfterEdit('published')).toBe('draft')
    expect(stateAfterEdit('unpublished')).toBe('draft')
    for (const state of STATES.filter((s) => s !== 'published' && s !== 'unpublished')) expect(stateAfterEdit(state)).toBe(state)
  })

  it('lets only the publisher correct a live document directly, and only when no revision waits', () => {
    expect(canPublishCorrection('admin', 'published')).toBe(true)
    expect(canPublishCorrection('admin', 'draft')).toBe(false)
    expect(canPublishCorrection('editor', 'published')).toBe(false)
    expect(canPublishCorrection('contributor', 'published')).toBe(false)
  })

  it('has a rule for every state', () => {
    expect(Object.keys(CONTENT_EDITORS).sort()).toEqual([...STATES].sort())
  })
})

describe('the state of a stored document', () => {
  it.each([
    [{ workflowState: 'in_review', _status: 'draft' }, 'in_review'],
    [{ _status: 'published' }, 'published'],
    [{ _status: 'draft' }, 'draft'],
    [{ workflowState: 'bogus', _status: 'published' }, 'published'],
    [null, 'draft'],
  ] as const)('of %j is %s', (doc, state) => {
    expect(stateOf(doc as never)).toBe(state)
  })
})

describe('review history', () => {
  const contributor = { id: 7, name: 'Lê Thị Cộng Tác', role: 'contributor' as const }
  const editor = { id: 3, name: 'Trần Văn Biên Tập', role: 'editor' as const }

  it('records who, when, from, to and the trimmed comment; the system when nobody is signed in', () => {
    const at = new Date('2026-11-21T03:00:00Z')
    expect(reviewEntry('in_review', 'changes_requested', editor, '  Bổ sung ảnh.  ', at)).toEqual({
      fromState: 'in_review', toState: 'changes_requested', comment: 'Bổ sung ảnh.', actorId: '3', actorName: 'Trần Văn Biên Tập', actorRole: 'editor', at: '2026-11-21T03:00:00.000Z',
    })
    expect(reviewEntry('approved', 'published', null).actorName).toBe('Hệ thống')
  })

  it('finds the last person who submitted, ignoring comments and council steps', () => {
    const history: ReviewEntry[] = [
      reviewEntry('draft', 'submitted', contributor),
      reviewEntry('submitted', 'in_review', editor),
      reviewEntry('in_review', 'changes_requested', editor, 'Sửa tiêu đề'),
      reviewEntry('changes_requested', 'submitted', { ...contributor, id: 9 }),
      reviewEntry('submitted', 'submitted', editor, 'Đã nhận'),
    ]
    expect(lastSubmitterId(history)).toBe('9')
    expect(lastSubmitterId([])).toBeNull()
    expect(lastSubmitterId(undefined)).toBeNull()
  })
})

describe('notices', () => {
  const base = { title: 'Nữ giáo viên cắm bản', kindLabel: 'Bài viết', actorName: 'Lê Thị Cộng Tác', link: 'http://cms/admin/collections/articles/1' }
  it.each([
    ['submitted', 'reviewers', /chờ duyệt/],
    ['approved', 'publishers', /chờ xuất bản/],
    ['changes_requested', 'author', /Cần chỉnh sửa/],
    ['published', 'author', /Đã xuất bản/],
  ] as const)('a step to %s tells the %s', (to, audience, subject) => {
    const notice = workflowNotice({ ...base, to, comment: 'Thiếu ảnh' })
    expect(notice?.audience).toBe(audience)
    expect(notice?.subject).toMatch(subject)
    expect(notice?.subject).toContain(base.title)
    expect(notice?.text).toContain(base.link)
    expect(notice?.text).toContain('Thiếu ảnh')
  })

  it.each(['draft', 'in_review', 'unpublished', 'archived'] as WorkflowState[])('a step to %s sends nothing', (to) => {
    expect(workflowNotice({ ...base, to })).toBeNull()
  })
})

describe('the editor queues', () => {
  it.each([
    ['contributor', ['Bản nháp của tôi', 'Bị trả lại', 'Đã gửi, đang chờ Hội đồng duyệt']],
    ['manager', ['Bị trả lại', 'Chờ đơn vị xem xét', 'Đã chuyển Hội đồng']],
    ['editor', ['Chờ duyệt', 'Đang duyệt', 'Đã duyệt, chờ xuất bản']],
    ['admin', ['Chờ duyệt', 'Đang duyệt', 'Đã duyệt, chờ xuất bản']],
    [null, []],
  ] as const)('show %s the lists %j', (role, labels) => {
    expect(queuesFor(role).map((q) => q.label)).toEqual(labels)
  })

  it('put returned documents in the contributor list and approved ones in the publisher list', () => {
    expect(queuesFor('contributor').find((q) => q.key === 'returned')!.states).toEqual(['changes_requested'])
    expect(queuesFor('admin').find((q) => q.key === 'approved')!.states).toEqual(['approved'])
  })
})
