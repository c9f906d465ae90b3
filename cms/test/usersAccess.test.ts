import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

let t: TestPayload
let unitA: any
let unitB: any
const password = 'mat-khau-thu-123'

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

describe('accounts', () => {
  it('makes the first registered user admin whatever role the request asks for', async () => {
    const res = await rest('POST', '/api/users/first-register', {
      json: { email: 'dau-tien@thidua.example', password, name: 'Người đầu tiên', role: 'contributor' },
    })
    expect(res.status).toBe(200)
    const user = await t.payload.find({ collection: 'users', where: { email: { equals: 'dau-tien@thidua.example' } }, overrideAccess: true })
    expect(user.docs[0]?.role).toBe('admin')
    const second = await rest('POST', '/api/users/first-register', { json: { email: 'thu-hai@thidua.example', password, name: 'Thứ hai' } })
    expect(second.status).toBe(403)
  })

  it('refuses a contributor promoting itself to admin, with a Vietnamese message', async () => {
    unitA = await t.payload.create({ collection: 'units', data: { name: 'Huyện Hoà An', type: 'district' }, overrideAccess: true })
    unitB = await t.payload.create({ collection: 'units', data: { name: 'Huyện Đắk Lâm', type: 'district' }, overrideAccess: true })
    const me = await t.payload.create({
      collection: 'users',
      data: { email: 'ctv@thidua.example', password, name: 'Cộng tác viên', role: 'contributor', unit: unitA.id },
      overrideAccess: true,
    })
    const token = await tokenFor(t.payload, 'ctv@thidua.example', password)
    const promote = await rest('PATCH', `/api/users/${me.id}`, { token, json: { role: 'admin' } })
    expect(promote.status).toBe(403)
    expect(promote.text).toMatch(/Chỉ quản trị viên/)
    const move = await rest('PATCH', `/api/users/${me.id}`, { token, json: { unit: unitB.id } })
    expect(move.status).toBe(403)
    const after = await t.payload.findByID({ collection: 'users', id: me.id, overrideAccess: true, depth: 0 })
    expect(after.role).toBe('contributor')
    expect(String(after.unit)).toBe(String(unitA.id))
    const rename = await rest('PATCH', `/api/users/${me.id}`, { token, json: { name: 'Tên mới' } })
    expect(rename.status).toBe(200)
  })

  it("refuses a contributor changing the admin's password or reading other accounts", async () => {
    const token = await tokenFor(t.payload, 'ctv@thidua.example', password)
    const admin = (await t.payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true })).docs[0]!
    const hijack = await rest('PATCH', `/api/users/${admin.id}`, { token, json: { password: 'bi-chiem-quyen' } })
    expect([403, 404]).toContain(hijack.status)
    const login = await t.payload.login({ collection: 'users', data: { email: admin.email, password } })
    expect(login.token).toBeTruthy()
    const list = await rest('GET', '/api/users', { token })
    expect(list.body.docs.map((u: { email: string }) => u.email)).toEqual(['ctv@thidua.example'])
    const anonymous = await rest('GET', '/api/users')
    expect(anonymous.status).toBe(403)
  })
})

describe('anonymous readers', () => {
  it('get only published articles over REST, never drafts', async () => {
    await t.payload.create({ collection: 'articles', data: { title: 'Bài đã xuất bản', _status: 'published', unit: unitA.id }, overrideAccess: true })
    await t.payload.create({ collection: 'articles', data: { title: 'CANARY-DRAFT-7731 bản nháp', _status: 'draft', unit: unitA.id }, overrideAccess: true, draft: true })
    for (const query of ['/api/articles', '/api/articles?draft=true', '/api/articles?where[_status][equals]=draft', '/api/articles?depth=2&limit=100']) {
      const res = await rest('GET', query)
      expect(res.status).toBe(200)
      expect(res.body.docs.every((a: { _status: string }) => a._status === 'published')).toBe(true)
      expect(res.text).not.toContain('CANARY-DRAFT-7731')
      if (!query.includes('where')) expect(res.body.docs.map((a: { title: string }) => a.title)).toEqual(['Bài đã xuất bản'])
    }
  })
})
