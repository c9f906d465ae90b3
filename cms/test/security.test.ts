import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileOf, jpegWithGps } from './helpers/images.ts'
import { graphql } from './helpers/graphql.ts'
import { rest } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'
import { PASSWORD, createCast, type Cast } from './helpers/workflowFixtures.ts'

/**
 * The attacks of issue #9, one row each, through the real route handlers (REST and GraphQL behind
 * the publication module's guards) on a real SQLite database. Each must fail with a clear 4xx and
 * leave what was saved intact.
 */
let t: TestPayload
let cast: Cast
const system = { overrideAccess: true } as const
const ids: Record<string, number> = {}
const files: Record<string, string> = {}

async function uploadAs(who: 'contributorA' | 'contributorB', alt: string): Promise<{ id: number; filename: string }> {
  const user = await t.payload.findByID({ collection: 'users', id: cast[who].id, ...system })
  const doc = (await t.payload.create({
    collection: 'media',
    data: { alt },
    file: fileOf(await jpegWithGps(320, 200), `${alt.replace(/\s+/g, '-')}.jpg`, 'image/jpeg'),
    overrideAccess: false,
    user: { ...user, collection: 'users' } as never,
  })) as { id: number; filename: string }
  return doc
}

function imageForm(alt: string): FormData {
  const form = new FormData()
  form.set('_payload', JSON.stringify({ alt }))
  return form
}

beforeAll(async () => {
  t = await startTestPayload()
  cast = await createCast(t.payload)
  // Unit A's picture on a published profile; unit A's picture on a draft; unit B's picture.
  const livePic = await uploadAs('contributorA', 'anh ho so da dang')
  const draftPic = await uploadAs('contributorA', 'anh bai nhap')
  const otherPic = await uploadAs('contributorB', 'anh cua don vi B')
  Object.assign(ids, { livePic: livePic.id, draftPic: draftPic.id, otherPic: otherPic.id })
  Object.assign(files, { livePic: livePic.filename, draftPic: draftPic.filename })
  const profile = await t.payload.create({
    collection: 'exemplars',
    data: {
      name: 'Chị Lò Thị Mai', unit: cast.unitA.id, subjectType: 'individual', gender: 'female', ethnicity: 'Mông', directWorker: true,
      contact: { phone: '0912 345 678', dateOfBirth: '1990-05-01T00:00:00.000Z' }, consentToPublish: true, consentMethod: 'written',
      portrait: livePic.id, _status: 'published',
    } as never,
    ...system,
  })
  ids.profile = profile.id as number
  const hidden = await t.payload.create({ collection: 'exemplars', data: { name: 'Ông Hà Văn Bí Mật', unit: cast.unitB.id, _status: 'draft' } as never, draft: true, ...system })
  ids.hiddenProfile = hidden.id as number
  const story = await t.payload.create({
    collection: 'articles',
    data: { title: 'Chị Mai và lớp học xoá mù chữ', unit: cast.unitA.id, exemplars: [profile.id, hidden.id], _status: 'published' } as never,
    ...system,
  })
  ids.story = story.id as number
  const draft = await t.payload.create({ collection: 'articles', data: { title: 'Bài nháp có ảnh', unit: cast.unitA.id, heroImage: draftPic.id, _status: 'draft' } as never, draft: true, ...system })
  ids.draft = draft.id as number
  // A story about someone else, live throughout.
  await t.payload.create({ collection: 'articles', data: { title: 'Hợp tác xã chè Tà Xùa', unit: cast.unitB.id, _status: 'published' } as never, ...system })
})
afterAll(async () => t?.cleanup())

