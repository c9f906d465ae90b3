import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { COLLECTIONS, GLOBALS, hasPublicReads } from '@thidua/content-models'
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest'
import { recordedSignature, takeSource, warmListings } from '../scripts/sourceSignature.ts'
import { globalLoader } from '../src/loaders/globalLoader.ts'
import { payloadLoader } from '../src/loaders/payloadLoader.ts'
import { clearSyncRecords } from '../src/loaders/syncRecord.ts'
import { FakeCms, closedPort } from './helpers/fakeCms.ts'
import { memoryLoaderContext } from './helpers/memoryLoaderContext.ts'

/**
 * The signature that lets a build with nothing changed copy the live release (issue #14, point 1):
 * it must change with anything a page shows, and only with that; and the one a build records must
 * be of what its loaders stored, not of what it saw before it started.
 */
const NOW = new Date('2026-12-02T03:00:00Z') // 10:00 in Vietnam
const article = (id: number, updatedAt = '2026-11-01T00:00:00.000Z', extra: Record<string, unknown> = {}) =>
  ({ id, slug: `bai-${id}`, title: `Bài ${id}`, _status: 'published', updatedAt, ...extra })

let cms: FakeCms
let env: NodeJS.ProcessEnv
beforeAll(async () => { cms = await new FakeCms().start() })
afterAll(() => cms.close())

