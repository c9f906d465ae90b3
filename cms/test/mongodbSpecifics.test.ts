import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * What only the MongoDB adapter does (issue #12): ObjectId strings as ids and the REST checks that
 * follow from them. Runs in the `cms-mongodb` project (every other suite runs on both databases);
 * on SQLite it says it is skipped.
 */
const onMongo = Boolean(process.env.DATABASE_URI?.startsWith('mongodb'))
if (!onMongo) console.warn('SKIPPED on SQLite: cms/test/mongodbSpecifics.test.ts runs in the cms-mongodb project.')

describe.skipIf(!onMongo)('the CMS on MongoDB', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload()
  })
  afterAll(async () => t?.cleanup())

  it('stores documents with ObjectId string ids, NFC text and Vietnamese slugs', async () => {
    const unit = await t.payload.create({ collection: 'units', data: { name: 'Huyện Hoà An'.normalize('NFD'), type: 'district' }, overrideAccess: true })
    expect(unit.id).toMatch(/^[0-9a-f]{24}$/)
    expect(unit.name).toBe('Huyện Hoà An')
    expect(unit.slug).toBe('huyen-hoa-an')
  })

  it('answers an id that is not an ObjectId with a 404, and reads one that is', async () => {
    const article = await t.payload.create({ collection: 'articles', data: { title: 'Đã xuất bản', _status: 'published' } as never, overrideAccess: true })
    expect((await rest('GET', '/api/articles/12')).status).toBe(404)
    expect((await rest('GET', '/api/articles/abc')).status).toBe(404)
    expect((await rest('GET', `/api/articles/${article.id}`)).status).toBe(200)
  })
})