describe('images and audio (issue #9, point 2)', () => {
  it("refuses a contributor replacing another unit's image", async () => {
    const res = await rest('PATCH', `/api/media/${ids.otherPic}`, { token: cast.contributorA.token, json: { alt: 'ảnh đã bị thay' } })
    expect([403, 404]).toContain(res.status)
    expect((await t.payload.findByID({ collection: 'media', id: ids.otherPic!, ...system })).alt).toBe('anh cua don vi B')
  })

  it('refuses a contributor changing its own image once a published profile uses it, with a Vietnamese reason', async () => {
    const res = await rest('PATCH', `/api/media/${ids.livePic}`, { token: cast.contributorA.token, form: imageForm('internalNotes') })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/đã duyệt hay đã xuất bản/)
    expect((await t.payload.findByID({ collection: 'media', id: ids.livePic!, ...system })).alt).toBe('anh ho so da dang')
  })

  it('lets a contributor fix its own image while only a draft uses it, and staff change any', async () => {
    expect((await rest('PATCH', `/api/media/${ids.draftPic}`, { token: cast.contributorA.token, json: { alt: 'Ảnh lớp học' } })).status).toBe(200)
    expect((await rest('PATCH', `/api/media/${ids.livePic}`, { token: cast.editor.token, json: { alt: 'Chị Mai đứng lớp' } })).status).toBe(200)
  })

  it('lists and serves to anonymous callers only files a published document uses', async () => {
    const list = await rest('GET', '/api/media?limit=100')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([ids.livePic])
    expect((await rest('GET', `/api/media/file/${files.livePic}`)).status).toBe(200)
    expect([403, 404]).toContain((await rest('GET', `/api/media/file/${files.draftPic}`)).status)
    expect([403, 404]).toContain((await rest('GET', `/api/media/${ids.draftPic}`)).status)
  })

  it('makes a file public when its story is published and private again when it is taken down', async () => {
    await t.payload.update({ collection: 'articles', id: ids.draft!, data: { _status: 'published' } as never, ...system })
    expect((await rest('GET', `/api/media/file/${files.draftPic}`)).status).toBe(200)
    await t.payload.update({ collection: 'articles', id: ids.draft!, data: { _status: 'draft' } as never, ...system })
    expect([403, 404]).toContain((await rest('GET', `/api/media/file/${files.draftPic}`)).status)
  })

  it('refuses a contributor changing a picture of a story approved but never published (its draft holds the picture)', async () => {
    const pic = await uploadAs('contributorA', 'anh bai da duyet')
    const story = await t.payload.create({ collection: 'articles', data: { title: 'Bài đã duyệt chờ đăng', unit: cast.unitA.id, heroImage: pic.id, workflowState: 'approved', _status: 'draft' } as never, draft: true, ...system })
    const res = await rest('PATCH', `/api/media/${pic.id}`, { token: cast.contributorA.token, json: { alt: 'đổi sau khi duyệt' } })
    expect(res.status).toBe(403)
    expect(story.id).toBeTruthy()
  })

  it("refuses a contributor editing another unit's audio", async () => {
    const { silentMp3 } = await import('../src/seed/demoAudio.ts')
    const audio = await t.payload.create({ collection: 'audio', data: { title: 'Bản tin B', unit: cast.unitB.id }, file: fileOf(silentMp3(1), 'b.mp3', 'audio/mpeg'), ...system })
    const res = await rest('PATCH', `/api/audio/${audio.id}`, { token: cast.contributorA.token, json: { title: 'đã bị sửa' } })
    expect([403, 404]).toContain(res.status)
  })
})

describe('release checks an author cannot jam (issue #9, point 3)', () => {
  it('gives the release check private values and markers, never field names', async () => {
    const { collectCanaries } = await import('../src/publishing/collectCanaries.ts')
    const canaries = await collectCanaries(t.payload)
    expect(canaries).not.toHaveProperty('privateFieldNames')
    expect(canaries.privateValues).toContain('0912 345 678')
    const marker = ((await t.payload.findByID({ collection: 'exemplars', id: ids.profile!, ...system })) as { privacyMarker?: string }).privacyMarker
    expect(marker).toMatch(/^tdkt-private-/)
    expect(canaries.privateValues).toContain(marker)
    expect(canaries.privateValues).not.toContain('internalNotes')
  })
})

