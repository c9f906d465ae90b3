import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bodyStoreDir, readBodyHtml } from '../src/loaders/bodyStore.ts'
import { readJournal } from '../src/loaders/changeJournal.ts'
import {
  CmsResponseError, CmsUnreachableError, EmptyCollectionError, LoaderConfigError, SuspiciousDropError,
} from '../src/loaders/errors.ts'
import { payloadLoader, type PayloadLoaderOptions } from '../src/loaders/payloadLoader.ts'
import { FakeCms, closedPort } from './helpers/fakeCms.ts'
import { memoryLoaderContext, removeLoaderCacheDirs } from './helpers/memoryLoaderContext.ts'

const article = (id: number, extra: Record<string, unknown> = {}) => ({
  id, title: `Bài số ${id}`, slug: `bai-so-${id}`, body: `Nội dung **bài ${id}**.`, _status: 'published',
  publishedAt: `2026-01-01T00:00:${String(id % 60).padStart(2, '0')}.000Z`, updatedAt: '2026-01-02T00:00:00.000Z', ...extra,
})

let cms: FakeCms
beforeAll(async () => { cms = await new FakeCms().start() })
afterAll(() => {
  cms.close()
  removeLoaderCacheDirs()
})
beforeEach(() => {
  cms.mode = 'ok'
  cms.requests = []
  cms.set('articles', Array.from({ length: 250 }, (_, i) => article(i + 1)))
})
afterEach(() => { delete process.env.SITE_ACCEPT_DROP })

const options = (extra: Partial<PayloadLoaderOptions> = {}): PayloadLoaderOptions =>
  ({ collection: 'articles', cmsUrl: cms.url, retries: 0, bodyFields: ['body'], ...extra })

async function load(ctx = memoryLoaderContext(), extra: Partial<PayloadLoaderOptions> = {}) {
  await payloadLoader(options(extra)).load(ctx.context)
  return ctx
}

describe('the loader refuses a broken CMS, so a build never publishes an empty or partial portal', () => {
  it.each([
    ['the CMS is down', async () => load(memoryLoaderContext(), { cmsUrl: `http://127.0.0.1:${await closedPort()}` }), CmsUnreachableError, /Could not reach the CMS at http:\/\/127\.0\.0\.1:\d+\/api\/articles.*ECONNREFUSED.*CMS_URL/s],
    ['the CMS answers 500', async () => { cms.mode = 'error500'; return load() }, CmsResponseError, /answered HTTP 500 for GET .*\/api\/articles/],
    ['the CMS answers 401', async () => { cms.mode = 'error401'; return load() }, CmsResponseError, /HTTP 401.*anonymous read/],
    ['the CMS answers an empty list', async () => { cms.mode = 'empty'; return load() }, EmptyCollectionError, /lists no published articles.*Refusing to build an empty portal/],
    ['the CMS answers HTML instead of JSON', async () => { cms.mode = 'html'; return load() }, CmsResponseError, /expected JSON/],
  ] as const)('fails when %s', async (_what, run, errorClass, message) => {
    const error = await run().then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(errorClass)
    expect((error as Error).message).toMatch(message)
  })

  it('fails on a sudden drop against the last good build and leaves the stored documents as they were', async () => {
    const ctx = await load()
    expect(ctx.entries.size).toBe(250)
    cms.set('articles', Array.from({ length: 120 }, (_, i) => article(i + 1)))
    const error = await load(ctx).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(SuspiciousDropError)
    expect((error as Error).message).toMatch(/lists 120 published articles, the last good build had 250.*SITE_ACCEPT_DROP=1/)
    expect(ctx.entries.size).toBe(250)
  })

  it('remembers the last good count across a cleared store (Astro clears it when its config changes)', async () => {
    const first = await load()
    cms.set('articles', Array.from({ length: 100 }, (_, i) => article(i + 1)))
    const fresh = memoryLoaderContext(first.cacheDir)
    await expect(load(fresh)).rejects.toBeInstanceOf(SuspiciousDropError)
  })

  it('accepts an intended mass removal with SITE_ACCEPT_DROP=1', async () => {
    const ctx = await load()
    cms.set('articles', Array.from({ length: 120 }, (_, i) => article(i + 1)))
    process.env.SITE_ACCEPT_DROP = '1'
    await load(ctx)
    expect(ctx.entries.size).toBe(120)
  })

  it('accepts losing a couple of documents from a small list', async () => {
    cms.set('articles', [article(1), article(2), article(3), article(4)])
    const ctx = await load()
    cms.set('articles', [article(1), article(2)])
    await load(ctx)
    expect(ctx.entries.size).toBe(2)
  })

  it.each([
    [{ pageSize: 0 }, /pageSize must be an integer 1-1000/],
    [{ minShareOfLastBuild: 1.5 }, /minShareOfLastBuild must be between 0 and 1/],
    [{ cmsUrl: 'ftp://cms' }, /is not an http\(s\) URL/],
    [{ cmsUrl: 'http://cms.example/api' }, /without \/api/],
    [{ collection: 'users' }, /users are never public/],
  ] as const)('rejects bad options up front: %o', (extra, message) => {
    expect(() => payloadLoader(options(extra as Partial<PayloadLoaderOptions>))).toThrow(LoaderConfigError)
    expect(() => payloadLoader(options(extra as Partial<PayloadLoaderOptions>))).toThrow(message)
  })
})

