import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_FIELDS } from '@thidua/content-models'
import { graphql } from './helpers/graphql.ts'
import { rest, tokenFor, type RestResponse } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'
import { PASSWORD, createCast, type Cast, type Person } from './helpers/workflowFixtures.ts'

/**
 * The access matrix of issue #3 (points 5 and 6): every role against articles, profiles and the
 * collections around them, on every path (REST list/read/create/update/delete, `?draft=true`,
 * `/versions`, where/sort on private fields, relationship population, duplicate, GraphQL, and the
 * Local API calls the admin's list and document views make), through the real route handlers and
 * a real SQLite database. Canaries planted in private places must never reach those not allowed.
 */
const CANARY = {
  title: 'CANARY-TITLE-9f3c1',
  phone: '0987-CANARY-6612',
  note: 'CANARY-NOTE-44a1',
  review: 'CANARY-REVIEW-77b2',
  delegate: 'CANARY-DELEGATE-PHONE-3d9',
}
type Who = 'anonymous' | 'contributorA' | 'managerA' | 'contributorB' | 'editor' | 'publisher'
const WHO: Who[] = ['anonymous', 'contributorA', 'managerA', 'contributorB', 'editor', 'publisher']

let t: TestPayload
let cast: Cast & { managerA: Person }
const ids: Record<string, number> = {}
type Kind = 'articles' | 'exemplars' | 'versions' | 'events' | 'delegates' | 'dossiers'
const kinds: Record<string, Kind> = {}
const seen: Record<Who, string[]> = { anonymous: [], contributorA: [], managerA: [], contributorB: [], editor: [], publisher: [] }

const tokenOf = (who: Who) => (who === 'anonymous' ? undefined : cast[who].token)
/** The fixture name of a document id (ids repeat across collections, hence the collection). */
const keyOf = (id: unknown, collection: Kind = 'articles') =>
  Object.entries(ids).find(([k, v]) => kinds[k] === collection && String(v) === String(id))?.[0] ?? `#${String(id)}`
const keys = (docs: { id: unknown }[], collection: Kind = 'articles') => docs.map((d) => keyOf(d.id, collection)).sort()
const verdict = (res: { status: number }) => (res.status >= 200 && res.status < 300 ? 'ok' : res.status === 401 || res.status === 403 || res.status === 404 || res.status === 400 ? 'deny' : `HTTP ${res.status}`)

async function call(who: Who, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, json?: unknown): Promise<RestResponse> {
  const res = await rest(method, path, { token: tokenOf(who), json })
  seen[who].push(res.text)
  return res
}
async function gql(who: Who, query: string) {
  const res = await graphql(query, { token: tokenOf(who) })
  seen[who].push(res.text)
  return res
}
async function userOf(who: Who) {
  if (who === 'anonymous') return null
  const user = await t.payload.findByID({ collection: 'users', id: cast[who].id, overrideAccess: true })
  return { ...user, collection: 'users' } as never
}
const system = { overrideAccess: true } as const

async function fresh(title: string, state: 'draft' | 'approved', unit: number) {
  const doc = await t.payload.create({ collection: 'articles', data: { title, unit, workflowState: state, _status: 'draft' } as never, draft: true, ...system })
  return doc.id as number
}

