import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../src/email/outbox.ts'
import { noticesDelivered } from '../src/email/sendWorkflowNotice.ts'
import { rest, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * The unit manager (cán bộ thi đua đơn vị, issue #10, point 5): sees its unit and sub-units, screens
 * their submissions before the council where a unit has one; units without a manager submit to the
 * council as before. Through the REST routes on a real SQLite database.
 */
const PASSWORD = 'mat-khau-can-bo-1'
let t: TestPayload
const ids: Record<string, number> = {}
const token: Record<string, string> = {}
const system = { overrideAccess: true } as const

beforeAll(async () => {
  process.env.EMAIL_TRANSPORT = 'memory'
  t = await startTestPayload()
  const unit = async (key: string, name: string, type: string, parent?: number) => {
    ids[key] = (await t.payload.create({ collection: 'units', data: { name, type, parent } as never, ...system })).id as number
  }
  await unit('federation', 'Liên đoàn Lao động tỉnh', 'association')
  await unit('union', 'Công đoàn cơ sở Trường THPT Hoà An', 'union', ids.federation)
  await unit('otherUnion', 'Công đoàn Bệnh viện Đa khoa tỉnh', 'union', ids.federation)
  await unit('district', 'Huyện Đắk Lâm', 'district')
  const person = async (key: string, role: string, unitKey?: string) => {
    const email = `${key}@thidua.test`
    await t.payload.create({ collection: 'users', data: { email, name: `Người ${key}`, role, unit: unitKey ? ids[unitKey] : undefined, password: PASSWORD } as never, ...system })
    token[key] = await tokenFor(t.payload, email, PASSWORD)
  }
  // The first account is always the administrator.
  await person('publisher', 'admin')
  await person('manager', 'manager', 'federation')
  await person('unionWriter', 'contributor', 'union')
  await person('districtWriter', 'contributor', 'district')
  await person('editor', 'editor')
})
afterAll(async () => {
  delete process.env.EMAIL_TRANSPORT
  await t?.cleanup()
})

const step = (who: string, collection: string, id: number, to: string, comment?: string) =>
  rest('POST', `/api/${collection}/${id}/transition`, { token: token[who], json: { to, comment } })
const stateOf = async (collection: 'articles' | 'exemplars', id: number) =>
  (await t.payload.findByID({ collection, id, draft: true, ...system })).workflowState

describe('the unit manager’s gate', () => {
  let story: number

  it('routes a sub-unit’s submission to the manager, who is told by e-mail', async () => {
    const created = await rest('POST', '/api/articles?draft=true', { token: token.unionWriter, json: { title: 'Cô giáo Lò Thị Mai và lớp học tình thương' } })
    expect(created.status).toBe(201)
    story = created.body.doc.id
    const before = outbox.length
    expect((await step('unionWriter', 'articles', story, 'submitted')).status).toBe(200)
    expect(await stateOf('articles', story)).toBe('unit_review')
    await noticesDelivered()
    const mail = outbox.slice(before).find((m) => m.to.includes('manager@thidua.test'))
    expect(mail?.subject).toMatch(/chờ đơn vị xem xét/)
  })

  it('lets the manager read its unit’s and sub-units’ documents, not other units’ nor private data', async () => {
    const other = await t.payload.create({ collection: 'articles', data: { title: 'Bài của huyện', unit: ids.district, _status: 'draft' } as never, draft: true, ...system })
    const list = await rest('GET', '/api/articles?draft=true&limit=100&depth=0', { token: token.manager })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(story)
    expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(other.id)
    expect((await rest('GET', `/api/articles/${other.id}?draft=true`, { token: token.manager })).status).toBe(404)
    const profile = await t.payload.create({ collection: 'exemplars', data: { name: 'Chị Mai', unit: ids.otherUnion, contact: { phone: '0912 777 888' }, ethnicity: 'Thái' } as never, draft: true, ...system })
    const read = await rest('GET', `/api/exemplars/${profile.id}?draft=true`, { token: token.manager })
    expect(read.status).toBe(200)
    expect(read.text).not.toContain('0912 777 888')
    expect(read.text).not.toContain('Thái')
  })

  it('keeps the story out of the council’s queue until forwarded, and refuses the manager approving or publishing', async () => {
    expect((await step('editor', 'articles', story, 'in_review')).status).toBe(403)
    expect((await step('manager', 'articles', story, 'approved')).status).toBe(403)
    expect((await step('manager', 'articles', story, 'published')).status).toBe(403)
  })

  it('requires a comment to return it, and the unit resubmits to the manager', async () => {
    const bare = await step('manager', 'articles', story, 'changes_requested')
    expect(bare.status).toBe(403)
    expect((await step('manager', 'articles', story, 'changes_requested', 'Bổ sung số học sinh được hỗ trợ.')).status).toBe(200)
    expect(await stateOf('articles', story)).toBe('changes_requested')
    expect((await step('unionWriter', 'articles', story, 'submitted')).status).toBe(200)
    expect(await stateOf('articles', story)).toBe('unit_review')
  })

  it('forwards it to the council, where the two gates hold as before', async () => {
    expect((await step('manager', 'articles', story, 'submitted')).status).toBe(200)
    expect(await stateOf('articles', story)).toBe('submitted')
    expect((await step('editor', 'articles', story, 'in_review')).status).toBe(200)
    expect((await step('editor', 'articles', story, 'approved')).status).toBe(200)
    expect((await step('editor', 'articles', story, 'published')).status).toBe(403)
    expect((await step('publisher', 'articles', story, 'published')).status).toBe(200)
    const history = (await t.payload.findByID({ collection: 'articles', id: story, ...system })).reviewHistory as Array<{ toState: string; actorRole: string }>
    expect(history.map((h) => h.toState)).toEqual(['unit_review', 'changes_requested', 'unit_review', 'submitted', 'in_review', 'approved', 'published'])
  })

  it('leaves units without a manager submitting straight to the council', async () => {
    const created = await rest('POST', '/api/articles?draft=true', { token: token.districtWriter, json: { title: 'Nông dân sản xuất giỏi Đắk Lâm' } })
    expect((await step('districtWriter', 'articles', created.body.doc.id, 'submitted')).status).toBe(200)
    expect(await stateOf('articles', created.body.doc.id)).toBe('submitted')
  })

  it('lets the manager write for a sub-unit but not for another unit', async () => {
    expect((await rest('POST', '/api/articles?draft=true', { token: token.manager, json: { title: 'Bài của công đoàn bệnh viện', unit: ids.otherUnion } })).status).toBe(201)
    expect((await rest('POST', '/api/articles?draft=true', { token: token.manager, json: { title: 'Bài của huyện', unit: ids.district } })).status).toBe(403)
  })

  it('shows the manager its unit and sub-units on the scoreboard', async () => {
    const res = await rest('GET', '/api/reports/quota', { token: token.manager })
    expect(res.status).toBe(200)
    expect(res.body.units.map((u: { name: string }) => u.name).sort((a: string, b: string) => a.localeCompare(b, 'vi'))).toEqual([
      'Công đoàn Bệnh viện Đa khoa tỉnh', 'Công đoàn cơ sở Trường THPT Hoà An', 'Liên đoàn Lao động tỉnh',
    ])
  })
})
