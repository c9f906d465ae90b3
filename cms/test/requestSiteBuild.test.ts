import { writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPublisherServer, publisherToken, STATUS_FILE, type ChangeRequest } from '@thidua/publisher'
import { siteBuildRequestsSent } from '../src/hooks/requestSiteBuild.ts'
import { PendingWork } from '../src/pendingWork.ts'
import { rest } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'
import { articleIn, createCast, type Cast } from './helpers/workflowFixtures.ts'

/**
 * The CMS side of live publishing (issue #6, points 1 and 5), against a stand-in publisher on a
 * real port speaking the real protocol: which saves request a build, that a save never waits on
 * or fails because of the publisher, the canaries endpoint and the dashboard's endpoints.
 */
interface Received {
  change: ChangeRequest
  /** The document's live status read outside the request's transaction when the change arrived. */
  committedStatus: string | null
}

let t: TestPayload
let cast: Cast
let server: http.Server
let received: Received[] = []
/** The stand-in publisher's reads of the documents it was told about, not yet in `received`. */
const reading = new PendingWork()
let rebuilds: Array<{ acceptPageDrop: boolean }> = []

beforeAll(async () => {
  t = await startTestPayload()
  cast = await createCast(t.payload)
  server = createPublisherServer({
    token: publisherToken(t.dataDir),
    onChange: (change) => {
      const read = (async () => {
        const doc = change.collection === 'articles'
          ? await t.payload.findByID({ collection: 'articles', id: change.id, depth: 0, overrideAccess: true }).catch(() => null)
          : null
        received.push({ change, committedStatus: (doc as { _status?: string } | null)?._status ?? null })
      })()
      reading.track(read)
    },
    onRebuild: (options) => rebuilds.push(options),
    status: async () => ({ state: 'idle', live: '20261121T080000000Z', buildingId: null, buildingSince: null, pending: false, lastBuild: null, lastSuccess: null, rollback: null, updatedAt: new Date().toISOString(), pid: 1 }),
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.PUBLISHER_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server?.close()
  await t?.cleanup()
})
beforeEach(() => {
  received = []
  rebuilds = []
})

/** Waits until every change request the CMS started has reached the stand-in publisher and been recorded. */
const settle = async () => {
  await siteBuildRequestsSent()
  await reading.settled()
}
/** Lets the setup's own change requests arrive, then forgets them. */
const afterSetup = async () => {
  await settle()
  received = []
}
const publish = (id: number) => rest('POST', `/api/articles/${id}/transition`, { token: cast.publisher.token, json: { to: 'published' } })

describe('requestSiteBuild', () => {
  it('requests a build when an article is published, once the change is readable', async () => {
    const article = await articleIn(t.payload, 'approved', cast.unitA.id, 'Bài sắp xuất bản')
    await afterSetup()
    expect((await publish(article.id)).status).toBe(200)
    await settle()
    expect(received).toHaveLength(1)
    expect(received[0]!.change).toMatchObject({ collection: 'articles', id: article.id, operation: 'update', published: true })
    expect(received[0]!.committedStatus).toBe('published')
  })

  it('waits for an open transaction to commit before requesting the build', async () => {
    // The SQLite adapter runs without transactions by default (each write commits at once); MongoDB
    // on a replica set uses them. Both adapters keep open ones in `db.sessions` until commit.
    const { afterCommit } = await import('../src/publishing/afterCommit.ts')
    const sessions: Record<string, unknown> = { 'tx-1': {} }
    const req = { transactionID: 'tx-1', payload: { db: { sessions }, logger: t.payload.logger } } as never
    let ran = false
    const done = afterCommit(req, () => {
      ran = true
    })
    await new Promise((resolve) => setTimeout(resolve, 300)) // a dozen of its checks
    expect(ran).toBe(false)
    delete sessions['tx-1']
    await done
    expect(ran).toBe(true)
  })

  it('does not request a build for a draft save of a published article', async () => {
    const article = await articleIn(t.payload, 'published', cast.unitA.id)
    await afterSetup()
    const res = await rest('PATCH', `/api/articles/${article.id}?draft=true`, { token: cast.editor.token, json: { summary: 'Sửa bản nháp' } })
    expect(res.status, res.text).toBe(200)
    await settle()
    expect(received).toEqual([])
  })

  it('requests a build when a published article is taken down, and when it is deleted', async () => {
    const article = await articleIn(t.payload, 'published', cast.unitA.id)
    await afterSetup()
    const res = await rest('POST', `/api/articles/${article.id}/transition`, { token: cast.publisher.token, json: { to: 'unpublished' } })
    expect(res.status, res.text).toBe(200)
    await settle()
    expect(received.map((r) => r.change)).toMatchObject([{ id: article.id, published: false, operation: 'update' }])
    const other = await articleIn(t.payload, 'published', cast.unitA.id)
    await afterSetup()
    expect((await rest('DELETE', `/api/articles/${other.id}`, { token: cast.publisher.token })).status).toBe(200)
    await settle()
    expect(received.at(-1)?.change).toMatchObject({ id: other.id, operation: 'delete', published: false })
  })

  it('requests a build when a field of work is created or a unit renamed, but not for a new draft', async () => {
    const category = await rest('POST', '/api/categories', { token: cast.editor.token, json: { name: 'Y tế cơ sở' } })
    expect(category.status, category.text).toBe(201)
    await rest('PATCH', `/api/units/${cast.unitB.id}`, { token: cast.editor.token, json: { name: 'Huyện Đắk Lâm mới' } })
    await rest('POST', '/api/articles?draft=true', { token: cast.contributorA.token, json: { title: 'Bản nháp mới' } })
    await settle()
    expect(received.map((r) => [r.change.collection, r.change.operation])).toEqual([
      ['categories', 'create'],
      ['units', 'update'],
    ])
    expect(received[0]!.change.slug).toBe('y-te-co-so')
  })

  it('stays silent when context.disableRevalidate is set (seed, bulk imports)', async () => {
    await t.payload.create({ collection: 'categories', data: { name: 'Nhập hàng loạt' }, overrideAccess: true, context: { disableRevalidate: true } })
    await settle()
    expect(received).toEqual([])
  })

  it('saves at once and succeeds when the publisher is down or unreachable', async () => {
    const url = process.env.PUBLISHER_URL
    const category = (await t.payload.find({ collection: 'categories', limit: 1 })).docs[0]!
    try {
      process.env.PUBLISHER_URL = 'http://127.0.0.1:9' // nothing listens: refused at once
      const refused = await rest('PATCH', `/api/categories/${category.id}`, { token: cast.editor.token, json: { description: 'Mô tả khi cổng tắt' } })
      expect(refused.status, refused.text).toBe(200)
      await settle()
      // A publisher that takes the request and never answers (hung, or behind a dead route).
      const asked: string[] = []
      const hung = http.createServer((request) => void asked.push(request.url ?? ''))
      await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve))
      try {
        process.env.PUBLISHER_URL = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`
        const res = await rest('PATCH', `/api/categories/${category.id}`, { token: cast.editor.token, json: { description: 'Mô tả khi cổng treo' } })
        expect(res.status, res.text).toBe(200)
        // The save was answered; its change request is still open, or gives up on its own timeout.
        const sent = siteBuildRequestsSent()
        await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(1)
        await sent
      } finally {
        hung.closeAllConnections()
        hung.close()
      }
      const saved = await t.payload.findByID({ collection: 'categories', id: category.id, overrideAccess: true })
      expect((saved as { description?: string }).description).toBe('Mô tả khi cổng treo')
    } finally {
      process.env.PUBLISHER_URL = url
    }
  })
})

describe('publisher endpoints', () => {
  it('gives the canaries only to the publisher token: unpublished paths and private values, never field names', async () => {
    expect((await rest('GET', '/api/publisher/canaries', { token: cast.publisher.token })).status).toBe(401)
    const draft = await articleIn(t.payload, 'draft', cast.unitA.id, 'Bài chưa duyệt')
    await t.payload.update({ collection: 'articles', id: draft.id, data: { internalNotes: 'Chờ xác minh số liệu với UBND huyện' } as never, overrideAccess: true, draft: true })
    const live = await articleIn(t.payload, 'published', cast.unitA.id, 'Bài đã đăng')
    const profile = await t.payload.create({
      collection: 'exemplars',
      data: { name: 'Chị Lò Thị Mai', contact: { phone: '0912 345 678', email: 'lo.thi.mai@example.vn' }, unit: cast.unitA.id } as never,
      draft: true,
      overrideAccess: true,
    })
    const handler = (await import('../src/endpoints/publisherCanariesEndpoint.ts')).publisherCanariesEndpoint.handler
    const req = { headers: new Headers({ authorization: `Bearer ${publisherToken(t.dataDir)}` }), payload: t.payload } as never
    const body = await (await handler(req)).json()
    const slugOf = async (id: number) => ((await t.payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true })) as { slug: string }).slug
    expect(body.draftPaths).toContain(`/bai-viet/${await slugOf(draft.id)}/`)
    expect(body.draftPaths).not.toContain(`/bai-viet/${await slugOf(live.id)}/`)
    expect(body.draftPaths).toContain('/dien-hinh/chi-lo-thi-mai/')
    expect(body.privateValues).toEqual(expect.arrayContaining(['0912 345 678', 'lo.thi.mai@example.vn']))
    expect(body.privateValues).toContain('Chờ xác minh số liệu với UBND huyện')
    const marker = ((await t.payload.findByID({ collection: 'exemplars', id: profile.id, draft: true, overrideAccess: true })) as { privacyMarker?: string }).privacyMarker
    expect(marker).toMatch(/^tdkt-private-[0-9a-f-]{36}$/)
    expect(body.privateValues).toContain(marker)
    expect(body).not.toHaveProperty('privateFieldNames')
  })

  it('shows the build status to staff only', async () => {
    expect((await rest('GET', '/api/publisher/status', { token: cast.contributorA.token })).status).toBe(403)
    const res = await rest('GET', '/api/publisher/status', { token: cast.editor.token })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ reachable: true, status: { live: '20261121T080000000Z' } })
  })

  it('shows the last saved status when the publisher does not answer, as not running', async () => {
    const url = process.env.PUBLISHER_URL
    process.env.PUBLISHER_URL = 'http://127.0.0.1:9'
    const lastBuild = { id: '20261121T090000000Z', outcome: 'failed', startedAt: '2026-11-21T09:00:00.000Z', finishedAt: '2026-11-21T09:00:05.000Z', durationMs: 5000, changes: 1, trigger: 'articles/1 update', error: 'The site build exited with code 1.', errorCode: 'build-failed' }
    writeFileSync(path.join(t.dataDir, STATUS_FILE), JSON.stringify({ state: 'building', live: '20261121T080000000Z', buildingId: 'x', buildingSince: '2026-11-21T09:00:00.000Z', pending: true, lastBuild, lastSuccess: null, rollback: null, updatedAt: '2026-11-21T09:00:05.000Z', pid: 1 }))
    try {
      const res = await rest('GET', '/api/publisher/status', { token: cast.editor.token })
      expect(res.body).toMatchObject({ reachable: false, status: { state: 'idle', pending: false, live: '20261121T080000000Z', lastBuild: { outcome: 'failed', errorCode: 'build-failed' } } })
    } finally {
      process.env.PUBLISHER_URL = url
    }
  })

  it('names what each recent release published, by title, for the dashboard', async () => {
    const url = process.env.PUBLISHER_URL
    process.env.PUBLISHER_URL = 'http://127.0.0.1:9'
    const article = await articleIn(t.payload, 'approved', cast.unitA.id, 'Bài trong danh sách bản phát hành')
    const build = (id: string, published: unknown[]) => ({ id, outcome: 'success', startedAt: '2026-11-21T09:00:00.000Z', finishedAt: '2026-11-21T09:00:05.000Z', durationMs: 5000, changes: published.length, trigger: '', published })
    const recentBuilds = [
      build('20261121T090000000Z', [
        { collection: 'articles', id: article.id, operation: 'update', published: true, slug: 'bai' },
        { collection: 'articles', id: 999_999, operation: 'delete', published: false, slug: 'bai-da-xoa' },
      ]),
      build('20261121T080000000Z', [{ collection: 'articles', id: article.id, operation: 'update', published: false, slug: 'bai' }]),
    ]
    writeFileSync(path.join(t.dataDir, STATUS_FILE), JSON.stringify({ state: 'idle', live: '20261121T090000000Z', buildingId: null, buildingSince: null, pending: false, lastBuild: recentBuilds[0], lastSuccess: recentBuilds[0], recentBuilds, rollback: null, updatedAt: '2026-11-21T09:00:05.000Z', pid: 1 }))
    try {
      const res = await rest('GET', '/api/publisher/status', { token: cast.editor.token })
      expect(res.body.releases).toEqual({
        '20261121T090000000Z': [
          { kind: 'Bài viết', title: 'Bài trong danh sách bản phát hành', action: 'lên cổng' },
          { kind: 'Bài viết', title: 'bai-da-xoa', action: 'xoá' },
        ],
        '20261121T080000000Z': [{ kind: 'Bài viết', title: 'Bài trong danh sách bản phát hành', action: 'gỡ khỏi cổng' }],
      })
    } finally {
      process.env.PUBLISHER_URL = url
    }
  })

  it('lets only an administrator rebuild the portal', async () => {
    expect((await rest('POST', '/api/publisher/rebuild', { token: cast.editor.token, json: {} })).status).toBe(403)
    const res = await rest('POST', '/api/publisher/rebuild', { token: cast.publisher.token, json: { acceptPageDrop: true } })
    expect(res.status, res.text).toBe(202)
    await settle()
    expect(rebuilds).toEqual([{ acceptPageDrop: true }])
  })
})
