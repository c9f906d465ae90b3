import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalListingPath } from '@thidua/content-models'
import { READ_CACHE_STAMP, readCache } from '../src/readCache/readCache.ts'
import { graphql } from './helpers/graphql.ts'
import { rest } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'
import { articleIn, createCast, PASSWORD, type Cast } from './helpers/workflowFixtures.ts'

/**
 * The read cache of anonymous REST and GraphQL reads (issue #14, point 5), through the real route
 * handlers: never a stale answer after a change of any kind, never a signed-in user's answer to
 * anyone else, never a non-public document; ETags answer 304.
 */
let t: TestPayload
let cast: Cast
let article: { id: number | string }

beforeAll(async () => {
  t = await startTestPayload()
  cast = await createCast(t.payload)
  article = await articleIn(t.payload, 'published', cast.unitA.id, 'Bài gốc về chị Hoà')
})
afterAll(async () => t?.cleanup())

const LIST = '/api/articles?limit=10&depth=1&sort=-publishedAt'
const titles = async (token?: string) => {
  const res = await rest('GET', LIST, { token })
  return { res, titles: (res.body.docs as { title: string }[]).map((d) => d.title) }
}
const rawRest = (path: string, headers: Record<string, string> = {}) => rest('GET', path, { headers })
/** The route handler itself, to see the response headers. */
const call = async (path: string, headers: Record<string, string> = {}) => {
  const { GET } = (await import('../src/security/guardedRest.ts')).guardedRest((await import('../src/payload.config.ts')).default)
  const url = new URL(path, 'http://localhost')
  return GET(new Request(url, { headers }), { params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }) })
}

