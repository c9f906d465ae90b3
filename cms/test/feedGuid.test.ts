import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { feedGuid } from '@thidua/content-models'
import { backfillLegacyGuids } from '../src/migrations/20261121_122540_exemplar_guid.ts'
import { rest, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

let t: TestPayload
const password = 'mat-khau-thu-123'
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

const profile = (over: Record<string, unknown> = {}) =>
  t.payload.create({
    collection: 'exemplars',
    data: { name: 'Lò Thị Hoa', subjectType: 'individual', kind: 'good-deed', consentToPublish: true, _status: 'published', ...over } as never,
    overrideAccess: true,
  }) as Promise<any>

/** Makes a profile look as it did before the guid field existed: no guid in the document nor in its versions. */
async function forgetGuid(id: number) {
  await drizzle().run(sql`UPDATE exemplars SET guid = NULL WHERE id = ${id}`)
  await drizzle().run(sql`UPDATE _exemplars_v SET version_guid = NULL WHERE parent_id = ${id}`)
}

const onMongo = Boolean(process.env.DATABASE_URI?.startsWith('mongodb'))
const drizzle = () => (t.payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle

describe('the feed guid of a profile (issue #5)', () => {
  it('is a urn:uuid given at creation that edits, even a new slug, never change', async () => {
    const doc = await profile()
    expect(doc.guid).toMatch(UUID_URN)
    const edited = await t.payload.update({
      collection: 'exemplars', id: doc.id, overrideAccess: true,
      data: { name: 'Lò Thị Hoa (sửa)', slug: 'lo-thi-hoa-moi', guid: 'urn:uuid:00000000-0000-4000-8000-000000000000' } as never,
    })
    expect(edited.guid).toBe(doc.guid)
  })

  it('is public: an anonymous REST client reads it', async () => {
    const doc = await profile({ name: 'Hợp tác xã Tân Tiến', subjectType: 'collective' })
    const res = await rest('GET', `/api/exemplars/${doc.id}`)
    expect(res.status).toBe(200)
    expect(res.body.guid).toBe(doc.guid)
  })

  it("cannot be chosen by a contributor, who could otherwise replace another story in newsrooms' readers", async () => {
    const victim = await profile({ name: 'Nạn nhân' })
    const unit = await t.payload.create({ collection: 'units', data: { name: 'Huyện Hoà An', type: 'district' }, overrideAccess: true })
    // The first account becomes admin whatever it asks for; the contributor must come second.
    await t.payload.create({
      collection: 'users', overrideAccess: true,
      data: { email: 'qt-guid@thidua.example', password, name: 'Quản trị', role: 'admin' } as never,
    })
    await t.payload.create({
      collection: 'users', overrideAccess: true,
      data: { email: 'ctv-guid@thidua.example', password, name: 'Cộng tác viên', role: 'contributor', unit: unit.id } as never,
    })
    const token = await tokenFor(t.payload, 'ctv-guid@thidua.example', password)
    const res = await rest('POST', '/api/exemplars?draft=true', {
      token, json: { name: 'Bài mạo danh', subjectType: 'individual', kind: 'advanced', guid: victim.guid },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.guid).toMatch(UUID_URN)
    expect(res.body.doc.guid).not.toBe(victim.guid)
  })

  it('is new on a duplicate', async () => {
    const doc = await profile({ name: 'Bản gốc' })
    const copy = (await t.payload.duplicate({ collection: 'exemplars', id: doc.id, overrideAccess: true })) as any
    expect(copy.guid).toMatch(UUID_URN)
    expect(copy.guid).not.toBe(doc.guid)
  })

  // SQLite's schema migrations made the guid field; MongoDB has no schema to migrate.
  it.skipIf(onMongo)('for a profile created before the field existed, is the URN the feeds already gave it', async () => {
    const doc = await profile({ name: 'Hồ sơ cũ' })
    await forgetGuid(doc.id)
    const before = await t.payload.findByID({ collection: 'exemplars', id: doc.id, overrideAccess: true })
    expect(before.guid ?? null).toBeNull()
    const shownInFeeds = feedGuid('exemplars', before as never)
    const saved = await t.payload.update({ collection: 'exemplars', id: doc.id, data: { summary: 'Sửa sau' } as never, overrideAccess: true })
    expect(saved.guid).toBe(shownInFeeds)
    expect(saved.guid).toMatch(/^urn:thidua:exemplar:\d{4}-\d\d-\d\dT/)
  })

  it.skipIf(onMongo)('is backfilled by the migration with that same URN', async () => {
    const doc = await profile({ name: 'Hồ sơ trước khi nâng cấp' })
    await forgetGuid(doc.id)
    const before = await t.payload.findByID({ collection: 'exemplars', id: doc.id, overrideAccess: true })
    await backfillLegacyGuids(drizzle() as never)
    const after = await t.payload.findByID({ collection: 'exemplars', id: doc.id, overrideAccess: true })
    expect(after.guid).toBe(feedGuid('exemplars', before as never))
  })
})
