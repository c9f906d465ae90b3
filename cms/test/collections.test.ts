import { defaultYearPlan, ruleFor } from '@thidua/content-models'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

let t: TestPayload
const nfd = (s: string) => s.normalize('NFD')

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

const create = (collection: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  t.payload.create({ collection: collection as never, data: data as never, overrideAccess: true, ...extra }) as Promise<any>

describe('documents of every collection', () => {
  it("creates a unit with a Vietnamese slug that follows the year plan's quota of its type unless overridden", async () => {
    const district = await create('units', { name: 'Huyện Đắk Lâm', type: 'district' })
    const department = await create('units', { name: 'Sở Y tế', type: 'department', quota: 'month' })
    expect(district.slug).toBe('huyen-dak-lam')
    expect(district.quota ?? null).toBeNull()
    const plan = defaultYearPlan(2026)
    expect(ruleFor(plan, district)).toEqual({ period: 'month', minimum: 1 })
    expect(ruleFor(plan, department)).toEqual({ period: 'month', minimum: 1 })
    expect(ruleFor(plan, { ...department, quota: null })).toEqual({ period: 'quarter', minimum: 1 })
  })

  it('creates a hierarchical field of work and a movement', async () => {
    const parent = await create('categories', { name: 'Giáo dục và đào tạo' })
    const child = await create('categories', { name: 'Dạy tốt, học tốt', parent: parent.id })
    const movement = await create('movements', { name: 'Dân vận khéo', level: 'provincial', status: 'active' })
    expect(child.parent.id ?? child.parent).toBe(parent.id)
    expect(child.slug).toBe('day-tot-hoc-tot')
    expect(movement.slug).toBe('dan-van-kheo')
  })

  it('stores NFD input as NFC and slugs it like its NFC twin', async () => {
    const profile = await create('exemplars', { name: nfd('Đặng Thị Hoà'), subjectType: 'individual', kind: 'advanced', locality: nfd('xã Tân Hoà') })
    expect(profile.name).toBe('Đặng Thị Hoà'.normalize('NFC'))
    expect(profile.name).not.toBe(nfd('Đặng Thị Hoà'))
    expect(profile.locality).toBe('xã Tân Hoà'.normalize('NFC'))
    expect(profile.slug).toBe('dang-thi-hoa')
  })

  it('keeps slugs unique: a second profile with the same name gets -2', async () => {
    const again = await create('exemplars', { name: 'Đặng Thị Hoà', subjectType: 'individual', kind: 'good-deed' })
    expect(again.slug).toBe('dang-thi-hoa-2')
  })

  it('keeps an edited article its slug unless the editor changes it', async () => {
    const article = await create('articles', { title: 'Gương sáng Y đức ở Trạm Y tế xã', _status: 'draft' }, { draft: true })
    expect(article.slug).toBe('guong-sang-y-duc-o-tram-y-te-xa')
    const edited = await t.payload.update({ collection: 'articles', id: article.id, data: { slug: 'Trạm Y tế Tân Hoà' }, overrideAccess: true, draft: true })
    expect(edited.slug).toBe('tram-y-te-tan-hoa')
  })

  it('gives an article a feed guid at creation that an edit never changes', async () => {
    const article = await create('articles', { title: 'Bài có guid', _status: 'published' })
    expect(article.guid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    const edited = await t.payload.update({ collection: 'articles', id: article.id, data: { title: 'Bài có guid (sửa)', guid: 'urn:uuid:hijack' }, overrideAccess: true })
    expect(edited.guid).toBe(article.guid)
    expect(edited.publishedAt).toBeTruthy()
  })

  it('refuses to publish a profile without consent, in Vietnamese, and keeps the saved draft', async () => {
    const draft = await create('exemplars', { name: 'Hộ gia đình ông Lò Văn Piếng', subjectType: 'household', kind: 'advanced', _status: 'draft' }, { draft: true })
    const error = await t.payload
      .update({ collection: 'exemplars', id: draft.id, data: { _status: 'published' }, overrideAccess: true })
      .then(() => null, (e: { data?: { errors?: { path: string; message: string }[] } }) => e)
    expect(error?.data?.errors?.[0]).toMatchObject({ path: 'consentToPublish', message: expect.stringMatching(/đồng ý công bố/) })
    const still = await t.payload.findByID({ collection: 'exemplars', id: draft.id, overrideAccess: true, draft: true })
    expect(still.name).toBe('Hộ gia đình ông Lò Văn Piếng')
    const published = await t.payload.update({ collection: 'exemplars', id: draft.id, data: { consentToPublish: true, _status: 'published' }, overrideAccess: true })
    expect(published._status).toBe('published')
  })
})