describe('the read cache', () => {
  it('answers a repeated anonymous read from the cache, with an ETag that revalidates to 304', async () => {
    const first = await rawRest(LIST)
    const second = await rawRest(LIST)
    expect(second.text).toBe(first.text)
    const hit = await call(LIST)
    expect(hit.headers.get('x-cms-cache')).toBe('hit')
    expect(hit.headers.get('cache-control')).toBe('public, no-cache')
    const etag = hit.headers.get('etag')!
    expect(etag).toMatch(/^".+"$/)
    const revalidated = await call(LIST, { 'if-none-match': etag })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect((await call(LIST, { 'if-none-match': '"something-else"' })).status).toBe(200)
  })

  it('shows an edit, an unpublish, a new story and a deletion at once', async () => {
    expect((await titles()).titles).toContain('Bài gốc về chị Hoà')
    await t.payload.update({ collection: 'articles', id: article.id, data: { title: 'Bài đã sửa về chị Hoà' }, overrideAccess: true })
    expect((await titles()).titles).toContain('Bài đã sửa về chị Hoà')
    expect((await titles()).titles).not.toContain('Bài gốc về chị Hoà')

    await rest('POST', `/api/articles/${article.id}/transition`, { token: cast.publisher.token, json: { to: 'unpublished' } })
    expect((await titles()).titles).not.toContain('Bài đã sửa về chị Hoà')
    expect((await rawRest(`/api/articles/${article.id}`)).status).toBe(404)

    const fresh = await articleIn(t.payload, 'published', cast.unitA.id, 'Bài mới đăng')
    expect((await titles()).titles).toContain('Bài mới đăng')
    await t.payload.delete({ collection: 'articles', id: fresh.id, overrideAccess: true })
    expect((await titles()).titles).not.toContain('Bài mới đăng')
  })

  it("works out the portal's slow listings again right after a public change, so the build that follows finds them ready, and fresh; no other query", async () => {
    process.env.READ_CACHE_REFRESH_MS = '0' // every read counts as slow here
    try {
      // Another caller's listing, asked first: it would be worked out again first if it were remembered.
      const other = '/api/articles?depth=0&pagination=false&sort=-id&select[slug]=true'
      expect((await call(other)).headers.get('x-cms-cache')).toBe('miss')
      // The portal's listing of what exists (site src/loaders/requests.ts manifestPath).
      const list = portalListingPath('articles')
      const story = await articleIn(t.payload, 'published', cast.unitA.id, 'Bài cổng sắp đọc lại')
      const updatedAt = async (response: Response) => ((await response.json()) as { docs: { id: unknown; updatedAt: string }[] }).docs.find((d) => d.id === story.id)?.updatedAt
      const first = await call(list)
      expect(first.headers.get('x-cms-cache')).toBe('miss')
      const before = await updatedAt(first)
      expect(before).toBeDefined()
      await new Promise((resolve) => setTimeout(resolve, 5)) // a later updatedAt
      await t.payload.update({ collection: 'articles', id: story.id, data: { title: 'Bài sửa trước khi cổng đọc lại' }, overrideAccess: true })
      const end = Date.now() + 10_000
      while (readCache().size === 0 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20))
      const again = await call(list)
      expect(again.headers.get('x-cms-cache')).toBe('hit')
      const after = await updatedAt(again)
      expect(after).toBeDefined()
      expect(after).not.toBe(before)
      // Only the portal's listings are worked out again, not any query an anonymous caller made.
      expect((await call(other)).headers.get('x-cms-cache')).toBe('miss')
    } finally {
      delete process.env.READ_CACHE_REFRESH_MS
    }
  })

  it('answers identical anonymous reads that arrive together with one read of Payload, never with one begun before a write', async () => {
    const url = '/api/articles?limit=50&depth=0&sort=-updatedAt&where[title][like]=cùng'
    await articleIn(t.payload, 'published', cast.unitA.id, 'Bài cùng lúc thứ nhất')
    const together = await Promise.all([call(url), call(url), call(url)])
    expect(together.map((r) => r.headers.get('x-cms-cache')).sort()).toEqual(['hit', 'hit', 'miss'])
    const bodies = await Promise.all(together.map((r) => r.text()))
    expect(new Set(bodies).size).toBe(1)
    expect(bodies[0]).toContain('Bài cùng lúc thứ nhất')

    // A read that starts after a write returned waits for no answer begun before it.
    const other = url.replace('like]=cùng', 'like]=lúc')
    const before = call(other)
    await articleIn(t.payload, 'published', cast.unitA.id, 'Bài cùng lúc thứ hai')
    const after = await call(other)
    expect(after.headers.get('x-cms-cache')).toBe('miss')
    expect(await after.text()).toContain('Bài cùng lúc thứ hai')
    await before
  })

  it('reads the database, not an answer kept from before, once a row is written and while the write still runs', async () => {
    // As the scheduler's expiry met a reader on MongoDB: the row was written, the write's versions
    // and afterChange hooks were still running, and the reader got the cached answer from before.
    const story = await articleIn(t.payload, 'published', cast.unitA.id, 'Bài sắp gỡ xuống')
    const url = `/api/articles/${story.id}`
    await call(url)
    expect((await call(url)).headers.get('x-cms-cache')).toBe('hit')
    const db = t.payload.db as unknown as { updateOne: (args: unknown) => Promise<unknown> }
    const updateOne = db.updateOne
    let during: string | null | undefined
    db.updateOne = async (args) => {
      const result = await updateOne.call(db, args)
      during ??= (await call(url)).headers.get('x-cms-cache')
      return result
    }
    try {
      await t.payload.update({ collection: 'articles', id: story.id, data: { title: 'Bài đã gỡ xuống' }, overrideAccess: true })
    } finally {
      db.updateOne = updateOne
    }
    expect(during).toBe('miss')
    expect((await rawRest(url)).body.title).toBe('Bài đã gỡ xuống')
  })

  it('does not keep the answer from before when a step after the write fails (no transaction to roll it back)', async () => {
    const story = await articleIn(t.payload, 'published', cast.unitA.id, 'Bài trước lỗi')
    const url = `/api/articles/${story.id}`
    await call(url)
    expect((await call(url)).headers.get('x-cms-cache')).toBe('hit')
    const hooks = t.payload.collections.articles.config.hooks
    const failing = () => {
      throw new Error('a step after the write failed')
    }
    hooks.afterChange = [failing, ...hooks.afterChange]
    // A reader arrives just before the row is written (after every beforeChange hook) and keeps the old answer.
    const db = t.payload.db as unknown as { updateOne: (args: unknown) => Promise<unknown> }
    const updateOne = db.updateOne
    db.updateOne = async (args) => {
      await (await call(url)).text()
      return updateOne.call(db, args)
    }
    try {
      await expect(t.payload.update({ collection: 'articles', id: story.id, data: { title: 'Bài sau lỗi' }, overrideAccess: true })).rejects.toThrow(/after the write failed/)
    } finally {
      hooks.afterChange = hooks.afterChange.filter((h) => h !== failing)
      db.updateOne = updateOne
    }
    // Whatever the database kept (written without a transaction, rolled back with one), anonymous callers read it.
    const stored = await t.payload.findByID({ collection: 'articles', id: story.id, overrideAccess: true })
    const anonymous = await call(url)
    expect(anonymous.headers.get('x-cms-cache')).toBe('miss')
    expect(((await anonymous.json()) as { title: string }).title).toBe(stored.title)
  })

  it('is not emptied by writes no anonymous answer shows (a password reset anyone may ask for, a login, the job scheduler), but is by a public global', async () => {
    await call(LIST)
    expect((await call(LIST)).headers.get('x-cms-cache')).toBe('hit')
    // Payload writes the accounts collection before it even looks the address up.
    const reset = await rest('POST', '/api/users/forgot-password', { json: { email: 'khong-co-ai@example.com' } })
    expect(reset.status, reset.text).toBe(200)
    const login = await rest('POST', '/api/users/login', { json: { email: cast.editor.email, password: PASSWORD } })
    expect(login.status, login.text).toBe(200)
    await t.payload.db.updateGlobal({ slug: 'payload-jobs-stats', data: { stats: {} }, req: {} as never })
    expect((await call(LIST)).headers.get('x-cms-cache')).toBe('hit')

    const info = '/api/globals/portal-info'
    await call(info)
    expect((await call(info)).headers.get('x-cms-cache')).toBe('hit')
    await t.payload.updateGlobal({ slug: 'portal-info', data: { agency: 'Uỷ ban nhân dân tỉnh Sơn Hà (đã sửa)' }, overrideAccess: true })
    const changed = await call(info)
    expect(changed.headers.get('x-cms-cache')).toBe('miss')
    expect(((await changed.json()) as { agency: string }).agency).toBe('Uỷ ban nhân dân tỉnh Sơn Hà (đã sửa)')
    expect((await call(LIST)).headers.get('x-cms-cache')).toBe('miss')
  })

  it('shows a change made by a seed or an import (no site build requested) too', async () => {
    await articleIn(t.payload, 'published', cast.unitA.id, 'Bài xem trước')
    expect((await titles()).titles).toContain('Bài xem trước')
    const { docs } = await t.payload.find({ collection: 'articles', where: { title: { equals: 'Bài xem trước' } }, overrideAccess: true })
    await t.payload.update({ collection: 'articles', id: docs[0]!.id, data: { title: 'Bài nhập từ tệp' }, overrideAccess: true, context: { disableRevalidate: true } })
    expect((await titles()).titles).toContain('Bài nhập từ tệp')
  })

  it('shows a renamed unit inside the stories that name it (depth=1)', async () => {
    const before = await rawRest(LIST)
    expect(before.text).toContain('Huyện Hoà An')
    await rest('PATCH', `/api/units/${cast.unitA.id}`, { token: cast.editor.token, json: { name: 'Xã Hoà An mới' } })
    const after = await rawRest(LIST)
    expect(after.text).toContain('Xã Hoà An mới')
    expect(after.text).not.toContain('Huyện Hoà An')
  })

  it("never serves a signed-in user's answer to anyone else, nor the cache to a signed-in user", async () => {
    const draft = await articleIn(t.payload, 'draft', cast.unitA.id, 'Bản nháp chỉ biên tập viên thấy')
    const url = `/api/articles?limit=50&draft=true&where[id][equals]=${draft.id}`
    const editor = await rest('GET', url, { token: cast.editor.token })
    expect(editor.body.docs.map((d: { title: string }) => d.title)).toEqual(['Bản nháp chỉ biên tập viên thấy'])
    const anonymous = await rawRest(url)
    expect(anonymous.text).not.toContain('Bản nháp chỉ biên tập viên thấy')
    // And the other way: the anonymous answer, now cached, is not what the editor gets.
    expect((await rest('GET', url, { token: cast.editor.token })).body.docs).toHaveLength(1)
    // A cookie session bypasses the cache like a header does; anonymous callers get the cached answer.
    expect((await call(url)).headers.get('x-cms-cache')).toBe('hit')
    expect((await call(url, { cookie: `payload-token=${cast.editor.token}` })).headers.get('x-cms-cache')).toBeNull()
    expect((await call(url, { authorization: `JWT ${cast.editor.token}` })).headers.get('x-cms-cache')).toBeNull()
  })

  it('never caches the answer to a cookie spelled oddly (Payload trims cookie names and signs it in)', async () => {
    const draft = await articleIn(t.payload, 'draft', cast.unitA.id, 'Bản nháp không được lọt ra ngoài')
    const url = `/api/articles?limit=50&where[id][equals]=${draft.id}`
    const odd = await call(url, { cookie: `payload-token =${cast.editor.token}`, 'sec-fetch-site': 'same-origin' })
    expect(odd.headers.get('x-cms-cache')).toBeNull()
    await odd.text()
    const anonymous = await call(url)
    expect(anonymous.headers.get('x-cms-cache')).toBe('miss')
    expect(await anonymous.text()).not.toContain('Bản nháp không được lọt ra ngoài')
  })

  it('empties itself when another process records a write (npm run import, restore)', async () => {
    await call(LIST)
    expect((await call(LIST)).headers.get('x-cms-cache')).toBe('hit')
    writeFileSync(path.join(t.dataDir, READ_CACHE_STAMP), `other-process-${Date.now()}`)
    expect((await call(LIST)).headers.get('x-cms-cache')).toBe('miss')
    expect((await call(LIST)).headers.get('x-cms-cache')).toBe('hit')
  })

  it('keeps repeated parameters in their order (sort=a&sort=b is another answer than sort=b&sort=a)', async () => {
    const a = await call('/api/articles?limit=3&sort=title&sort=-publishedAt')
    const b = await call('/api/articles?limit=3&sort=-publishedAt&sort=title')
    expect([a.headers.get('x-cms-cache'), b.headers.get('x-cms-cache')]).toEqual(['miss', 'miss'])
  })

  it('does not share answers of collections anonymous callers cannot read, nor of custom endpoints', async () => {
    const before = readCache().size
    expect((await rawRest('/api/users?limit=5')).status).toBe(403)
    expect((await rawRest('/api/registrations?limit=5')).status).toBe(403)
    expect((await rawRest('/api/publisher/canaries')).status).toBeGreaterThanOrEqual(400)
    expect(readCache().size).toBe(before)
  })

  it('caches anonymous GraphQL queries, invalidates them on change, and never caches a mutation', async () => {
    const query = '{ Articles(limit: 20) { docs { title } } }'
    const read = async () => ((await graphql(query)).body.data.Articles.docs as { title: string }[]).map((d) => d.title)
    const first = await read()
    const hits = readCache().hits
    expect(await read()).toEqual(first)
    expect(readCache().hits).toBe(hits + 1)
    await articleIn(t.payload, 'published', cast.unitB.id, 'Bài cho GraphQL')
    expect(await read()).toContain('Bài cho GraphQL')
    const size = readCache().size
    await graphql('mutation { forgotPasswordUser(email: "x@example.com") }')
    expect(readCache().size).toBe(size)
  })
})
