import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'
import { articleIn, createCast, latest, type Cast } from './helpers/workflowFixtures.ts'

/**
 * Scheduled publication and expiry run by the jobs queue inside the server (issue #3, point 4):
 * `jobs.autoRun` with the cron from JOBS_AUTORUN_CRON (every second here), started the way the
 * server starts it (`getPayload({ cron: true })`, see instrumentation.ts). Nothing below asks the
 * CMS to run jobs; the test only watches the database.
 */
let t: TestPayload
let cast: Cast

beforeAll(async () => {
  process.env.JOBS_AUTORUN_CRON = '* * * * * *'
  t = await startTestPayload()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config.ts')
  await getPayload({ config, cron: true })
  cast = await createCast(t.payload)
})
afterAll(async () => {
  delete process.env.JOBS_AUTORUN_CRON
  await t?.cleanup()
})

/** Polls the database (not the API) until `check` holds, for at most `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 30_000): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}
const mainStatus = async (id: number) =>
  ((await t.payload.db.findOne({ collection: 'articles', where: { id: { equals: id } } })) as { _status?: string } | null)?._status

describe('scheduled publication', () => {
  it('puts an approved article online at the scheduled time with no request from anyone', async () => {
    const article = await articleIn(t.payload, 'approved', cast.unitA.id, 'Bài hẹn giờ đăng')
    // Far enough ahead that the checks below run before it even on a loaded machine.
    const at = new Date(Date.now() + 10_000)
    const scheduled = await rest('POST', `/api/articles/${article.id}/transition`, { token: cast.publisher.token, json: { to: 'published', publishAt: at.toISOString() } })
    expect(scheduled.status, scheduled.text).toBe(200)
    expect(scheduled.body.scheduledAt).toBe(at.toISOString())
    expect((await rest('GET', `/api/articles/${article.id}`)).status).toBe(404)

    expect(await eventually(async () => (await mainStatus(article.id)) === 'published')).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
    const anonymous = await rest('GET', `/api/articles/${article.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.title).toBe('Bài hẹn giờ đăng')
    // The job acted as the publisher who scheduled it, through the same rules.
    expect((await latest(t.payload, 'articles', article.id)).reviewHistory.at(-1)).toMatchObject({ fromState: 'approved', toState: 'published', actorId: String(cast.publisher.id) })
  })

  it('takes an article down at its expiry time', async () => {
    const article = await articleIn(t.payload, 'approved', cast.unitA.id, 'Thông báo có hạn')
    await t.payload.update({ collection: 'articles', id: article.id, data: { unpublishAt: new Date(Date.now() + 8_000).toISOString() } as never, draft: true, overrideAccess: true })
    const published = await rest('POST', `/api/articles/${article.id}/transition`, { token: cast.publisher.token, json: { to: 'published' } })
    expect(published.status, published.text).toBe(200)
    expect((await rest('GET', `/api/articles/${article.id}`)).status).toBe(200)

    expect(await eventually(async () => (await mainStatus(article.id)) === 'draft')).toBe(true)
    expect((await rest('GET', `/api/articles/${article.id}`)).status).toBe(404)
    expect((await latest(t.payload, 'articles', article.id)).workflowState).toBe('unpublished')
  })

  it('refuses a schedule from anyone but the publisher, and a schedule they queue anyway never publishes', async () => {
    const article = await articleIn(t.payload, 'approved', cast.unitA.id, 'Bài cộng tác viên muốn tự hẹn giờ')
    const publishAt = new Date(Date.now() + 60_000).toISOString()
    for (const person of [cast.contributorA, cast.editor]) {
      const res = await rest('POST', `/api/articles/${article.id}/transition`, { token: person.token, json: { to: 'published', publishAt } })
      expect(res.status).toBe(403)
    }
    // The admin's schedule drawer queues Payload's job for any signed-in account: the job then runs
    // with that account's access, and the rules refuse it.
    const job = await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(article.id) }, user: { relationTo: 'users', value: cast.contributorA.id } } as never,
      waitUntil: new Date(Date.now() + 1_000),
    })
    expect(await eventually(async () => {
      const doc = (await t.payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: job.id } } })) as { hasError?: boolean; completedAt?: string } | null
      return Boolean(doc?.hasError || doc?.completedAt)
    })).toBe(true)
    expect(await mainStatus(article.id)).toBe('draft')
  })

  it("lets only the publisher cancel a scheduled publication (the drawer's delete)", async () => {
    const article = await articleIn(t.payload, 'approved', cast.unitA.id, 'Bài có lịch đăng')
    await rest('POST', `/api/articles/${article.id}/transition`, { token: cast.publisher.token, json: { to: 'published', publishAt: new Date(Date.now() + 3_600_000).toISOString() } })
    const where = { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: String(article.id) } }] }
    const contributor = await t.payload.findByID({ collection: 'users', id: cast.contributorA.id, overrideAccess: true })
    // A delete by `where` reports per-document refusals instead of throwing (as the drawer uses it).
    const refused = await t.payload.delete({ collection: 'payload-jobs', where: where as never, user: { ...contributor, collection: 'users' } as never })
    expect(refused.docs).toHaveLength(0)
    expect(refused.errors[0]?.message).toMatch(/Chỉ Quản trị - Xuất bản/)
    expect((await t.payload.count({ collection: 'payload-jobs', where: where as never })).totalDocs).toBe(1)
    const publisher = await t.payload.findByID({ collection: 'users', id: cast.publisher.id, overrideAccess: true })
    await t.payload.delete({ collection: 'payload-jobs', where: where as never, user: { ...publisher, collection: 'users' } as never })
    expect((await t.payload.count({ collection: 'payload-jobs', where: where as never })).totalDocs).toBe(0)
  })
})
