import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COLLECTIONS, hasPublicReads, portalListingPath, type CollectionSlug } from '@thidua/content-models'
import { leanPortalListing, plainConditions, portalListingOf } from '../src/readCache/portalListing.ts'
import { readCache } from '../src/readCache/readCache.ts'
import { rest } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'
import { articleIn, createCast, type Cast } from './helpers/workflowFixtures.ts'

/**
 * The portal's listings of what exists, answered by one lean query (issue #14, publish to live):
 * the same answer as Payload's own find, on SQLite and on MongoDB's protocol (FerretDB), never a
 * document an anonymous caller may not list, and Payload's find again whenever the access rule
 * is not a plain equality.
 */
let t: TestPayload
let cast: Cast
const PUBLIC = Object.values(COLLECTIONS).filter((c) => hasPublicReads(c)) as CollectionSlug[]

beforeAll(async () => {
  t = await startTestPayload({ seed: true })
  cast = await createCast(t.payload)
  await articleIn(t.payload, 'published', cast.unitA.id, 'Bài đã đăng')
  await articleIn(t.payload, 'submitted', cast.unitA.id, 'Bài chờ duyệt')
  await articleIn(t.payload, 'unpublished', cast.unitA.id, 'Bài đã gỡ')
  // A published story with a newer draft: the live version stays listed, as Payload lists it.
  const edited = await articleIn(t.payload, 'published', cast.unitB.id, 'Bài có bản nháp mới')
  await t.payload.update({ collection: 'articles', id: edited.id, data: { title: 'Bản nháp mới' }, draft: true, overrideAccess: true })
})
afterAll(async () => t?.cleanup())

/** What Payload's own find answers an anonymous caller for the listing. */
async function payloadListing(collection: CollectionSlug) {
  const url = new URL(portalListingPath(collection), 'http://localhost')
  const published = url.searchParams.get('where[_status][equals]')
  const { docs } = await t.payload.find({
    collection, depth: 0, pagination: false, sort: 'id', select: { updatedAt: true } as never, overrideAccess: false,
    ...(published ? { where: { _status: { equals: published } } } : {}),
  })
  return docs.map((d) => ({ id: d.id, updatedAt: (d as { updatedAt: string }).updatedAt }))
}

describe('the lean portal listing', () => {
  it('answers every public collection exactly as Payload finds it', async () => {
    for (const collection of PUBLIC) {
      const lean = await leanPortalListing(t.payload, collection)
      expect(lean, collection).not.toBeNull()
      expect(lean, collection).toEqual(await payloadListing(collection))
    }
    // Not vacuous: the seed fills them, drafts and taken-down stories are left out.
    expect((await leanPortalListing(t.payload, 'articles'))!.length).toBeGreaterThan(3)
    expect((await leanPortalListing(t.payload, 'media'))!.length).toBeGreaterThan(0)
  })

  it('leaves out drafts, submissions under review and taken-down stories', async () => {
    const listed = new Set((await leanPortalListing(t.payload, 'articles'))!.map((d) => String(d.id)))
    const { docs } = await t.payload.find({ collection: 'articles', depth: 0, pagination: false, overrideAccess: true, select: { title: true, _status: true } as never })
    const titled = (title: string) => String(docs.find((d) => (d as { title: string }).title === title)!.id)
    expect(listed.has(titled('Bài đã đăng'))).toBe(true)
    expect(listed.has(titled('Bài có bản nháp mới'))).toBe(true)
    expect(listed.has(titled('Bài chờ duyệt'))).toBe(false)
    expect(listed.has(titled('Bài đã gỡ'))).toBe(false)
    for (const doc of docs) if ((doc as { _status?: string })._status !== 'published') expect(listed.has(String(doc.id))).toBe(false)
  })

  it('is what the REST route answers an anonymous caller, in the shape of Payload\'s own answer', async () => {
    readCache().invalidate()
    for (const collection of PUBLIC) {
      const path = portalListingPath(collection)
      const lean = await rest('GET', path)
      // Any other parameter makes it another request, which Payload's find answers.
      const own = await rest('GET', `${path}&answered-by=payload`)
      expect(lean.status, collection).toBe(200)
      expect(own.status, collection).toBe(200)
      expect(Object.keys(lean.body).sort(), collection).toEqual(Object.keys(own.body).sort())
      expect(lean.body.docs, collection).toEqual(own.body.docs)
      expect(lean.body.totalDocs, collection).toBe(own.body.totalDocs)
    }
  })

  it('answers a signed-in caller through Payload: the same published stories', async () => {
    const signedIn = await rest('GET', portalListingPath('articles'), { token: cast.editor.token })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.docs).toEqual(await payloadListing('articles'))
  })

  it('steps aside for Payload\'s find when the collection keeps deleted documents or a hook would change a read', async () => {
    const config = t.payload.collections.articles.config as unknown as { trash?: boolean; hooks: { beforeOperation: unknown[] } }
    expect(await leanPortalListing(t.payload, 'articles')).not.toBeNull()
    config.trash = true
    try {
      expect(await leanPortalListing(t.payload, 'articles')).toBeNull()
    } finally {
      delete config.trash
    }
    const narrowing = ({ args }: { args: { where?: unknown } }) => ({ ...args, where: { and: [args.where, { title: { like: 'x' } }] } })
    config.hooks.beforeOperation.push(narrowing)
    try {
      expect(await leanPortalListing(t.payload, 'articles')).toBeNull()
    } finally {
      config.hooks.beforeOperation.pop()
    }
    expect(await leanPortalListing(t.payload, 'articles')).not.toBeNull()
  })

  it('recognises only the listing itself, its parameters in any order', () => {
    const path = portalListingPath('articles')
    const [route, query] = path.split('?')
    const reordered = `${route}?${query!.split('&').reverse().join('&')}`
    expect(portalListingOf(new URL(path, 'http://x'))).toBe('articles')
    expect(portalListingOf(new URL(reordered, 'http://x'))).toBe('articles')
    expect(portalListingOf(new URL(`${path}&draft=true`, 'http://x'))).toBeNull()
    expect(portalListingOf(new URL(path.replace('select[updatedAt]=true', 'select[title]=true'), 'http://x'))).toBeNull()
    expect(portalListingOf(new URL(portalListingPath('articles').replace('/articles', '/users'), 'http://x'))).toBeNull()
  })

  it('translates only plain equalities of an access rule; anything else goes through Payload', () => {
    expect(plainConditions(true)).toEqual([])
    expect(plainConditions({ _status: { equals: 'published' } })).toEqual([{ field: '_status', value: 'published' }])
    expect(plainConditions({ and: [{ _status: { equals: 'published' } }, { publicUse: { equals: true } }] })).toHaveLength(2)
    expect(plainConditions(false)).toBeNull()
    expect(plainConditions({ or: [{ _status: { equals: 'published' } }] })).toBeNull()
    expect(plainConditions({ publishedAt: { less_than: '2026-01-01' } })).toBeNull()
    expect(plainConditions({ _status: { equals: 'published', exists: true } })).toBeNull()
    expect(plainConditions({ unit: { in: [1, 2] } })).toBeNull()
  })

  it('answers nothing itself for an access rule whose value is not of its field\'s type', async () => {
    const access = t.payload.collections.media.config.access as { read: unknown }
    const read = access.read
    // "false" as a string on a checkbox: SQLite would take any non-empty string as true.
    access.read = () => ({ publicUse: { equals: 'false' } })
    try {
      expect(await leanPortalListing(t.payload, 'media')).toBeNull()
    } finally {
      access.read = read
    }
    expect(await leanPortalListing(t.payload, 'media')).not.toBeNull()
  })
})
