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
