import { describe, expect, it } from 'vitest'
import { parse } from 'graphql'
import {
  CANARY_FIELDS, PERSONAL_FIELDS, PUBLIC_FIELDS, graphqlCost, graphqlCostRefusal, jsonBodyRefusal, mediaFilenamesIn, whereIssue,
  pathRefusal, readQueryRefusal, restRequestRefusal, rssFeedOptions, uploadUsageOf,
} from '../src/index.ts'

const anonymous = { role: null, staff: false }
const contributor = { role: 'contributor', staff: false }
const editor = { role: 'editor', staff: true }

describe('what is public, derived from the field policy (issue #9, point 1)', () => {
  it('keeps personal data and private markers out of the public fields', () => {
    for (const field of ['gender', 'ethnicity', 'directWorker', 'contact', 'consentToPublish', 'privacyMarker', 'internalNotes']) {
      expect(PUBLIC_FIELDS.exemplars).not.toContain(field)
    }
    expect(PERSONAL_FIELDS.exemplars).toEqual(expect.arrayContaining(['gender', 'ethnicity', 'directWorker', 'contact']))
    expect(CANARY_FIELDS.articles).toEqual(['internalNotes', 'privacyMarker'])
  })
})

describe('read queries (issue #9, point 5)', () => {
  it.each([
    ['a public field', 'articles', 'title', anonymous, null],
    ['a related id', 'articles', 'exemplars', anonymous, null],
    ['a related id spelt out', 'articles', 'exemplars.id', anonymous, null],
    ['a public field of a public related collection', 'articles', 'unit.name', anonymous, null],
    ['ethnicity', 'exemplars', 'ethnicity', anonymous, /ethnicity/],
    ['contact data in a group', 'exemplars', 'contact.phone', contributor, /contact\.phone/],
    ['the workflow state, anonymously', 'articles', 'workflowState', anonymous, /workflowState/],
    ['the workflow state, signed in', 'articles', 'workflowState', contributor, null],
    ['a field of a related profile', 'articles', 'exemplars.name', contributor, /mã/],
    ['a field of a related profile, as staff', 'articles', 'exemplars.name', editor, null],
    ['an unknown field', 'articles', 'nonsense', anonymous, /nonsense/],
  ] as const)('%s', (_name, collection, path, caller, expected) => {
    const refusal = pathRefusal(collection, path, caller)
    if (expected === null) expect(refusal).toBeNull()
    else expect(refusal).toMatch(expected)
  })

  it.each([
    [{ limit: 100 }, null],
    [{ limit: 1001 }, /limit/],
    [{ limit: 0 }, /limit/],
    [{ depth: 3 }, /depth/],
    [{ pagination: false }, /pagination/],
    [{ pagination: false, select: { updatedAt: true } }, null],
    [{ pagination: false, select: { updatedAt: true, body: true } }, /pagination/],
    [{ where: { or: [{ name: { like: 'a' } }, { and: [{ ethnicity: { equals: 'Mông' } }] }] } }, /ethnicity/],
    [{ sort: '-publishedAt' }, null],
  ])('anonymous %j', (query, expected) => {
    const refusal = readQueryRefusal('exemplars', query, anonymous)
    if (expected === null) expect(refusal).toBeNull()
    else expect(refusal).toMatch(expected)
  })

  it('leaves staff queries alone and caps only anonymous page sizes', () => {
    expect(readQueryRefusal('exemplars', { where: { ethnicity: { equals: 'Mông' } }, limit: 5000 }, editor)).toBeNull()
    expect(readQueryRefusal('articles', { limit: 5000 }, contributor)).toBeNull()
  })
})

describe('raw REST requests (issue #9, point 5)', () => {
  const refusal = (path: string, numeric = true) => restRequestRefusal(new URL(path, 'http://cms'), ['articles', 'users'], numeric)
  it.each([
    ['/api/articles/abc', 404],
    ['/api/articles/12', null],
    ['/api/articles/65f0c0ffee0123456789abcd', 404],
    ['/api/articles/versions/xyz', 404],
    ['/api/articles/12/transition', null],
    ['/api/users/login', null],
    ['/api/articles?page=1e308', 400],
    ['/api/articles?page=0', 400],
    ['/api/articles?limit=12', null],
    ['/api/articles?depth=abc', 400],
    ['/api/articles?where=%7Bbad', 400],
    ['/api/articles?where[and][0][publishedAt][greater_than]=31%2F02%2F2020', 400],
    ['/api/articles?where[publishedAt][greater_than]=2026-01-01', null],
  ])('%s', (path, status) => {
    expect(refusal(path)?.status ?? null).toBe(status)
  })

  it('reads MongoDB ObjectIds as ids when the database is MongoDB', () => {
    expect(refusal('/api/articles/65f0c0ffee0123456789abcd', false)).toBeNull()
    expect(refusal('/api/articles/12', false)?.status).toBe(404)
  })

  it('refuses bodies that are too large or not JSON', () => {
    expect(jsonBodyRefusal(null)?.status).toBe(413)
    expect(jsonBodyRefusal('{"a":')?.status).toBe(400)
    expect(jsonBodyRefusal('{"a":1}')).toBeNull()
  })
})