/** A directory of the running test's own, removed when it finishes. */
function testDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}
beforeEach(() => {
  cms.mode = 'ok'
  cms.set('articles', [article(1), article(2), article(3, '2026-11-01T00:00:00.000Z', { _status: 'draft' })])
  cms.set('exemplars', [{ id: 7, name: 'Lò Thị Hoà', slug: 'lo-thi-hoa', _status: 'published', updatedAt: '2026-10-01T00:00:00.000Z' }])
  cms.globals.set('portal-info', { councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh', updatedAt: '2026-09-01T00:00:00.000Z' })
  env = { CMS_URL: cms.url, SITE_URL: 'https://thidua.example.gov.vn', SITE_CACHE_DIR: '/tmp/a' }
})

const signature = async (e: NodeJS.ProcessEnv = env, now = NOW) => (await takeSource(e, now)).signature

/** What a build's sync leaves: every public collection's loader and the globals' loader, run against the fake CMS. */
async function sync(cacheDir: string): Promise<void> {
  clearSyncRecords(cacheDir)
  const saved = process.env.CMS_URL
  process.env.CMS_URL = cms.url
  try {
    for (const collection of Object.values(COLLECTIONS).filter(hasPublicReads)) {
      await payloadLoader({ collection, cmsUrl: cms.url, retries: 0, allowEmpty: true }).load(memoryLoaderContext(cacheDir).context)
    }
    for (const slug of Object.values(GLOBALS).filter(hasPublicReads)) await globalLoader(slug).load(memoryLoaderContext(cacheDir).context)
  } finally {
    process.env.CMS_URL = saved
  }
}

describe('the source signature taken before a build', () => {
  it('is stable while nothing public changes, whatever the build plumbing', async () => {
    const first = await signature()
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(await signature()).toBe(first)
    expect(await signature({ ...env, SITE_CACHE_DIR: '/tmp/b', SITE_BUILD_DIR: '/tmp/c', SITE_BASE_DIR: '/srv/x', SITE_FAST: '1' })).toBe(first)
    // A draft is invisible to an anonymous reader: saving it changes nothing on the portal.
    cms.set('articles', [article(1), article(2), article(3, '2026-12-01T00:00:00.000Z', { _status: 'draft' })])
    expect(await signature()).toBe(first)
  })

  it('changes when a public document is edited, published, unpublished or deleted', async () => {
    const first = await signature()
    cms.set('articles', [article(1, '2026-12-02T02:00:00.000Z'), article(2), article(3, '2026-11-01T00:00:00.000Z', { _status: 'draft' })])
    const edited = await signature()
    expect(edited).not.toBe(first)
    cms.set('articles', [article(1), article(2), article(3)])
    const published = await signature()
    expect(new Set([first, edited, published]).size).toBe(3)
    cms.set('articles', [article(1)])
    expect(await signature()).not.toBe(first)
    cms.set('articles', [article(1), article(2), article(3, '2026-11-01T00:00:00.000Z', { _status: 'draft' })])
    cms.set('exemplars', [])
    expect(await signature()).not.toBe(first)
  })

  it('changes with the public globals, the settings pages read and the day in Vietnam', async () => {
    const first = await signature()
    cms.globals.set('portal-info', { councilName: 'Hội đồng Thi đua - Khen thưởng thành phố', updatedAt: '2026-12-02T00:00:00.000Z' })
    expect(await signature()).not.toBe(first)
    cms.globals.set('portal-info', { councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh', updatedAt: '2026-09-01T00:00:00.000Z' })
    expect(await signature()).toBe(first)
    expect(await signature({ ...env, SITE_URL: 'https://thiduakhenthuong.example.gov.vn' })).not.toBe(first)
    expect(await signature({ ...env, SITE_COUNCIL_NAME: 'Hội đồng khác' })).not.toBe(first)
    // 23:59 the same day in Vietnam, then 00:00 the next: upcoming events may have become past.
    expect(await signature(env, new Date('2026-12-02T16:59:00Z'))).toBe(first)
    expect(await signature(env, new Date('2026-12-02T17:00:00Z'))).not.toBe(first)
  })

  it('cannot be told when the CMS fails, answers oddly or the build is partial, so no build is skipped', async () => {
    cms.mode = 'error500'
    expect(await signature()).toBeNull()
    cms.mode = 'ok'
    expect(await signature({ ...env, CMS_URL: `http://127.0.0.1:${await closedPort()}` })).toBeNull()
    expect(await signature({ ...env, SITE_ONLY_PATHS: '/' })).toBeNull()
    // A listing without updatedAt would make every edit invisible to the signature.
    cms.set('articles', [article(1), { ...article(2), updatedAt: undefined as unknown as string }])
    expect(await signature()).toBeNull()
  })

  it('is not asked for when the publisher reports a saved public document (the build must run anyway)', async () => {
    const change = (published: boolean) => JSON.stringify([{ collection: 'articles', id: 1, operation: 'update', slug: 'bai-1', published, at: '2026-12-02T03:00:00.000Z' }])
    cms.requests = []
    expect(await signature({ ...env, PUBLISH_CHANGES: change(true) })).toBeNull()
    expect(cms.requests).toEqual([])
    // An unpublished or deleted story may leave the portal as it was (it never reached it): ask.
    expect(await signature({ ...env, PUBLISH_CHANGES: change(false) })).toBe(await signature())
  })

  it('of a recorded fixture follows its files', async () => {
    const dir = testDir('thidua-signature-')
    writeFileSync(path.join(dir, 'index.json'), '{}')
    const fixtureEnv = { FIXTURE: dir, SITE_URL: 'https://thidua.example.gov.vn' }
    const first = await signature(fixtureEnv)
    expect(await signature(fixtureEnv)).toBe(first)
    writeFileSync(path.join(dir, 'articles-page-1.json'), '{"docs":[]}')
    expect(await signature(fixtureEnv)).not.toBe(first)
  })
})

describe('the source signature a build records', () => {
  it("is the one taken before the next build when the CMS still holds what the loaders stored", async () => {
    const cacheDir = testDir('thidua-synced-')
    const taken = await takeSource(env, NOW)
    await sync(cacheDir)
    expect(recordedSignature(cacheDir, taken, env)).toBe(taken.signature)
  })

  it('is of what the build stored: a story published and deleted again while it ran is in the release, so the next build renders', async () => {
    const cacheDir = testDir('thidua-synced-')
    const before = await takeSource(env, NOW) // the build starts
    cms.set('articles', [article(1), article(2), article(4, '2026-12-02T02:59:00.000Z'), article(3, '2026-11-01T00:00:00.000Z', { _status: 'draft' })])
    await sync(cacheDir) // its sync sees story 4
    const recorded = recordedSignature(cacheDir, before, env)
    cms.set('articles', [article(1), article(2), article(3, '2026-11-01T00:00:00.000Z', { _status: 'draft' })]) // story 4 deleted
    const next = (await takeSource(env, NOW)).signature
    expect(next).toBe(before.signature) // the CMS is back where it was before the build ...
    expect(recorded).not.toBe(next) // ... but the release shows story 4: no copy
  })

  it('cannot be told when a loader left no record (a build from before records, a collection the portal does not load)', async () => {
    const cacheDir = testDir('thidua-synced-')
    const taken = await takeSource(env, NOW)
    await sync(cacheDir)
    rmSync(path.join(cacheDir, 'thidua-synced', 'media.json'))
    expect(recordedSignature(cacheDir, taken, env)).toBeNull()
    clearSyncRecords(cacheDir)
    expect(recordedSignature(cacheDir, taken, env)).toBeNull()
  })
})

describe('warming the listings while Astro starts (a build that does not wait for the signature)', () => {
  const until = async (done: () => boolean) => { for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10)) }

  it("asks the CMS exactly what the loaders' incremental sync asks first, so its read cache answers them", async () => {
    const cacheDir = testDir('thidua-warm-')
    // Persistent stores: the second sync of each loader is incremental (manifest first), as in a fast build.
    const contexts = new Map<string, ReturnType<typeof memoryLoaderContext>>()
    const context = (key: string) => contexts.get(key) ?? contexts.set(key, memoryLoaderContext(cacheDir)).get(key)!
    const syncAll = async () => {
      for (const collection of Object.values(COLLECTIONS).filter(hasPublicReads)) {
        await payloadLoader({ collection, cmsUrl: cms.url, retries: 0, allowEmpty: true }).load(context(collection).context)
      }
      const saved = process.env.CMS_URL
      process.env.CMS_URL = cms.url
      try {
        for (const slug of Object.values(GLOBALS).filter(hasPublicReads)) await globalLoader(slug).load(context(slug).context)
      } finally {
        process.env.CMS_URL = saved
      }
    }
    // One document in every public collection: a loader with an empty store lists the whole collection instead.
    for (const collection of Object.values(COLLECTIONS).filter(hasPublicReads)) {
      if (!cms.collections.get(collection)?.length) cms.set(collection, [{ id: 1, slug: 'mot', name: 'Một', title: 'Một', _status: 'published', updatedAt: '2026-11-01T00:00:00.000Z' }])
    }
    await syncAll()
    cms.requests = []
    await syncAll()
    const loaders = [...cms.requests].sort()
    expect(loaders.some((r) => r.startsWith('/api/articles?') && r.includes('select[updatedAt]'))).toBe(true)

    cms.requests = []
    warmListings(env)
    await until(() => cms.requests.length >= loaders.length)
    expect([...cms.requests].sort()).toEqual(loaders)
  })

  it('keeps a path in CMS_URL, as the loaders do', async () => {
    cms.requests = []
    warmListings({ ...env, CMS_URL: `${cms.url}/cms` })
    await until(() => cms.requests.length > 0)
    expect(cms.requests.length).toBeGreaterThan(0)
    expect(cms.requests.every((r) => r.startsWith('/cms/api/'))).toBe(true)
  })

  it('reads no fixture, and neither a CMS that is down nor a bad CMS_URL makes it throw', async () => {
    cms.requests = []
    warmListings({ ...env, FIXTURE: '/tmp/some-fixture' })
    warmListings({ ...env, CMS_URL: `http://127.0.0.1:${await closedPort()}` })
    warmListings({ ...env, CMS_URL: 'not a url' })()
    await new Promise((r) => setTimeout(r, 100))
    expect(cms.requests).toEqual([])
  })

  it('is cancelled by the function it returns (the build finished first): no request is left open', async () => {
    // A CMS that never answers: each request stays open until the client gives it up.
    let open = 0
    let arrived = 0
    const silent = http.createServer((request) => { arrived++; open++; request.socket.on('close', () => open--) })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const stop = warmListings({ ...env, CMS_URL: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` })
      await until(() => arrived >= 2)
      expect(open).toBeGreaterThan(0)
      stop()
      await until(() => open === 0)
      expect(open).toBe(0)
    } finally {
      silent.closeAllConnections()
      silent.close()
    }
  })
})
