import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WORKFLOW_STATES, type Role, type WorkflowState } from '@thidua/content-models'
import { graphql } from './helpers/graphql.ts'
import { rest } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'
import { articleIn, createCast, latest, live, type Cast, type Person } from './helpers/workflowFixtures.ts'

/**
 * Every step of the review flow, tried by every role through the admin's transition endpoint (the
 * real REST handler): allowed steps happen and are recorded, forbidden ones are refused in
 * Vietnamese and change nothing (issue #3, tests).
 */
let t: TestPayload
let cast: Cast

beforeAll(async () => {
  t = await startTestPayload()
  cast = await createCast(t.payload)
})
afterAll(async () => t?.cleanup())

/**
 * Written out by hand from the issue, independently of content-models' table. Unit A has no
 * manager: "Gửi duyệt" goes to the council and nobody can ask for the manager's gate directly.
 */
const ALLOWED: Record<Role, string[]> = {
  contributor: ['draft>submitted', 'changes_requested>submitted', 'submitted>draft', 'unit_review>draft'],
  manager: [],
  editor: ['draft>submitted', 'changes_requested>submitted', 'submitted>draft', 'submitted>in_review', 'in_review>changes_requested', 'in_review>approved', 'approved>changes_requested'],
  admin: [
    'draft>submitted', 'changes_requested>submitted', 'submitted>draft', 'submitted>in_review', 'in_review>changes_requested', 'in_review>approved', 'approved>changes_requested',
    'approved>published', 'published>unpublished', 'unpublished>published', 'published>archived', 'unpublished>archived', 'draft>archived', 'changes_requested>archived', 'archived>draft',
  ],
}
const STATES = WORKFLOW_STATES.map((s) => s.value)
const ROLES: Role[] = ['contributor', 'editor', 'admin']
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
const cases = ROLES.flatMap((role) => STATES.flatMap((from) => STATES.filter((to) => to !== from).map((to) => ({ role, from, to, allowed: ALLOWED[role].includes(`${from}>${to}`) }))))
const personFor = (role: Role): Person => (role === 'admin' ? cast.publisher : role === 'editor' ? cast.editor : cast.contributorA)

describe.each(cases)('$role asking to move an article from $from to $to', ({ role, from, to, allowed }) => {
  it(allowed ? 'moves it and records who, when, from, to and the comment' : 'is refused with a Vietnamese message and nothing changes', async () => {
    const article = await articleIn(t.payload, from, cast.unitA.id)
    const before = await latest(t.payload, 'articles', article.id)
    const person = personFor(role)
    const comment = `Nhận xét của ${person.name}`
    const res = await rest('POST', `/api/articles/${article.id}/transition`, { token: person.token, json: { to, comment } })
    const after = await latest(t.payload, 'articles', article.id)
    if (!allowed) {
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(VIETNAMESE)
      expect(after.workflowState).toBe(before.workflowState)
      expect(after.reviewHistory).toHaveLength(before.reviewHistory.length)
      return
    }
    expect(res.status, res.text).toBe(200)
    expect(after.workflowState).toBe(to)
    expect(after.reviewHistory.at(-1)).toMatchObject({ fromState: from, toState: to, comment, actorId: String(person.id), actorName: person.name, actorRole: role })
    expect(Date.now() - Date.parse(after.reviewHistory.at(-1).at)).toBeLessThan(60_000)
    const main = await live(t.payload, 'articles', article.id)
    if (to === 'published') expect(main._status).toBe('published')
    if (to === 'unpublished' || to === 'archived') expect(main._status).toBe('draft')
  })
})

