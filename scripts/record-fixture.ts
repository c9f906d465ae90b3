/**
 * Records what an anonymous client gets from the CMS's public REST API into a fixture the portal
 * can be built from without a CMS (issue #4: tests, CI, the benchmark's shape).
 *
 *   node scripts/record-fixture.ts [--plant-canaries] [--cms http://127.0.0.1:3200] [--out site/test/fixtures/cms]
 *
 * With --plant-canaries it first signs in as staff (STAFF_EMAIL, default the demo admin;
 * STAFF_PASSWORD or DEMO_PASSWORD) and creates documents carrying the strings of
 * site/test/helpers/canaries.ts in places the public must never see (drafts, a newer draft of a
 * published article, private contact data, internal notes). The recording itself is anonymous: it
 * runs the loader's own request code through the same HTTP client, with no credentials.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { COLLECTIONS, GLOBALS, type CollectionSlug } from '@thidua/content-models'
import type { CmsSource } from '../site/src/loaders/cmsSource.ts'
import { fetchAll } from '../site/src/loaders/fetchDocs.ts'
import { FIXTURE_INDEX, fixtureKey, type FixtureIndex } from '../site/src/loaders/fixtureSource.ts'
import { createHttpSource } from '../site/src/loaders/httpSource.ts'
import { globalPath } from '../site/src/loaders/requests.ts'
import { CANARIES } from '../site/test/helpers/canaries.ts'

const { values: args } = parseArgs({
  options: {
    cms: { type: 'string', default: process.env.CMS_URL ?? 'http://127.0.0.1:3200' },
    out: { type: 'string', default: path.join(import.meta.dirname, '../site/test/fixtures/cms') },
    'plant-canaries': { type: 'boolean', default: false },
    'page-size': { type: 'string', default: '100' },
  },
})
const cms = args.cms!.replace(/\/$/, '')
const out = path.resolve(args.out!)
const pageSize = Number(args['page-size'])
/** The collections the portal loads (site/src/content.config.ts), all at depth 0. */
const LOADED: CollectionSlug[] = [
  COLLECTIONS.articles, COLLECTIONS.exemplars, COLLECTIONS.events, COLLECTIONS.categories, COLLECTIONS.movements,
  COLLECTIONS.units, COLLECTIONS.media, COLLECTIONS.audio,
]

async function staffRequest(token: string, method: string, url: string, body: unknown): Promise<{ id: number | string }> {
  const response = await fetch(`${cms}${url}`, {
    method, headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify(body),
  })
  const json = (await response.json()) as { doc?: { id: number | string }; errors?: unknown }
  if (!response.ok || !json.doc) throw new Error(`${method} ${url} failed (${response.status}): ${JSON.stringify(json.errors ?? json)}`)
  return json.doc
}