describe('an incremental sync fetches only what changed', () => {
  it('picks up an edit, an addition, an unpublication and a deletion with two requests', async () => {
    const ctx = await load()
    expect(cms.requests.filter((r) => r.includes('page=')).length).toBe(3) // full sync: 250 documents, 100 a page
    const docs = cms.collections.get('articles')!
    docs[6] = article(7, { title: 'Bài số 7 (đã sửa)', updatedAt: '2026-02-01T00:00:00.000Z' })
    docs[7] = article(8, { _status: 'draft', updatedAt: '2026-02-01T00:00:00.000Z' })
    docs.splice(8, 1) // id 9 deleted
    docs.push(article(251))
    cms.requests = []
    await load(ctx)
    expect(cms.requests).toHaveLength(2)
    expect(cms.requests[0]).toMatch(/pagination=false.*select\[updatedAt\]=true/)
    expect(cms.requests[1]).toMatch(/where\[and\]\[0\]\[id\]\[in\]=7,251/)
    expect(ctx.entries.get('7')?.data.title).toBe('Bài số 7 (đã sửa)')
    expect(ctx.entries.has('8')).toBe(false)
    expect(ctx.entries.has('9')).toBe(false)
    expect(ctx.entries.has('251')).toBe(true)
    expect(ctx.entries.size).toBe(249)
    expect(ctx.meta.get('lastSync')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const journal = readJournal(ctx.cacheDir, 'articles')!
    expect(journal.changed.map((c) => c.id).sort()).toEqual(['251', '7'])
    expect(journal.changed.find((c) => c.id === '7')?.before?.slug).toBe('bai-so-7')
    expect(journal.removed.map((c) => c.id).sort()).toEqual(['8', '9'])
  })

  it('does a full sync again when the body store was wiped without the data store', async () => {
    const ctx = await load()
    rmSync(bodyStoreDir(ctx.cacheDir), { recursive: true })
    cms.requests = []
    await load(ctx)
    expect(cms.requests.filter((r) => r.includes('page=')).length).toBe(3)
    expect(ctx.logs.at(-1)).toMatch(/full sync.*250 bodies rendered/)
  })

  it('does a full sync again when the source changes', async () => {
    const ctx = await load()
    const other = await new FakeCms().start()
    other.set('articles', [article(1), article(2), article(3)])
    process.env.SITE_ACCEPT_DROP = '1'
    await payloadLoader(options({ cmsUrl: other.url })).load(ctx.context)
    await other.close()
    expect(other.requests.some((r) => r.includes('page=1'))).toBe(true)
    expect(ctx.entries.size).toBe(3)
  })
})

describe('only public data is stored, whatever the CMS sends', () => {
  it('drops staff-only fields and unpublished documents an anonymous answer should never have had', async () => {
    cms.set('articles', [
      article(1, { internalNotes: 'GHI CHU NOI BO', contact: { phone: '0912' }, reviewComments: ['x'] }),
      article(2, { _status: 'draft' }),
      article(3), article(4),
    ])
    cms.leakDrafts = true // a CMS bug: the draft comes through the published filter too
    const ctx = memoryLoaderContext()
    await load(ctx).finally(() => { cms.leakDrafts = false })
    const stored = ctx.entries.get('1')!.data
    expect(stored).not.toHaveProperty('internalNotes')
    expect(stored).not.toHaveProperty('contact')
    expect(stored).not.toHaveProperty('reviewComments')
    expect(ctx.entries.has('2')).toBe(false)
    expect(ctx.logs.some((l) => /WARN articles: the CMS sent 1 unpublished document\(s\) to an anonymous client/.test(l))).toBe(true)
  })

  it('keeps article bodies out of the data store and renders them once into the body store', async () => {
    const ctx = await load()
    const data = ctx.entries.get('5')!.data as { body?: string; _bodies: { body: string } }
    expect(data.body).toBeUndefined()
    const html = readBodyHtml(bodyStoreDir(ctx.cacheDir), data._bodies.body)
    expect(html).toBe('<p>Nội dung <strong>bài 5</strong>.</p>\n')
    expect(ctx.logs.some((l) => /250 bodies rendered/.test(l))).toBe(true)
    await load(ctx)
    expect(ctx.logs.at(-1)).toMatch(/0 bodies rendered/)
    expect(existsSync(path.join(ctx.cacheDir, 'thidua-last-good-counts.json'))).toBe(true)
    expect(JSON.parse(readFileSync(path.join(ctx.cacheDir, 'thidua-last-good-counts.json'), 'utf8'))[`${cms.url}|articles`].count).toBe(250)
  })
})
