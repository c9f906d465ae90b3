import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countQueues, queueHref } from '../src/components/WorkflowQueue/countQueues.ts'
import { queuesFor } from '@thidua/content-models'
import { rest, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * The demo database of a first start (issue #3, "done when"): each queue has work in it, and the
 * seed's own accounts carry the returned story through review to publication.
 */
let t: TestPayload
const PASSWORD = 'demo-password-123'
const accounts = { contributor: 'hoaan@thidua.example', otherUnit: 'daklam@thidua.example', editor: 'bientap@thidua.example', publisher: 'quantri@thidua.example' }

beforeAll(async () => {
  t = await startTestPayload({ seed: true })
}, 300_000)
afterAll(async () => t?.cleanup())

async function queuesOf(email: string) {
  const user = (await t.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).docs[0]!
  const queues = await countQueues(t.payload, { ...user, collection: 'users' } as never)
  return Object.fromEntries(queues.map(({ queue, counts }) => [queue.label, counts.map((c) => `${c.total} ${c.slug}`).join(', ')]))
}

describe('the demo editorial queues', () => {
  it.each([
    [accounts.contributor, { 'Bản nháp của tôi': '0 articles, 0 exemplars, 0 events', 'Bị trả lại': '1 articles, 0 exemplars, 0 events', 'Đã gửi, đang chờ Hội đồng duyệt': '1 articles, 0 exemplars, 0 events' }],
    [accounts.otherUnit, { 'Bản nháp của tôi': '0 articles, 0 exemplars, 0 events', 'Bị trả lại': '0 articles, 0 exemplars, 0 events', 'Đã gửi, đang chờ Hội đồng duyệt': '0 articles, 0 exemplars, 0 events' }],
    [accounts.editor, { 'Chờ duyệt': '1 articles, 0 exemplars, 0 events', 'Đang duyệt': '0 articles, 0 exemplars, 0 events', 'Đã duyệt, chờ xuất bản': '1 articles, 0 exemplars, 0 events' }],
    [accounts.publisher, { 'Chờ duyệt': '1 articles, 0 exemplars, 0 events', 'Đang duyệt': '0 articles, 0 exemplars, 0 events', 'Đã duyệt, chờ xuất bản': '1 articles, 0 exemplars, 0 events' }],
  ])('show %s its queues with the right counts', async (email, expected) => {
    expect(await queuesOf(email)).toEqual(expected)
  })

  it("show the contributor each returned story with the reviewer's comment", async () => {
    const { returnedItems } = await import('../src/components/WorkflowQueue/returnedItems.ts')
    const user = (await t.payload.find({ collection: 'users', where: { email: { equals: accounts.contributor } }, overrideAccess: true })).docs[0]!
    const items = await returnedItems(t.payload, { ...user, collection: 'users' } as never)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ slug: 'articles', comment: 'Đề nghị bổ sung số liệu năm 2024 và ảnh hoạt động có chú thích.', by: 'Trần Văn Biên Tập' })
    expect(items[0]!.title.length).toBeGreaterThan(0)
  })

  it('link each count to a list filter that finds the same documents', async () => {
    const token = await tokenFor(t.payload, accounts.contributor, PASSWORD)
    const counted = await queuesOf(accounts.contributor)
    for (const queue of queuesFor('contributor')) {
      const query = queueHref('/admin', 'articles', queue).split('?')[1]
      const list = await rest('GET', `/api/articles?draft=true&depth=0&${query}`, { token })
      expect(list.status).toBe(200)
      expect(`${list.body.totalDocs} articles`).toBe(counted[queue.label]!.split(', ')[0])
      for (const doc of list.body.docs) expect(queue.states).toContain(doc.workflowState)
    }
  })

  it('mark every seeded live document as published in the workflow too', async () => {
    const live = await t.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, limit: 0, pagination: false, overrideAccess: true })
    expect(live.docs.length).toBeGreaterThan(50)
    expect(new Set(live.docs.map((d) => d.workflowState))).toEqual(new Set(['published']))
  })
})

describe('the demo accounts', () => {
  it('carry the returned story from Hoà An through review to the portal', async () => {
    const [contributor, editor, publisher] = await Promise.all([accounts.contributor, accounts.editor, accounts.publisher].map((e) => tokenFor(t.payload, e, PASSWORD)))
    const mine = await rest('GET', '/api/articles?draft=true&depth=0&where[workflowState][equals]=changes_requested', { token: contributor })
    const story = mine.body.docs[0]
    expect(story.reviewHistory.at(-1).comment).toMatch(/bổ sung số liệu năm 2024/)
    const step = (token: string, to: string, comment?: string) => rest('POST', `/api/articles/${story.id}/transition`, { token, json: { to, comment } })

    expect((await rest('PATCH', `/api/articles/${story.id}?draft=true`, { token: contributor, json: { summary: 'Đã bổ sung số liệu năm 2024.' } })).status).toBe(200)
    expect((await step(contributor, 'submitted', 'Đã bổ sung theo yêu cầu.')).status).toBe(200)
    expect((await step(editor, 'in_review')).status).toBe(200)
    expect((await step(editor, 'approved')).status).toBe(200)
    expect((await rest('GET', `/api/articles/${story.id}`)).status).toBe(404)
    expect((await step(publisher, 'published')).status).toBe(200)
    const live = await rest('GET', `/api/articles/${story.id}`)
    expect(live.status).toBe(200)
    expect(live.body.summary).toBe('Đã bổ sung số liệu năm 2024.')
    // Payload answers a field the reader may not read with an empty array for array fields.
    expect(live.body.reviewHistory ?? []).toEqual([])
    expect(live.text).not.toContain('Đã bổ sung theo yêu cầu')
    expect(live.body.workflowState).toBeUndefined()
  })
})