/** Creates the canary documents unless an earlier run already did. */
async function plantCanaries(): Promise<void> {
  const email = process.env.STAFF_EMAIL ?? 'quantri@thidua.example'
  const password = process.env.STAFF_PASSWORD ?? process.env.DEMO_PASSWORD
  if (!password) throw new Error('Set STAFF_PASSWORD (or DEMO_PASSWORD) to plant canaries.')
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`Signing in as ${email} failed (${login.status}).`)
  const existing = await fetch(`${cms}/api/articles?draft=true&limit=1&where[title][equals]=${encodeURIComponent(CANARIES.draftArticleTitle)}`, {
    headers: { authorization: `JWT ${token}` },
  }).then((r) => r.json() as Promise<{ totalDocs: number }>)
  if (existing.totalDocs > 0) { console.log('Canaries already planted.'); return }

  const c = (url: string, body: unknown) => staffRequest(token, 'POST', url, body)
  await c('/api/articles?draft=true', {
    title: CANARIES.draftArticleTitle, body: `Nội dung nháp ${CANARIES.draftArticleBody}.`, _status: 'draft',
    internalNotes: CANARIES.articleInternalNote,
  })
  const published = await c('/api/articles', {
    title: 'Bài đã đăng có bản nháp mới hơn', summary: 'Bài kiểm thử: bản nháp mới hơn không được lộ ra cổng thông tin.',
    body: 'Nội dung đã duyệt và đăng.', _status: 'published', internalNotes: CANARIES.articleInternalNote, publishedAt: new Date().toISOString(),
  })
  await staffRequest(token, 'PATCH', `/api/articles/${published.id}?draft=true`, { title: CANARIES.newerDraftTitle, _status: 'draft' })
  const unpublished = await c('/api/articles', {
    title: CANARIES.unpublishedArticleTitle, body: 'Bài đã gỡ.', _status: 'published', publishedAt: new Date().toISOString(),
  })
  await staffRequest(token, 'PATCH', `/api/articles/${unpublished.id}`, { _status: 'draft' })
  await c('/api/exemplars?draft=true', {
    name: CANARIES.draftExemplarName, subjectType: 'individual', kind: 'advanced', _status: 'draft',
    contact: { phone: CANARIES.exemplarPhone },
  })
  await c('/api/exemplars', {
    name: 'Nguyễn Thị Kiểm Thử', subjectType: 'individual', kind: 'good-deed', consentToPublish: true, _status: 'published',
    summary: 'Hồ sơ kiểm thử: thông tin liên hệ và ghi chú nội bộ không được công khai.', publishedAt: new Date().toISOString(),
    contact: { phone: CANARIES.exemplarPhone, email: CANARIES.exemplarEmail, address: CANARIES.exemplarAddress },
    internalNotes: CANARIES.exemplarInternalNote,
  })
  console.log('Planted the canaries.')
}

/** Wraps the anonymous HTTP source and keeps every answer it gives. */
function recording(inner: CmsSource, index: FixtureIndex): CmsSource {
  return {
    ...inner,
    async getJson(requestPath) {
      const answer = await inner.getJson(requestPath)
      const key = fixtureKey(requestPath)
      const m = /^\/api\/([a-z-]+)\?.*\bpage=(\d+)/.exec(key)
      const file = m ? `${m[1]}-page-${m[2]}.json` : `response-${Object.keys(index.responses).length + 1}.json`
      writeFileSync(path.join(out, file), `${JSON.stringify(answer, null, 1)}\n`)
      index.responses[key] = file
      return answer
    },
  }
}

if (args['plant-canaries']) await plantCanaries()
rmSync(out, { recursive: true, force: true })
mkdirSync(path.join(out, 'files'), { recursive: true })
const index: FixtureIndex = { recordedAt: new Date().toISOString(), cmsUrl: cms, responses: {}, files: {} }
const source = recording(createHttpSource(cms, { retries: 0 }), index)
const stats = { requests: 0 }
for (const collection of LOADED) {
  const docs = []
  for await (const page of fetchAll(source, collection, pageSize, 0, stats)) docs.push(...page)
  console.log(`${collection}: ${docs.length} public document(s)`)
  if (collection !== COLLECTIONS.media && collection !== COLLECTIONS.audio) continue
  // Only the originals: the portal makes its own sizes from them and copies audio as is.
  for (const doc of docs) {
    if (typeof doc.url !== 'string' || typeof doc.filename !== 'string') continue
    writeFileSync(path.join(out, 'files', doc.filename), await source.getBytes(doc.url))
    index.files![fixtureKey(doc.url)] = `files/${doc.filename}`
  }
}
// The portal's information (site/src/loaders/globalLoader.ts asks for exactly this).
await source.getJson(globalPath(GLOBALS.portalInfo))
writeFileSync(path.join(out, FIXTURE_INDEX), `${JSON.stringify(index, null, 1)}\n`)
console.log(`Recorded ${stats.requests} responses and ${Object.keys(index.files!).length} files into ${out}`)
