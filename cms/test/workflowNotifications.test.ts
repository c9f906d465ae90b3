import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../src/email/outbox.ts'
import { parseFrom } from '../src/email/emailAdapter.ts'
import { noticesDelivered } from '../src/email/sendWorkflowNotice.ts'
import { rest } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'
import { createCast, PASSWORD, type Cast, type Person } from './helpers/workflowFixtures.ts'

/**
 * Review notices go through Payload's email adapter (issue #3, point 8). Here the adapter is the
 * real nodemailer one with an in-memory transport (EMAIL_TRANSPORT=memory): each delivery is a
 * built MIME message recorded in `outbox`.
 */
let t: TestPayload
let cast: Cast
let secondEditor: { email: string }

beforeAll(async () => {
  process.env.EMAIL_TRANSPORT = 'memory'
  process.env.SMTP_FROM = 'Ban Thi đua - Khen thưởng tỉnh <thidua@sonha.example>'
  t = await startTestPayload()
  cast = await createCast(t.payload)
  secondEditor = await t.payload.create({ collection: 'users', data: { email: 'bientap2@thidua.test', name: 'Phạm Thị Biên Tập', role: 'editor', password: PASSWORD } as never, overrideAccess: true }) as never
})
afterAll(async () => {
  delete process.env.EMAIL_TRANSPORT
  delete process.env.SMTP_FROM
  await t?.cleanup()
})

/** Runs `action` and returns the emails it sent. */
async function sentBy(action: () => Promise<{ status: number; text: string }>) {
  const before = outbox.length
  const res = await action()
  expect(res.status, res.text).toBe(200)
  // Notices leave after the write's transaction; wait for the transport to take them.
  await noticesDelivered()
  return outbox.slice(before)
}
const step = (person: Person, id: number, to: string, comment?: string) => () => rest('POST', `/api/articles/${id}/transition`, { token: person.token, json: { to, comment } })

describe('review notices', () => {
  let id: number
  const title = 'Mô hình “Cây lúa thông minh” ở xã Nà Hẩu'

  it('tell every council editor, in one email, that a submission arrived', async () => {
    const created = await rest('POST', '/api/articles?draft=true', { token: cast.contributorA.token, json: { title, summary: 'Năng suất tăng 20%.' } })
    id = created.body.doc.id
    expect(outbox).toHaveLength(0)
    const mails = await sentBy(step(cast.contributorA, id, 'submitted'))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to.sort()).toEqual([cast.editor.email, secondEditor.email].sort())
    expect(mails[0]!.from).toBe('thidua@sonha.example')
    expect(mails[0]!.subject).toContain(`chờ duyệt: ${title}`)
    expect(mails[0]!.text).toContain(cast.contributorA.name)
    expect(mails[0]!.text).toContain(`/admin/collections/articles/${id}`)
    expect(mails[0]!.raw).toMatch(/^Content-Type: text\/plain; charset=utf-8/m)
  })

  it('send nothing when an editor only takes the submission', async () => {
    expect(await sentBy(step(cast.editor, id, 'in_review'))).toHaveLength(0)
  })

  it('tell the contributor who submitted, with the comment, when changes are requested', async () => {
    const mails = await sentBy(step(cast.editor, id, 'changes_requested', 'Cần ảnh ruộng lúa và số liệu năng suất có xác nhận của xã.'))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toEqual([cast.contributorA.email])
    expect(mails[0]!.subject).toContain(`Cần chỉnh sửa: ${title}`)
    expect(mails[0]!.text).toContain('Cần ảnh ruộng lúa và số liệu năng suất có xác nhận của xã.')
  })

  it('tell the publishers when the board approves', async () => {
    expect(await sentBy(step(cast.contributorA, id, 'submitted'))).toHaveLength(1)
    await sentBy(step(cast.editor, id, 'in_review'))
    const mails = await sentBy(step(cast.editor, id, 'approved'))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toEqual([cast.publisher.email])
  })

  it('tell the contributor who submitted when it is published', async () => {
    const mails = await sentBy(step(cast.publisher, id, 'published'))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toEqual([cast.contributorA.email])
    expect(mails[0]!.subject).toContain(`Đã xuất bản: ${title}`)
  })

  it('never wrote to the other unit', () => {
    expect(outbox.flatMap((m) => m.to)).not.toContain(cast.contributorB.email)
  })

  it('never write to the person who took the step', async () => {
    const created = await rest('POST', '/api/articles?draft=true', { token: cast.editor.token, json: { title: 'Bài biên tập viên tự viết' } })
    const mails = await sentBy(step(cast.editor, created.body.doc.id, 'submitted'))
    expect(mails.map((m) => m.to)).toEqual([[secondEditor.email]])
  })

  it('fall back to the unit contributors when nobody submitted through the flow', async () => {
    const article = await t.payload.create({ collection: 'articles', data: { title: 'Bài Hội đồng tự viết', unit: cast.unitA.id, workflowState: 'in_review', _status: 'draft' } as never, draft: true, overrideAccess: true })
    const mails = await sentBy(step(cast.editor, article.id as number, 'changes_requested', 'Đơn vị bổ sung giúp ảnh.'))
    expect(mails.map((m) => m.to)).toEqual([[cast.contributorA.email]])
  })
})

describe('the sender address', () => {
  it.each([
    ['Ban Thi đua <thidua@sonha.example>', { name: 'Ban Thi đua', address: 'thidua@sonha.example' }],
    ['thidua@sonha.example', { name: 'Hội đồng Thi đua - Khen thưởng', address: 'thidua@sonha.example' }],
    [undefined, { name: 'Hội đồng Thi đua - Khen thưởng', address: 'no-reply@thidua.example' }],
  ])('is read from SMTP_FROM=%s', (value, expected) => {
    expect(parseFrom(value)).toEqual(expected)
  })
})