describe('personal data (issue #9, point 4; Decree 13/2023)', () => {
  it.each(['gender', 'ethnicity', 'directWorker', 'contact', 'consentRecordedBy', 'privacyMarker'])('withholds %s from anonymous callers and contributors', async (field) => {
    const anonymous = await rest('GET', `/api/exemplars/${ids.profile}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty(field)
    const contributor = await rest('GET', `/api/exemplars/${ids.profile}`, { token: cast.contributorA.token })
    expect(contributor.body).not.toHaveProperty(field)
    const editor = await rest('GET', `/api/exemplars/${ids.profile}`, { token: cast.editor.token })
    expect(editor.body).toHaveProperty(field)
  })

  it.each([
    ['filter by ethnicity', '/api/exemplars?where[ethnicity][equals]=M%C3%B4ng'],
    ['filter by gender', '/api/exemplars?where[gender][equals]=female'],
    ['sort by date of birth', '/api/exemplars?sort=contact.dateOfBirth'],
    ['filter through a relationship into profiles', '/api/articles?where[exemplars.ethnicity][equals]=M%C3%B4ng'],
  ])('refuses anonymous callers who %s', async (_name, path) => {
    const res = await rest('GET', path)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Không thể lọc/)
  })

  it('refuses the same filters through GraphQL', async () => {
    const res = await graphql('{ Exemplars(where: { ethnicity: { equals: "Mông" } }) { docs { id } } }')
    expect(res.body.errors?.[0]?.message).toMatch(/Không thể lọc/)
    expect(res.body.data?.Exemplars ?? null).toBeNull()
  })

  it('does not let a contributor set consent or backdate publication: both are staff decisions', async () => {
    const created = await rest('POST', '/api/exemplars?draft=true', {
      token: cast.contributorA.token,
      json: { name: 'Anh Vừ A Dính', consentToPublish: true, consentMethod: 'verbal', publishedAt: '2099-01-01T00:00:00.000Z', featured: true },
    })
    expect(created.status).toBe(201)
    const stored = await t.payload.findByID({ collection: 'exemplars', id: created.body.doc.id, draft: true, ...system })
    expect(stored).toMatchObject({ consentToPublish: false, featured: false })
    expect(stored.publishedAt ?? null).toBeNull()
    expect(stored.consentMethod ?? null).toBeNull()
  })

  it('withdrawing consent takes the profile and its stories off the portal and erases personal data from every version', async () => {
    const res = await rest('PATCH', `/api/exemplars/${ids.profile}?draft=true`, { token: cast.editor.token, json: { consentToPublish: false } })
    expect(res.status).toBe(200)
    const { withdrawalsSettled } = await import('../src/collections/Exemplars/hooks/withdrawConsentOnChange.ts')
    await withdrawalsSettled()
    const profile = await t.payload.findByID({ collection: 'exemplars', id: ids.profile!, ...system })
    expect(profile).toMatchObject({ workflowState: 'unpublished', consentToPublish: false })
    expect(profile.ethnicity ?? null).toBeNull()
    expect(profile.contact?.phone ?? null).toBeNull()
    expect((await t.payload.findByID({ collection: 'articles', id: ids.story!, ...system }))._status).toBe('draft')
    expect((await rest('GET', `/api/exemplars/${ids.profile}`)).status).toBe(404)
    const versions = await t.payload.findVersions({ collection: 'exemplars', where: { parent: { equals: ids.profile } }, pagination: false, ...system })
    expect(versions.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(versions.docs)).not.toContain('Mông')
    expect(JSON.stringify(versions.docs)).not.toContain('0912 345 678')
  })

  it('exports everything held about a person to the administrator only', async () => {
    expect((await rest('GET', `/api/exemplars/${ids.profile}/personal-data`, { token: cast.editor.token })).status).toBe(403)
    expect((await rest('GET', `/api/exemplars/${ids.profile}/personal-data`)).status).toBe(403)
    const res = await rest('GET', `/api/exemplars/${ids.profile}/personal-data`, { token: cast.publisher.token })
    expect(res.status).toBe(200)
    expect(res.body.profile.name).toBe('Chị Lò Thị Mai')
    expect(res.body.versions.length).toBeGreaterThan(0)
    expect(res.body.stories.map((s: { id: number }) => s.id)).toContain(ids.story)
  })
})

describe('probing drafts through published documents (issue #9, point 5)', () => {
  it.each([
    ['anonymous', undefined],
    ['another unit’s contributor', 'contributorA'],
  ] as const)('refuses %s a relationship query into profiles, even with draft=true', async (_name, who) => {
    const token = who ? cast[who].token : undefined
    const res = await rest('GET', '/api/articles?draft=true&where[exemplars.name][like]=B%C3%AD%20M%E1%BA%ADt', { token })
    expect(res.status).toBe(400)
    expect(res.text).not.toContain('Bí Mật')
  })

  it('still lets anyone filter by a related id', async () => {
    const res = await rest('GET', `/api/articles?where[exemplars][in]=${ids.hiddenProfile}&limit=10`)
    expect(res.status).toBe(200)
  })
})

describe('caps and bad input (issue #9, point 5)', () => {
  it.each([
    ['limit=100000', '/api/articles?limit=100000', 400],
    ['limit=-1', '/api/articles?limit=-1', 400],
    ['pagination=false on full documents', '/api/articles?pagination=false', 400],
    ['depth=10', '/api/articles?depth=10', 400],
    ['a non-numeric id', '/api/articles/abc', 404],
    ['page=1e308', '/api/articles?page=1e308', 400],
    ['a bad date in where', '/api/articles?where[publishedAt][greater_than]=31/02/2020', 400],
    ['malformed where JSON', '/api/articles?where=%7Bnot%20json', 400],
  ])('answers %s anonymously with a 4xx, not a 500', async (_name, path, status) => {
    const res = await rest('GET', path)
    expect(res.status).toBe(status)
    expect(res.body.errors[0].message).toMatch(/\p{L}/u)
  })

  it('refuses a publication time that is not a date instead of publishing at once', async () => {
    const approved = await t.payload.create({ collection: 'articles', data: { title: 'Bài chờ hẹn giờ', unit: cast.unitA.id, workflowState: 'approved', _status: 'draft' } as never, draft: true, ...system })
    const res = await rest('POST', `/api/articles/${approved.id}/transition`, { token: cast.publisher.token, json: { to: 'published', publishAt: '99999-99-99' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/không hợp lệ/)
    expect((await t.payload.findByID({ collection: 'articles', id: approved.id, ...system }))._status).toBe('draft')
  })

  it('keeps the id manifest the portal reads without pagination', async () => {
    const res = await rest('GET', '/api/articles?depth=0&pagination=false&sort=id&select[updatedAt]=true&where[_status][equals]=published')
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(0)
  })

  it.each([
    ['a relationship filtered by a non-id', '/api/articles?where[unit][equals]=abc'],
    ['an id list of non-ids', '/api/articles?where[id][in]=abc'],
    ['a text operator on a date', '/api/articles?where[publishedAt][contains]=x'],
    ['a geo operator', '/api/articles?where[title][near]=x'],
    ['"all" on tags', '/api/articles?where[tags][all]=x'],
    ['"contains" on a relationship', '/api/articles?where[exemplars][contains]=abc'],
    ['an array after an operator', '/api/articles?where[publishedAt][equals][0]=x'],
    ['an object after an operator', '/api/articles?where[publishedAt][greater_than][a]=x'],
  ])('answers %s with a 400 (found by attacking the first fix)', async (_name, path) => {
    const res = await rest('GET', path)
    expect(res.status).toBe(400)
  })

  it('checks a GET sent as a form POST (method override) like a GET, and refuses page=abc', async () => {
    const override = (body: string) =>
      rest('POST', '/api/articles', { headers: { 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' }, rawForm: body })
    expect((await override('where=notjson')).status).toBe(400)
    expect((await override('where[publishedAt][greater_than]=notadate')).status).toBe(400)
    expect((await override('page=abc')).status).toBe(400)
    expect((await override('page=-1')).status).toBe(400)
    expect((await rest('GET', '/api/articles?limit=5')).status).toBe(200)
  })

  it.each([
    ['an array', '[]', 'application/json', 400],
    ['null', 'null', 'application/json', 400],
    ['a number', '123', 'Application/JSON', 400],
    ['a string', '"s"', 'application/json', 400],
    ['plain text', 'title=x', 'text/plain', 415],
  ])('refuses %s as a document body, leaving the document intact', async (_name, body, type, status) => {
    const res = await rest('PATCH', `/api/articles/${ids.draft}?draft=true`, { token: cast.contributorA.token, rawBody: body, headers: { 'Content-Type': type } })
    expect(res.status).toBe(status)
    expect((await t.payload.findByID({ collection: 'articles', id: ids.draft!, draft: true, ...system })).title).toBe('Bài nháp có ảnh')
  })

  it('refuses a JSON body over 1 MB before parsing it, and malformed JSON with a 400', async () => {
    const big = await rest('POST', '/api/articles', { token: cast.contributorA.token, rawBody: JSON.stringify({ title: 'x', body: 'a'.repeat(2 * 1024 * 1024) }) })
    expect(big.status).toBe(413)
    const bad = await rest('POST', '/api/articles', { token: cast.contributorA.token, rawBody: '{"title": ' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/JSON/)
  })
})

describe('GraphQL limits (issue #9, point 5)', () => {
  it('refuses an alias-amplified query before running it, and keeps answering plain ones', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title body } }`).join(' ')
    const started = Date.now()
    const amplified = await graphql(`{ ${aliases} }`)
    expect(amplified.status).toBe(400)
    expect(amplified.body.errors?.[0]?.message).toMatch(/bí danh/)
    expect(Date.now() - started).toBeLessThan(5_000)
    const plain = await graphql('{ Articles(limit: 5) { docs { id title } } }')
    expect(plain.status).toBe(200)
    expect(plain.body.data?.Articles.docs.length).toBeGreaterThan(0)
  })

  it('keeps answering other clients of REST and GraphQL while amplified queries arrive together', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id body } }`).join(' ')
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => graphql(`{ ${aliases} }`)),
      ...Array.from({ length: 5 }, () => rest('GET', '/api/articles?limit=10&depth=1')),
      graphql('{ Articles(limit: 3) { docs { id } } }'),
    ])
    expect(results.slice(0, 5).every((r) => r.status === 400)).toBe(true)
    expect(results.slice(5).every((r) => r.status === 200)).toBe(true)
  })

  it('counts fragments where they are spread, so nested fragments cannot go deeper than inline queries', async () => {
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment U${i} on Unit { id name parent { id ${i < 11 ? `...U${i + 1}` : ''} } }`).join(' ')
    const res = await graphql(`{ Units(limit: 5) { docs { ...U0 } } } ${fragments}`)
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toMatch(/sâu/)
  })

  it('lets anonymous GraphQL readers load related public documents', async () => {
    const res = await graphql('{ Articles(limit: 2) { docs { title unit { name } } } }')
    expect(res.status).toBe(200)
    expect(res.body.errors ?? []).toEqual([])
    expect(res.body.data?.Articles.docs.some((d: { unit?: { name?: string } }) => d.unit?.name)).toBe(true)
  })

  it('refuses a too deep query and logins through GraphQL (they bypass the login throttle)', async () => {
    let deep = 'id'
    for (let i = 0; i < 10; i++) deep = `exemplars { ${deep} }`
    expect((await graphql(`{ Articles { docs { ${deep} } } }`)).status).toBe(400)
    expect((await graphql(`mutation { loginUser(email: "${cast.publisher.email}", password: "x") { token } }`)).status).toBe(400)
  })
})