beforeAll(async () => {
  t = await startTestPayload()
  const base = await createCast(t.payload)
  // Unit A's emulation officer (issue #10, point 5): sees what unit A's contributor sees, no more.
  const manager = await t.payload.create({ collection: 'users', data: { email: 'canbo-a@thidua.test', name: 'Cán bộ thi đua A', role: 'manager', unit: base.unitA.id, password: PASSWORD } as never, overrideAccess: true })
  cast = { ...base, managerA: { id: manager.id as number, email: 'canbo-a@thidua.test', name: 'Cán bộ thi đua A', token: await tokenFor(t.payload, 'canbo-a@thidua.test', PASSWORD) } }
  const A = cast.unitA.id
  const B = cast.unitB.id
  const create = async (collection: 'articles' | 'exemplars', key: string, data: Record<string, unknown>, draft = false) => {
    const doc = await t.payload.create({ collection, data: data as never, draft, ...system })
    ids[key] = doc.id as number
    kinds[key] = collection
  }
  await create('exemplars', 'exPubA', { name: 'Điển hình A', unit: A, consentToPublish: true, contact: { phone: CANARY.phone, address: 'Nhà riêng' }, internalNotes: CANARY.note, _status: 'published' })
  await create('exemplars', 'exDraftB', { name: 'Điển hình nháp B', unit: B, _status: 'draft' }, true)
  await create('exemplars', 'exPubB', { name: 'Điển hình B', unit: B, consentToPublish: true, contact: { phone: '0912 000 111' }, _status: 'published' })
  await create('articles', 'pubA', {
    title: 'Bài A đã đăng', unit: A, exemplars: [ids.exPubA, ids.exDraftB], internalNotes: CANARY.note, _status: 'published',
    reviewHistory: [{ fromState: 'in_review', toState: 'approved', comment: CANARY.review, actorName: 'Biên tập', at: new Date().toISOString() }],
  })
  await create('articles', 'revisionA', { title: 'Bài A có bản sửa', unit: A, _status: 'published' })
  await t.payload.update({ collection: 'articles', id: ids.revisionA!, data: { title: `Bản sửa ${CANARY.title}` } as never, draft: true, ...system })
  await create('articles', 'draftA', { title: `Nháp ${CANARY.title}`, unit: A, _status: 'draft' }, true)
  await create('articles', 'pubB', { title: 'Bài B đã đăng', unit: B, _status: 'published' })
  await create('articles', 'draftB', { title: 'Nháp của B', unit: B, _status: 'draft' }, true)
  // Events (issue #11): the council's conference, published, to which unit A is invited; unit B's own
  // draft talk; a delegate of each unit (A's phone a canary) and a dossier of A.
  const future = new Date(Date.now() + 30 * 24 * 3600_000).toISOString()
  const other = async (collection: 'events' | 'delegates', key: string, data: Record<string, unknown>, draft = false) => {
    const doc = await t.payload.create({ collection, data: data as never, draft, ...system })
    ids[key] = doc.id as number
    kinds[key] = collection
  }
  await other('events', 'eventPub', { title: 'Hội nghị tỉnh', startsAt: future, dossierDeadline: future, allocations: [{ unit: A, seats: 3 }], _status: 'published', workflowState: 'published' })
  await other('events', 'eventDraftB', { title: 'Tọa đàm nháp của B', eventType: 'talk-exchange', startsAt: future, unit: B, _status: 'draft' }, true)
  await other('delegates', 'delegateA', { event: ids.eventPub, unit: A, name: 'Đại biểu A', ethnicity: 'Tày', phone: CANARY.delegate })
  await other('delegates', 'delegateB', { event: ids.eventDraftB, unit: B, name: 'Đại biểu B', gender: 'female' })
  const versions = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: ids.draftA } }, ...system })
  ids.versionDraftA = versions.docs[0]!.id as number
  kinds.versionDraftA = 'versions'
})
afterAll(async () => t?.cleanup())

type Outcome = string | string[] | Record<string, string>
interface Case {
  name: string
  run: (who: Who) => Promise<Outcome>
  /** A unit manager reads and writes what its unit's contributor does unless a row says otherwise. */
  expect: Record<Exclude<Who, 'managerA'>, Outcome> & { managerA?: Outcome }
}
const same = (outcome: Outcome): Record<Who, Outcome> => ({ anonymous: outcome, contributorA: outcome, managerA: outcome, contributorB: outcome, editor: outcome, publisher: outcome })
const ALL_ARTICLES = ['draftA', 'draftB', 'pubA', 'pubB', 'revisionA']
const ALL_EXEMPLARS = ['exDraftB', 'exPubA', 'exPubB']

