import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

/**
 * The production database. No MongoDB server can run on the development machines, so this suite
 * runs only when MONGODB_URI points at one (e.g. MONGODB_URI=mongodb://127.0.0.1:27017/thidua-test).
 */
const uri = process.env.MONGODB_URI
if (!uri) console.warn('SKIPPED: MongoDB suite (cms/test/mongodb.test.ts): set MONGODB_URI=mongodb://... to run it.')

describe.skipIf(!uri)('the CMS on MongoDB', () => {
  let payload: Payload
  beforeAll(async () => {
    process.env.DATABASE_URI = uri
    const { getPayload } = await import('payload')
    const { default: config } = await import('../src/payload.config.ts')
    payload = await getPayload({ config })
    for (const collection of ['articles', 'exemplars', 'units', 'users'] as const) {
      await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true })
    }
  })
  afterAll(async () => payload?.destroy())

  it('stores documents with string ids, NFC text and Vietnamese slugs', async () => {
    const unit = await payload.create({ collection: 'units', data: { name: 'Huyện Hoà An'.normalize('NFD'), type: 'district' }, overrideAccess: true })
    expect(typeof unit.id).toBe('string')
    expect(unit.name).toBe('Huyện Hoà An')
    expect(unit.slug).toBe('huyen-hoa-an')
  })

  it('shows anonymous readers only published articles', async () => {
    await payload.create({ collection: 'articles', data: { title: 'Đã xuất bản', _status: 'published' }, overrideAccess: true })
    await payload.create({ collection: 'articles', data: { title: 'CANARY-MONGO-DRAFT', _status: 'draft' }, overrideAccess: true, draft: true })
    const seen = await payload.find({ collection: 'articles', overrideAccess: false })
    expect(seen.docs.map((a) => a.title)).toEqual(['Đã xuất bản'])
  })
})