describe('document locks (issue #9, point 5)', () => {
  it('refuses a contributor locking reference data, uploads of other units or the year plan (the admin would get 423)', async () => {
    const unit = (await t.payload.find({ collection: 'units', limit: 1, ...system })).docs[0]!
    for (const json of [
      { document: { relationTo: 'units', value: unit.id }, user: { relationTo: 'users', value: cast.contributorA.id } },
      { document: { relationTo: 'media', value: ids.otherPic }, user: { relationTo: 'users', value: cast.contributorA.id } },
      { globalSlug: 'year-plan', user: { relationTo: 'users', value: cast.contributorA.id } },
    ]) {
      expect((await rest('POST', '/api/payload-locked-documents', { token: cast.contributorA.token, json })).status).toBe(403)
    }
    expect((await rest('PATCH', `/api/units/${unit.id}`, { token: cast.publisher.token, json: { description: 'Không bị khoá' } })).status).toBe(200)
  })

  it("refuses a contributor locking another unit's document and hides other people's locks", async () => {
    const otherUnitDraft = await t.payload.create({ collection: 'articles', data: { title: 'Bài của B', unit: cast.unitB.id, _status: 'draft' } as never, draft: true, ...system })
    const res = await rest('POST', '/api/payload-locked-documents', {
      token: cast.contributorA.token,
      json: { document: { relationTo: 'articles', value: otherUnitDraft.id }, user: { relationTo: 'users', value: cast.contributorA.id } },
    })
    expect(res.status).toBe(403)
    await t.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: otherUnitDraft.id }, user: { relationTo: 'users', value: cast.contributorB.id } } as never,
      ...system,
    })
    const list = await rest('GET', '/api/payload-locked-documents', { token: cast.contributorA.token })
    expect(list.body.docs ?? []).toEqual([])
  })
})