const CASES: Case[] = [
  {
    name: 'REST list of articles',
    run: async (who) => keys((await call(who, 'GET', '/api/articles?limit=100&depth=0')).body.docs),
    expect: { anonymous: ['pubA', 'pubB', 'revisionA'], contributorA: ['draftA', 'pubA', 'revisionA'], contributorB: ['draftB', 'pubB'], editor: ALL_ARTICLES, publisher: ALL_ARTICLES },
  },
  {
    name: 'REST list of articles with ?draft=true',
    run: async (who) => keys((await call(who, 'GET', '/api/articles?draft=true&limit=100&depth=0')).body.docs),
    // Anonymous callers' `draft=true` is ignored (issue #9): they read the live versions.
    expect: { anonymous: ['pubA', 'pubB', 'revisionA'], contributorA: ['draftA', 'pubA', 'revisionA'], contributorB: ['draftB', 'pubB'], editor: ALL_ARTICLES, publisher: ALL_ARTICLES },
  },
  {
    name: 'REST read of each article by id, with and without ?draft=true',
    run: async (who) => {
      const out: Record<string, string> = {}
      for (const key of ALL_ARTICLES) {
        const plain = verdict(await call(who, 'GET', `/api/articles/${ids[key]}?depth=0`))
        const draft = verdict(await call(who, 'GET', `/api/articles/${ids[key]}?depth=0&draft=true`))
        out[key] = plain === draft ? plain : `${plain}/${draft}`
      }
      return out
    },
    expect: {
      anonymous: { pubA: 'ok', revisionA: 'ok', draftA: 'deny', pubB: 'ok', draftB: 'deny' },
      contributorA: { pubA: 'ok', revisionA: 'ok', draftA: 'ok', pubB: 'deny', draftB: 'deny' },
      contributorB: { pubA: 'deny', revisionA: 'deny', draftA: 'deny', pubB: 'ok', draftB: 'ok' },
      editor: { pubA: 'ok', revisionA: 'ok', draftA: 'ok', pubB: 'ok', draftB: 'ok' },
      publisher: { pubA: 'ok', revisionA: 'ok', draftA: 'ok', pubB: 'ok', draftB: 'ok' },
    },
  },
  {
    name: 'the title a reader gets for a live article with a pending revision (?draft=true)',
    run: async (who) => {
      const res = await call(who, 'GET', `/api/articles/${ids.revisionA}?draft=true&depth=0`)
      return res.status === 200 ? (res.body.title.includes(CANARY.title) ? 'revision' : 'published') : verdict(res)
    },
    expect: { anonymous: 'published', contributorA: 'revision', contributorB: 'deny', editor: 'revision', publisher: 'revision' },
  },
  {
    name: 'REST list of versions (/versions)',
    run: async (who) => {
      const res = await call(who, 'GET', '/api/articles/versions?limit=200&depth=0')
      return res.status === 200 ? [...new Set(res.body.docs.map((v: { parent: unknown }) => keyOf(v.parent)) as string[])].sort() : verdict(res)
    },
    expect: { anonymous: 'deny', contributorA: ['draftA', 'pubA', 'revisionA'], contributorB: ['draftB', 'pubB'], editor: ALL_ARTICLES, publisher: ALL_ARTICLES },
  },
  {
    name: 'REST read of a draft version by its id (/versions/:id)',
    run: async (who) => verdict(await call(who, 'GET', `/api/articles/versions/${ids.versionDraftA}?depth=0`)),
    expect: { anonymous: 'deny', contributorA: 'ok', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'where on the private phone of profiles (canary and a number nobody has give the same answer)',
    run: async (who) => {
      const canary = await call(who, 'GET', `/api/exemplars?depth=0&where[contact.phone][equals]=${encodeURIComponent(CANARY.phone)}`)
      const other = await call(who, 'GET', `/api/exemplars?depth=0&where[contact.phone][equals]=${encodeURIComponent('0900-NOBODY-0000')}`)
      if (canary.status !== 200) return canary.status === other.status && canary.text === other.text ? 'deny, same answer' : 'deny, DIFFERENT answers'
      return keys(canary.body.docs, 'exemplars')
    },
    expect: { anonymous: 'deny, same answer', contributorA: 'deny, same answer', contributorB: 'deny, same answer', editor: ['exPubA'], publisher: ['exPubA'] },
  },
  {
    name: 'where on the private phone through a relationship (articles by their profiles’ phone)',
    run: async (who) => {
      const res = await call(who, 'GET', `/api/articles?depth=0&where[exemplars.contact.phone][equals]=${encodeURIComponent(CANARY.phone)}`)
      return res.status === 200 ? keys(res.body.docs) : verdict(res)
    },
    expect: { anonymous: 'deny', contributorA: 'deny', contributorB: 'deny', editor: ['pubA'], publisher: ['pubA'] },
  },
  {
    name: 'where on the private phone in /versions (canary and a number nobody has give the same answer)',
    run: async (who) => {
      const ask = (phone: string) => call(who, 'GET', `/api/exemplars/versions?depth=0&where[version.contact.phone][equals]=${encodeURIComponent(phone)}`)
      const canary = await ask(CANARY.phone)
      const other = await ask('0900-NOBODY-0000')
      if (canary.status !== 200) return canary.status === other.status && canary.text === other.text ? 'deny, same answer' : 'deny, DIFFERENT answers'
      return [...new Set(canary.body.docs.map((v: { parent: unknown }) => keyOf(v.parent, 'exemplars')) as string[])]
    },
    expect: { anonymous: 'deny, same answer', contributorA: 'deny, same answer', contributorB: 'deny, same answer', editor: ['exPubA'], publisher: ['exPubA'] },
  },
  {
    name: 'where on internal notes',
    run: async (who) => {
      const res = await call(who, 'GET', `/api/articles?depth=0&where[internalNotes][like]=CANARY`)
      return res.status === 200 ? keys(res.body.docs) : verdict(res)
    },
    expect: { anonymous: 'deny', contributorA: 'deny', contributorB: 'deny', editor: ['pubA'], publisher: ['pubA'] },
  },
  {
    name: 'where on review comments',
    run: async (who) => {
      const res = await call(who, 'GET', `/api/articles?depth=0&where[reviewHistory.comment][like]=CANARY`)
      return res.status === 200 ? keys(res.body.docs) : verdict(res)
    },
    expect: { anonymous: 'deny', contributorA: ['pubA'], contributorB: [], editor: ['pubA'], publisher: ['pubA'] },
  },
  {
    name: 'where on the review state (not public)',
    run: async (who) => {
      const res = await call(who, 'GET', `/api/articles?depth=0&draft=true&where[workflowState][equals]=draft`)
      return res.status === 200 ? keys(res.body.docs) : verdict(res)
    },
    expect: { anonymous: 'deny', contributorA: ['draftA', 'revisionA'], contributorB: ['draftB'], editor: ['draftA', 'draftB', 'revisionA'], publisher: ['draftA', 'draftB', 'revisionA'] },
  },
  {
    name: 'where on a draft title with ?draft=true',
    run: async (who) => {
      const res = await call(who, 'GET', `/api/articles?depth=0&draft=true&where[title][like]=${CANARY.title}`)
      return res.status === 200 ? keys(res.body.docs) : verdict(res)
    },
    expect: { anonymous: [], contributorA: ['draftA', 'revisionA'], contributorB: [], editor: ['draftA', 'revisionA'], publisher: ['draftA', 'revisionA'] },
  },
  {
    name: 'sort by a private field (phone, internal notes)',
    run: async (who) => {
      const phone = verdict(await call(who, 'GET', '/api/exemplars?depth=0&sort=contact.phone'))
      const notes = verdict(await call(who, 'GET', '/api/articles?depth=0&sort=-internalNotes'))
      return `${phone}/${notes}`
    },
    expect: { anonymous: 'deny/deny', contributorA: 'deny/deny', contributorB: 'deny/deny', editor: 'ok/ok', publisher: 'ok/ok' },
  },
  {
    name: 'depth population of related profiles (one published, one another unit’s draft)',
    run: async (who) => {
      const res = await call(who, 'GET', `/api/articles/${ids.pubA}?depth=1`)
      if (res.status !== 200) return verdict(res)
      return res.body.exemplars.map((e: unknown) =>
        typeof e === 'object' && e ? `${keyOf((e as { id: unknown }).id, 'exemplars')}:${(e as { contact?: unknown }).contact ? 'with contact' : 'public fields'}` : `${keyOf(e, 'exemplars')}:id only`,
      )
    },
    expect: {
      anonymous: ['exPubA:public fields', 'exDraftB:id only'],
      contributorA: ['exPubA:public fields', 'exDraftB:id only'],
      contributorB: 'deny',
      editor: ['exPubA:with contact', 'exDraftB:with contact'],
      publisher: ['exPubA:with contact', 'exDraftB:with contact'],
    },
  },
  {
    name: 'REST list of profiles',
    run: async (who) => keys((await call(who, 'GET', '/api/exemplars?limit=100&depth=0&draft=true')).body.docs, 'exemplars'),
    expect: { anonymous: ['exPubA', 'exPubB'], contributorA: ['exPubA'], contributorB: ['exDraftB', 'exPubB'], editor: ALL_EXEMPLARS, publisher: ALL_EXEMPLARS },
  },
  {
    name: 'GraphQL list of articles, plain and draft',
    run: async (who) => {
      const res = await gql(who, '{ plain: Articles(limit: 100) { docs { id } } drafts: Articles(limit: 100, draft: true) { docs { id } } }')
      return { plain: keys(res.body.data!.plain.docs).join(','), drafts: keys(res.body.data!.drafts.docs).join(',') }
    },
    expect: {
      anonymous: { plain: 'pubA,pubB,revisionA', drafts: 'pubA,pubB,revisionA' },
      contributorA: { plain: 'draftA,pubA,revisionA', drafts: 'draftA,pubA,revisionA' },
      contributorB: { plain: 'draftB,pubB', drafts: 'draftB,pubB' },
      editor: { plain: ALL_ARTICLES.join(','), drafts: ALL_ARTICLES.join(',') },
      publisher: { plain: ALL_ARTICLES.join(','), drafts: ALL_ARTICLES.join(',') },
    },
  },
  {
    name: 'GraphQL read of unit A’s draft and of versions',
    run: async (who) => {
      const doc = await gql(who, `{ Article(id: ${JSON.stringify(ids.draftA)}, draft: true) { id title } }`)
      const versions = await gql(who, '{ versionsArticles(limit: 200) { docs { id } } }')
      return `${doc.body.data?.Article ? 'ok' : 'deny'}/${versions.body.data?.versionsArticles ? 'ok' : 'deny'}`
    },
    expect: { anonymous: 'deny/deny', contributorA: 'ok/ok', contributorB: 'deny/ok', editor: 'ok/ok', publisher: 'ok/ok' },
  },
  {
    name: 'GraphQL where on the private phone',
    run: async (who) => {
      const res = await gql(who, `{ Exemplars(where: { contact__phone: { equals: "${CANARY.phone}" } }) { docs { id } } }`)
      return res.body.data?.Exemplars ? keys(res.body.data.Exemplars.docs, 'exemplars') : 'deny'
    },
    expect: { anonymous: 'deny', contributorA: 'deny', contributorB: 'deny', editor: ['exPubA'], publisher: ['exPubA'] },
  },
  {
    name: 'Local API as the admin list view calls it (draft, overrideAccess: false, the user)',
    run: async (who) => {
      const res = await t.payload.find({ collection: 'articles', draft: true, depth: 0, limit: 100, overrideAccess: false, user: await userOf(who), includeLockStatus: true })
      seen[who].push(JSON.stringify(res))
      return keys(res.docs)
    },
    expect: { anonymous: ['pubA', 'pubB', 'revisionA'], contributorA: ['draftA', 'pubA', 'revisionA'], contributorB: ['draftB', 'pubB'], editor: ALL_ARTICLES, publisher: ALL_ARTICLES },
  },
  {
    name: 'Local API as the admin document view calls it (findByID, draft, overrideAccess: false)',
    run: async (who) => {
      const doc = await t.payload.findByID({ collection: 'articles', id: ids.draftA!, draft: true, depth: 0, overrideAccess: false, user: await userOf(who) }).then(
        (d) => (seen[who].push(JSON.stringify(d)), 'ok'),
        () => 'deny',
      )
      return doc
    },
    expect: { anonymous: 'deny', contributorA: 'ok', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'reference data: read units, create a unit',
    run: async (who) => `${verdict(await call(who, 'GET', '/api/units?depth=0'))}/${verdict(await call(who, 'POST', '/api/units', { name: `Đơn vị của ${who}`, type: 'department' }))}`,
    expect: { anonymous: 'ok/deny', contributorA: 'ok/deny', contributorB: 'ok/deny', editor: 'ok/ok', publisher: 'ok/ok' },
  },
  {
    name: 'accounts: list users',
    run: async (who) => {
      const res = await call(who, 'GET', '/api/users?depth=0&limit=100')
      return res.status === 200 ? String(res.body.docs.length) : verdict(res)
    },
    expect: { anonymous: 'deny', contributorA: '1', contributorB: '1', editor: '1', publisher: '5' },
  },
  {
    name: 'the jobs queue: read jobs, run jobs over REST',
    run: async (who) => `${verdict(await call(who, 'GET', '/api/payload-jobs?depth=0'))}/${verdict(await call(who, 'GET', '/api/payload-jobs/run'))}`,
    expect: { anonymous: 'deny/deny', contributorA: 'deny/deny', contributorB: 'deny/deny', editor: 'deny/deny', publisher: 'deny/ok' },
  },
  // Writes last, so the lists above see only the fixtures.
  {
    name: 'duplicate of unit A’s published article',
    run: async (who) => verdict(await call(who, 'POST', `/api/articles/${ids.pubA}/duplicate`)),
    expect: { anonymous: 'deny', contributorA: 'ok', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'create a draft article for unit A',
    run: async (who) => verdict(await call(who, 'POST', '/api/articles?draft=true', { title: `Bài mới của ${who}`, unit: cast.unitA.id })),
    expect: { anonymous: 'deny', contributorA: 'ok', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'create an article already published (with and without ?draft=true)',
    run: async (who) => {
      const a = verdict(await call(who, 'POST', '/api/articles', { title: 'Đăng thẳng', unit: cast.unitA.id, _status: 'published' }))
      const b = verdict(await call(who, 'POST', '/api/articles?draft=true', { title: 'Đăng thẳng', unit: cast.unitA.id, _status: 'published' }))
      return `${a}/${b}`
    },
    expect: same('deny/deny'),
  },
  {
    name: 'REST list of events',
    run: async (who) => keys((await call(who, 'GET', '/api/events?limit=100&depth=0')).body.docs, 'events'),
    // A unit sees what it organises and what it is invited to (to enter delegates), and what is published.
    expect: { anonymous: ['eventPub'], contributorA: ['eventPub'], contributorB: ['eventDraftB', 'eventPub'], editor: ['eventDraftB', 'eventPub'], publisher: ['eventDraftB', 'eventPub'] },
  },
  {
    name: 'REST list of delegates, and GraphQL',
    run: async (who) => {
      const res = await call(who, 'GET', '/api/delegates?limit=100&depth=0')
      const viaGraphql = await gql(who, '{ Delegates { docs { id name phone } } }')
      const graphqlNames = (viaGraphql.body.data?.Delegates?.docs ?? []).map((d: { name: string }) => d.name).sort().join(',') || 'none'
      return `${res.status === 200 ? keys(res.body.docs, 'delegates').join(',') || 'none' : 'deny'} | ${graphqlNames}`
    },
    expect: { anonymous: 'deny | none', contributorA: 'delegateA | Đại biểu A', contributorB: 'delegateB | Đại biểu B', editor: 'delegateA,delegateB | Đại biểu A,Đại biểu B', publisher: 'delegateA,delegateB | Đại biểu A,Đại biểu B' },
  },
  {
    name: 'enter a delegate for the council conference (unit A invited, unit B not)',
    run: async (who) => verdict(await call(who, 'POST', '/api/delegates', { event: ids.eventPub, name: `Đại biểu của ${who}` })),
    expect: { anonymous: 'deny', contributorA: 'ok', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: "change unit A's delegate",
    run: async (who) => verdict(await call(who, 'PATCH', `/api/delegates/${ids.delegateA}`, { note: `Sửa bởi ${who}` })),
    expect: { anonymous: 'deny', contributorA: 'ok', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'the delegation of the council conference (composition and dossiers)',
    run: async (who) => {
      const res = await call(who, 'GET', `/api/events/${ids.eventPub}/delegates`)
      return res.status === 200 ? res.body.delegates.rows.map((r: unknown[]) => r[1]).filter((n: string) => !n.startsWith('Đại biểu của')).join(',') : 'deny'
    },
    expect: { anonymous: 'deny', contributorA: 'Đại biểu A', contributorB: '', editor: 'Đại biểu A', publisher: 'Đại biểu A' },
  },
  {
    name: 'update a draft of unit A',
    run: async (who) => verdict(await call(who, 'PATCH', `/api/articles/${await fresh('Nháp để sửa', 'draft', cast.unitA.id)}?draft=true`, { summary: `Sửa bởi ${who}` })),
    expect: { anonymous: 'deny', contributorA: 'ok', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'move a draft of unit A to unit B',
    run: async (who) => verdict(await call(who, 'PATCH', `/api/articles/${await fresh('Nháp để chuyển', 'draft', cast.unitA.id)}?draft=true`, { unit: cast.unitB.id })),
    expect: { anonymous: 'deny', contributorA: 'deny', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'publish an approved article of unit A by sending _status (without, then with ?draft=true)',
    run: async (who) => {
      const a = verdict(await call(who, 'PATCH', `/api/articles/${await fresh('Đã duyệt 1', 'approved', cast.unitA.id)}`, { _status: 'published' }))
      const b = verdict(await call(who, 'PATCH', `/api/articles/${await fresh('Đã duyệt 2', 'approved', cast.unitA.id)}?draft=true`, { _status: 'published' }))
      return `${a}/${b}`
    },
    expect: { anonymous: 'deny/deny', contributorA: 'deny/deny', contributorB: 'deny/deny', editor: 'deny/deny', publisher: 'ok/ok' },
  },
  {
    name: 'publish by a bulk update (PATCH with where)',
    run: async (who) => {
      const id = await fresh('Đã duyệt hàng loạt', 'approved', cast.unitA.id)
      const res = await call(who, 'PATCH', `/api/articles?where[id][equals]=${id}`, { _status: 'published' })
      return res.status === 200 && res.body.docs?.length === 1 ? 'ok' : 'deny'
    },
    expect: { anonymous: 'deny', contributorA: 'deny', contributorB: 'deny', editor: 'deny', publisher: 'ok' },
  },
  {
    // Unit A's own never-submitted draft: its accounts may delete it (issue #13, point 5).
    name: 'delete a never-submitted draft of unit A',
    run: async (who) => verdict(await call(who, 'DELETE', `/api/articles/${await fresh('Bài để xoá', 'draft', cast.unitA.id)}`)),
    expect: { anonymous: 'deny', contributorA: 'ok', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'delete an article of unit A that went to review',
    run: async (who) => verdict(await call(who, 'DELETE', `/api/articles/${await fresh('Bài đã gửi', 'approved', cast.unitA.id)}`)),
    expect: { anonymous: 'deny', contributorA: 'deny', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'delete a draft of unit A that was sent back for changes (it went to review once)',
    run: async (who) => {
      const at = new Date().toISOString()
      const doc = await t.payload.create({
        collection: 'articles',
        data: { title: 'Bài đã gửi rồi rút lại', unit: cast.unitA.id, workflowState: 'draft', _status: 'draft', reviewHistory: [{ fromState: 'draft', toState: 'submitted', at }, { fromState: 'submitted', toState: 'draft', at }] } as never,
        draft: true,
        ...system,
      })
      return verdict(await call(who, 'DELETE', `/api/articles/${doc.id}`))
    },
    expect: { anonymous: 'deny', contributorA: 'deny', contributorB: 'deny', editor: 'ok', publisher: 'ok' },
  },
  {
    name: 'GraphQL publish of an approved article of unit A (draft: true)',
    run: async (who) => {
      const res = await gql(who, `mutation { updateArticle(id: ${JSON.stringify(await fresh('Duyệt qua GraphQL', 'approved', cast.unitA.id))}, draft: true, data: { _status: published }) { id _status } }`)
      return res.body.data?.updateArticle?._status === 'published' ? 'ok' : 'deny'
    },
    expect: { anonymous: 'deny', contributorA: 'deny', contributorB: 'deny', editor: 'deny', publisher: 'ok' },
  },
]

describe.each(CASES)('$name', (c) => {
  it.each(WHO)('as %s', async (who) => {
    expect(await c.run(who)).toEqual(who === 'managerA' ? (c.expect.managerA ?? c.expect.contributorA) : c.expect[who])
  })
})

describe('the public projection', () => {
  it.each([
    ['articles', 'pubA'],
    ['exemplars', 'exPubA'],
  ] as const)('gives anonymous readers of %s only the public fields', async (collection, key) => {
    for (const query of ['depth=0', 'depth=0&draft=true']) {
      const res = await call('anonymous', 'GET', `/api/${collection}/${ids[key]}?${query}`)
      expect(res.status).toBe(200)
      const { reviewHistory, ...rest } = res.body
      // Payload answers an array field the reader may not read with [] rather than leaving it out.
      expect(reviewHistory ?? []).toEqual([])
      expect(Object.keys(rest).filter((field) => !PUBLIC_FIELDS[collection].includes(field))).toEqual([])
    }
  })
})

describe('canaries', () => {
  const everything = (who: Who) => seen[who].join('\n')

  it('were really planted: the council sees every one of them', () => {
    for (const who of ['editor', 'publisher'] as const) {
      for (const canary of Object.values(CANARY)) expect(everything(who)).toContain(canary)
    }
  })

  it('never reach anonymous callers, on any path above', () => {
    expect(seen.anonymous.length).toBeGreaterThan(40)
    for (const canary of Object.values(CANARY)) expect(everything('anonymous')).not.toContain(canary)
  })

  it("show unit A's manager what its contributor sees, never the staff-only phone and notes", () => {
    expect(everything('managerA')).toContain(CANARY.title)
    expect(everything('managerA')).not.toContain(CANARY.phone)
    expect(everything('managerA')).not.toContain(CANARY.note)
  })

  it('never reach another unit’s contributor', () => {
    for (const canary of Object.values(CANARY)) expect(everything('contributorB')).not.toContain(canary)
  })

  it('show unit A its own draft and review comments, but never the staff-only phone and notes', () => {
    expect(everything('contributorA')).toContain(CANARY.title)
    expect(everything('contributorA')).toContain(CANARY.review)
    expect(everything('contributorA')).not.toContain(CANARY.phone)
    expect(everything('contributorA')).not.toContain(CANARY.note)
  })
})