describe('GraphQL cost (issue #9, point 5)', () => {
  it('counts aliases, fields and depth of a parsed query', () => {
    const cost = graphqlCost(parse('{ a: Articles { docs { id title } } b: Articles { docs { id } } }') as never)
    expect(cost).toEqual({ aliases: 2, fields: 7, depth: 2 })
  })
  it('refuses 200 aliases and a 10-level query, and lets a normal one through', () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: Articles { docs { id } }`).join(' ')
    expect(graphqlCostRefusal(graphqlCost(parse(`{ ${aliases} }`) as never))).toMatch(/bí danh/)
    let deep = 'id'
    for (let i = 0; i < 10; i++) deep = `x { ${deep} }`
    expect(graphqlCostRefusal(graphqlCost(parse(`{ ${deep} }`) as never))).toMatch(/sâu/)
    expect(graphqlCostRefusal(graphqlCost(parse('{ Articles(limit: 5) { docs { id title } } }') as never))).toBeNull()
  })
})

describe('uploads a document uses (issue #9, point 2)', () => {
  it('finds relationship uploads and media inserted into bodies', () => {
    const usage = uploadUsageOf('articles', {
      heroImage: { id: 3 }, gallery: [4, { id: 5 }], audio: 9,
      body: '![a](http://cms/api/media/file/hoa-1440x900.jpg) và ![b](/api/media/file/l%C3%BAa.jpg)',
    })
    expect(usage).toEqual({ media: [3, 4, 5], audio: [9], mediaFilenames: ['hoa-1440x900.jpg', 'lúa.jpg'] })
    expect(uploadUsageOf('exemplars', { portrait: 7, achievements: '![x](/api/media/file/c.png)' })).toEqual({ media: [7], audio: [], mediaFilenames: ['c.png'] })
    expect(mediaFilenamesIn('không có ảnh')).toEqual([])
  })
})

describe('RSS descriptions (issue #9, point 5)', () => {
  it('carry the summary as plain text, so readers rendering HTML show markup as text', () => {
    const options = rssFeedOptions(
      { title: 'Cổng', description: 'd', homeUrl: 'https://x.vn/', feedUrl: 'https://x.vn/rss.xml', language: 'vi' } as never,
      [{ title: 't', url: 'https://x.vn/a/', publishedAt: '2026-01-01T00:00:00Z', summary: 'Tóm tắt <svg onload=alert(1)> & hết', contentHtml: '<p>x</p>', authors: [], categories: [] } as never],
    )
    expect(options.items[0]!.description).toBe('Tóm tắt &lt;svg onload=alert(1)&gt; &amp; hết')
  })
})

describe('where values the database would choke on (issue #9, point 5)', () => {
  it.each([
    [{ unit: { equals: 'abc' } }, true, /mã hợp lệ/],
    [{ unit: { equals: '12' } }, true, null],
    [{ unit: { equals: '65f0c0ffee0123456789abcd' } }, false, null],
    [{ id: { in: '1,2,x' } }, true, /mã hợp lệ/],
    [{ publishedAt: { contains: 'x' } }, true, /phép “contains”/],
    [{ publishedAt: { greater_than: '31/02/2020' } }, true, /ngày/],
    [{ title: { near: '1,2' } }, true, /phép “near”/],
    [{ tags: { all: 'x' } }, true, /phép “all”/],
    [{ exemplars: { contains: 'abc' } }, true, /phép “contains”/],
    [{ publishedAt: { equals: { $gt: 1 } } }, true, /không hợp lệ/],
    [{ or: [{ title: { like: 'hoà' } }, { and: [{ 'exemplars.id': { equals: 'x' } }] }] }, true, /mã hợp lệ/],
    [{ title: { like: 'Hoà An' }, _status: { equals: 'published' } }, true, null],
  ])('%j', (where, numericIds, expected) => {
    const issue = whereIssue('articles', where, numericIds)
    if (expected === null) expect(issue).toBeNull()
    else expect(issue?.message).toMatch(expected)
  })

  it('refuses bodies that are not one JSON object', () => {
    for (const body of ['[]', 'null', '123', '"s"']) expect(jsonBodyRefusal(body)?.status).toBe(400)
  })

  it('counts fragments where they are spread, including nested and cyclic ones', () => {
    const nested = Array.from({ length: 12 }, (_, i) => `fragment U${i} on Unit { id parent { ${i < 11 ? `...U${i + 1}` : 'id'} } }`).join(' ')
    expect(graphqlCost(parse(`{ Units { docs { ...U0 } } } ${nested}`) as never).depth).toBeGreaterThan(8)
    const cyclic = 'fragment A on Unit { parent { ...B } } fragment B on Unit { parent { ...A } }'
    expect(graphqlCostRefusal(graphqlCost(parse(`{ Units { docs { ...A } } } ${cyclic}`) as never))).toMatch(/sâu/)
  })
})