describe('login (issue #9, point 5)', () => {
  const login = (email: string, password: string, ip: string) =>
    rest('POST', '/api/users/login', { json: { email, password }, headers: { 'x-real-ip': ip } })

  it('throttles logins sent as a form (Payload also takes multipart `_payload`) like JSON ones', async () => {
    const formLogin = (password: string, ip: string) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ email: cast.editor.email, password }))
      return rest('POST', '/api/users/login', { form, headers: { 'x-real-ip': ip } })
    }
    for (let i = 0; i < 5; i++) expect((await formLogin(`sai-${i}`, '203.0.113.20')).status).toBe(401)
    expect((await formLogin(PASSWORD, '203.0.113.20')).status).toBe(429)
    for (let i = 0; i < 5; i++) expect((await login(cast.editor.email, `sai-${i}`, '203.0.113.21')).status).toBe(401)
    expect((await formLogin(PASSWORD, '203.0.113.21')).status).toBe(429)
    expect((await formLogin(PASSWORD, '198.51.100.8')).status).toBe(200)
  })

  it('throttles a guessing client without locking the account for its owner', async () => {
    for (let i = 0; i < 5; i++) expect((await login(cast.publisher.email, `sai-${i}`, '203.0.113.9')).status).toBe(401)
    const blocked = await login(cast.publisher.email, PASSWORD, '203.0.113.9')
    expect(blocked.status).toBe(429)
    expect(blocked.body.errors[0].message).toMatch(/thử lại sau/)
    const owner = await login(cast.publisher.email, PASSWORD, '198.51.100.7')
    expect(owner.status).toBe(200)
  })

  it('spends as long on an unknown e-mail as on a wrong password, so timing does not reveal accounts', async () => {
    const median = async (email: string, ip: string) => {
      const times: number[] = []
      for (let i = 0; i < 3; i++) {
        const started = performance.now()
        await login(email, 'khong-dung', ip)
        times.push(performance.now() - started)
      }
      return times.sort((a, b) => a - b)[1]!
    }
    const known = await median(cast.editor.email, '192.0.2.1')
    const unknown = await median('khong-ton-tai@thidua.test', '192.0.2.2')
    expect(unknown).toBeGreaterThan(known * 0.5)
  })
})
