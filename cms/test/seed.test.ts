import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload({ seed: true })
}, 300_000)
afterAll(async () => t?.cleanup())

describe('demo content on first start', () => {
  it('seeds 40+ profiles across every subject type and kind, and 60+ articles', async () => {
    const exemplars = await t.payload.find({ collection: 'exemplars', limit: 0, pagination: false, overrideAccess: true })
    expect(exemplars.docs.length).toBeGreaterThanOrEqual(40)
    expect(new Set(exemplars.docs.map((e) => e.subjectType))).toEqual(new Set(['individual', 'collective', 'household']))
    expect(new Set(exemplars.docs.map((e) => e.kind))).toEqual(new Set(['advanced', 'new-model', 'new-factor', 'good-deed']))
    const articles = await t.payload.count({ collection: 'articles', overrideAccess: true, draft: true } as never)
    expect(articles.totalDocs).toBeGreaterThanOrEqual(60)
  })

  it('seeds the honouring conferences (issue #11): three levels and a talk, about 40 delegates against seats, dossiers, awards', async () => {
    const events = await t.payload.find({ collection: 'events', pagination: false, overrideAccess: true, depth: 0 })
    expect(events.docs.map((e) => e.level).sort()).toEqual(['district-sector', 'grassroots', 'province', 'province'])
    expect(events.docs.filter((e) => e.eventType === 'talk-exchange')).toHaveLength(1)
    const provincial = events.docs.find((e) => e.level === 'province' && e.eventType === 'honouring-conference')!
    expect(events.docs.filter((e) => String(e.parent) === String(provincial.id))).toHaveLength(2)
    const delegates = await t.payload.count({ collection: 'delegates', where: { event: { equals: provincial.id } }, overrideAccess: true })
    expect(delegates.totalDocs).toBeGreaterThanOrEqual(38)
    expect(delegates.totalDocs).toBeLessThanOrEqual(45)
    const dossiers = await t.payload.find({ collection: 'dossiers', pagination: false, overrideAccess: true, depth: 0 })
    expect(new Set(dossiers.docs.map((d) => d.mimeType))).toEqual(new Set(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']))
    expect(events.docs.flatMap((e) => (e.awards as unknown[] | undefined) ?? []).length).toBeGreaterThanOrEqual(5)
  })

  it('creates one account per role that can log in with DEMO_PASSWORD', async () => {
    for (const email of ['quantri@thidua.example', 'bientap@thidua.example', 'hoaan@thidua.example']) {
      const { user } = await t.payload.login({ collection: 'users', data: { email, password: 'demo-password-123' } })
      expect(user?.email).toBe(email)
    }
  })

  it('never seeds twice: a second run leaves a non-empty database alone', async () => {
    const { seedDemoContent } = await import('../src/seed/seedDemoContent.ts')
    const before = await t.payload.count({ collection: 'exemplars', overrideAccess: true })
    expect(await seedDemoContent(t.payload)).toBe(false)
    const after = await t.payload.count({ collection: 'exemplars', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})