describe('the review flow end to end', () => {
  const step = (person: Person, id: number, to: WorkflowState | undefined, comment?: string) =>
    rest('POST', `/api/articles/${id}/transition`, { token: person.token, json: { to, comment } })

  it('carries a unit story from draft to published with a return for changes on the way', async () => {
    const created = await rest('POST', '/api/articles?draft=true', {
      token: cast.contributorA.token,
      json: { title: 'Cô giáo cắm bản ở Pác Nặm', summary: 'Mười năm bám bản.', body: 'Bản nháp đầu tiên.' },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.workflowState).toBe('draft')
    expect(String(created.body.doc.unit?.id ?? created.body.doc.unit)).toBe(String(cast.unitA.id))

    expect((await step(cast.contributorA, id, 'submitted')).status).toBe(200)
    expect((await step(cast.editor, id, 'in_review')).status).toBe(200)
    const noComment = await step(cast.editor, id, 'changes_requested')
    expect(noComment.status).toBe(403)
    expect(noComment.body.errors[0].message).toMatch(/cần ghi rõ nội dung cần sửa/)
    expect((await step(cast.editor, id, 'changes_requested', 'Bổ sung số học sinh và ảnh lớp học.')).status).toBe(200)

    // The contributor sees the comment and fixes the article.
    const returned = await rest('GET', `/api/articles/${id}?draft=true&depth=0`, { token: cast.contributorA.token })
    expect(returned.body.workflowState).toBe('changes_requested')
    expect(returned.body.reviewHistory.at(-1)).toMatchObject({ toState: 'changes_requested', comment: 'Bổ sung số học sinh và ảnh lớp học.', actorName: cast.editor.name })
    const fixed = await rest('PATCH', `/api/articles/${id}?draft=true`, { token: cast.contributorA.token, json: { body: 'Lớp có 27 học sinh người Dao.' } })
    expect(fixed.status, fixed.text).toBe(200)
    expect(fixed.body.doc.workflowState).toBe('changes_requested')

    expect((await step(cast.contributorA, id, 'submitted')).status).toBe(200)
    expect((await step(cast.editor, id, 'in_review')).status).toBe(200)
    expect((await step(cast.editor, id, 'approved')).status).toBe(200)
    expect((await rest('GET', `/api/articles/${id}`)).status).toBe(404)
    const published = await step(cast.publisher, id, 'published', 'Đăng trang chủ.')
    expect(published.status, published.text).toBe(200)

    const anonymous = await rest('GET', `/api/articles/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.body).toBe('Lớp có 27 học sinh người Dao.')
    const history = (await latest(t.payload, 'articles', id)).reviewHistory.map((e: any) => `${e.fromState}>${e.toState}`)
    expect(history).toEqual([
      'draft>submitted', 'submitted>in_review', 'in_review>changes_requested', 'changes_requested>submitted', 'submitted>in_review', 'in_review>approved', 'approved>published',
    ])
  })

  it('keeps the published version live while an edit of it goes through review again', async () => {
    const article = await articleIn(t.payload, 'published', cast.unitA.id, 'Bản đang đăng')
    const edit = await rest('PATCH', `/api/articles/${article.id}`, { token: cast.contributorA.token, json: { title: 'Bản sửa chờ duyệt' } })
    expect(edit.status, edit.text).toBe(200)
    expect((await rest('GET', `/api/articles/${article.id}`)).body.title).toBe('Bản đang đăng')
    const draft = await latest(t.payload, 'articles', article.id)
    expect(draft).toMatchObject({ title: 'Bản sửa chờ duyệt', workflowState: 'draft', _status: 'draft' })
    expect(draft.reviewHistory.at(-1)).toMatchObject({ fromState: 'published', toState: 'draft' })
    expect((await live(t.payload, 'articles', article.id))._status).toBe('published')

    // The publisher's Publish button cannot skip the review of someone's revision.
    const skip = await rest('PATCH', `/api/articles/${article.id}`, { token: cast.publisher.token, json: { _status: 'published' } })
    expect(skip.status).toBe(403)
    expect(skip.body.errors[0].message).toMatch(/Không thể chuyển từ “Bản nháp” sang “Đã xuất bản”/)

    for (const [person, to] of [[cast.contributorA, 'submitted'], [cast.editor, 'in_review'], [cast.editor, 'approved']] as const) {
      expect((await step(person, article.id, to)).status).toBe(200)
      expect((await rest('GET', `/api/articles/${article.id}`)).body.title).toBe('Bản đang đăng')
    }
    expect((await step(cast.publisher, article.id, 'published')).status).toBe(200)
    expect((await rest('GET', `/api/articles/${article.id}`)).body.title).toBe('Bản sửa chờ duyệt')
  })

  it('lets the publisher correct a live article directly when no revision waits, and records it', async () => {
    const article = await articleIn(t.payload, 'published', cast.unitA.id, 'Bài có lỗi chính tả')
    const fix = await rest('PATCH', `/api/articles/${article.id}`, { token: cast.publisher.token, json: { title: 'Bài đã sửa lỗi chính tả', _status: 'published' } })
    expect(fix.status, fix.text).toBe(200)
    expect((await rest('GET', `/api/articles/${article.id}`)).body.title).toBe('Bài đã sửa lỗi chính tả')
    expect((await latest(t.payload, 'articles', article.id)).reviewHistory.at(-1)).toMatchObject({ fromState: 'published', toState: 'published', actorRole: 'admin' })
  })

  it('locks a submitted article for its unit until it is withdrawn', async () => {
    const article = await articleIn(t.payload, 'submitted', cast.unitA.id)
    const edit = await rest('PATCH', `/api/articles/${article.id}?draft=true`, { token: cast.contributorA.token, json: { title: 'Sửa khi đang chờ duyệt' } })
    expect(edit.status).toBe(403)
    expect(edit.body.errors[0].message).toMatch(/Rút lại để sửa/)
    expect((await step(cast.contributorA, article.id, 'draft')).status).toBe(200)
    const again = await rest('PATCH', `/api/articles/${article.id}?draft=true`, { token: cast.contributorA.token, json: { title: 'Sửa sau khi rút lại' } })
    expect(again.status, again.text).toBe(200)
    // The council may still fix a submitted article.
    const council = await articleIn(t.payload, 'in_review', cast.unitA.id)
    expect((await rest('PATCH', `/api/articles/${council.id}?draft=true`, { token: cast.editor.token, json: { title: 'Biên tập viên sửa tít' } })).status).toBe(200)
    expect((await latest(t.payload, 'articles', council.id)).workflowState).toBe('in_review')
  })

  it('lets a comment be added without a step, and refuses one on a live article', async () => {
    const article = await articleIn(t.payload, 'in_review', cast.unitA.id)
    const res = await step(cast.editor, article.id, undefined, 'Đang xác minh số liệu với huyện.')
    expect(res.status, res.text).toBe(200)
    expect((await latest(t.payload, 'articles', article.id)).reviewHistory.at(-1)).toMatchObject({ fromState: 'in_review', toState: 'in_review', comment: 'Đang xác minh số liệu với huyện.' })
    const published = await articleIn(t.payload, 'published', cast.unitA.id)
    expect((await step(cast.editor, published.id, undefined, 'Nhận xét')).status).toBe(403)
  })

  it('refuses to submit an article without a title', async () => {
    const created = await rest('POST', '/api/articles?draft=true', { token: cast.contributorA.token, json: { summary: 'Chưa có tít' } })
    expect(created.status, created.text).toBe(201)
    const res = await step(cast.contributorA, created.body.doc.id, 'submitted')
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/chưa có tiêu đề/)
  })

  it('starts every new document, duplicates included, as a draft with an empty history', async () => {
    const submittedAtOnce = await rest('POST', '/api/articles?draft=true', { token: cast.contributorA.token, json: { title: 'Gửi ngay khi tạo', workflowState: 'submitted', reviewNote: 'Nhờ Ban xem giúp.' } })
    expect(submittedAtOnce.status, submittedAtOnce.text).toBe(201)
    expect(submittedAtOnce.body.doc.workflowState).toBe('submitted')
    expect(submittedAtOnce.body.doc.reviewHistory).toMatchObject([{ fromState: 'draft', toState: 'submitted', comment: 'Nhờ Ban xem giúp.' }])

    const approvedAtOnce = await rest('POST', '/api/articles?draft=true', { token: cast.editor.token, json: { title: 'Duyệt ngay khi tạo', workflowState: 'approved' } })
    expect(approvedAtOnce.status).toBe(403)
    const forged = await rest('POST', '/api/articles?draft=true', {
      token: cast.contributorA.token,
      json: { title: 'Lịch sử giả', reviewHistory: [{ fromState: 'in_review', toState: 'approved', actorName: 'Giả mạo', at: new Date().toISOString() }] },
    })
    expect(forged.body.doc.reviewHistory).toEqual([])

    const original = await articleIn(t.payload, 'published', cast.unitA.id, 'Bài gốc để nhân bản')
    const copy = await rest('POST', `/api/articles/${original.id}/duplicate`, { token: cast.contributorA.token })
    expect(copy.status, copy.text).toBe(200)
    const duplicated = await latest(t.payload, 'articles', copy.body.doc.id)
    expect(duplicated).toMatchObject({ workflowState: 'draft', _status: 'draft', reviewHistory: [] })
    expect((await live(t.payload, 'articles', copy.body.doc.id))._status).toBe('draft')
  })

  it('restores an old version only as a draft that must be reviewed again', async () => {
    const article = await articleIn(t.payload, 'published', cast.unitA.id, 'Phiên bản một')
    await rest('PATCH', `/api/articles/${article.id}?draft=true`, { token: cast.contributorA.token, json: { title: 'Phiên bản hai' } })
    const versions = await rest('GET', `/api/articles/versions?where[parent][equals]=${article.id}&sort=createdAt`, { token: cast.contributorA.token })
    const first = versions.body.docs[0]
    expect(first.version.title).toBe('Phiên bản một')
    for (const person of [cast.contributorA, cast.publisher]) {
      const live = await rest('POST', `/api/articles/versions/${first.id}`, { token: person.token })
      expect(live.status).toBe(403)
      expect(live.body.errors[0].message).toMatch(/khôi phục phiên bản cũ thành bản nháp/)
    }
    const asDraft = await rest('POST', `/api/articles/versions/${first.id}?draft=true`, { token: cast.contributorA.token })
    expect(asDraft.status, asDraft.text).toBe(200)
    const restored = await latest(t.payload, 'articles', article.id)
    expect(restored).toMatchObject({ title: 'Phiên bản một', workflowState: 'draft' })
    expect(restored.reviewHistory.length).toBeGreaterThan(0)
  })

  it('applies the same rules through GraphQL and through the Local API on behalf of a user', async () => {
    const submitted = await articleIn(t.payload, 'submitted', cast.unitA.id)
    const approve = await graphql(`mutation { updateArticle(id: ${JSON.stringify(submitted.id)}, draft: true, data: { workflowState: approved }) { workflowState } }`, { token: cast.contributorA.token })
    expect(approve.body.errors?.[0]?.message).toMatch(/Không thể chuyển từ “Đã gửi, chờ duyệt” sang “Đã duyệt, chờ xuất bản”/)
    const take = await graphql(`mutation { updateArticle(id: ${JSON.stringify(submitted.id)}, draft: true, data: { workflowState: in_review }) { workflowState } }`, { token: cast.editor.token })
    expect(take.body.data?.updateArticle?.workflowState).toBe('in_review')

    const user = async (p: Person) => ({ ...(await t.payload.findByID({ collection: 'users', id: p.id, overrideAccess: true })), collection: 'users' }) as never
    const asContributor = t.payload.update({ collection: 'articles', id: submitted.id, data: { workflowState: 'approved' } as never, draft: true, overrideAccess: false, user: await user(cast.contributorA) })
    await expect(asContributor).rejects.toMatchObject({ status: 403, name: 'WorkflowRefusal' })
    const returned = await t.payload.update({
      collection: 'articles', id: submitted.id, data: { workflowState: 'changes_requested', reviewNote: 'Ảnh mờ, đề nghị thay.' } as never, draft: true, overrideAccess: false, user: await user(cast.editor),
    })
    expect(returned.workflowState).toBe('changes_requested')
    expect((await latest(t.payload, 'articles', submitted.id)).reviewHistory.at(-1)).toMatchObject({ comment: 'Ảnh mờ, đề nghị thay.', actorId: String(cast.editor.id) })
  })
})

describe('the review flow on exemplar profiles', () => {
  it('takes a unit’s profile through review, and publishes it only with the person’s consent', async () => {
    const created = await rest('POST', '/api/exemplars?draft=true', {
      token: cast.contributorA.token,
      json: { name: 'Bà Hoàng Thị Sinh', subjectType: 'individual', kind: 'good-deed', contact: { phone: '0915 222 333' } },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.body.doc.id
    const step = (person: Person, to: string) => rest('POST', `/api/exemplars/${id}/transition`, { token: person.token, json: { to } })
    expect((await step(cast.contributorA, 'submitted')).status).toBe(200)
    expect((await step(cast.editor, 'in_review')).status).toBe(200)
    expect((await step(cast.editor, 'approved')).status).toBe(200)
    const noConsent = await step(cast.publisher, 'published')
    expect(noConsent.status).toBe(400)
    expect(noConsent.body.errors[0].data.errors[0].message).toMatch(/đồng ý công bố/)
    expect((await latest(t.payload, 'exemplars', id)).workflowState).toBe('approved')
    const noMethod = await rest('PATCH', `/api/exemplars/${id}?draft=true`, { token: cast.editor.token, json: { consentToPublish: true } })
    expect(noMethod.status).toBe(403)
    expect(noMethod.body.errors[0].message).toMatch(/hình thức đồng ý/)
    expect((await rest('PATCH', `/api/exemplars/${id}?draft=true`, { token: cast.editor.token, json: { consentToPublish: true, consentMethod: 'written' } })).status).toBe(200)
    const recorded = await latest(t.payload, 'exemplars', id)
    expect(recorded).toMatchObject({ consentToPublish: true, consentMethod: 'written', consentRecordedBy: cast.editor.name })
    expect((await step(cast.publisher, 'published')).status).toBe(200)
    const anonymous = await rest('GET', `/api/exemplars/${id}`)
    expect(anonymous.body.name).toBe('Bà Hoàng Thị Sinh')
    expect(anonymous.text).not.toContain('0915 222 333')
  })
})
