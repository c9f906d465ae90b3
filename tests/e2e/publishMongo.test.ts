import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asAdmin, publishNewArticle, stackMissing, startPublishingStack, within, type PublishingStack } from './helpers/publishingStack.ts'

/**
 * `DATABASE_URI=mongodb://... npm start` end to end (issue #12, point 2): the built CMS on MongoDB's
 * protocol (FerretDB, which the test command starts), the demo seeded there, the first release of
 * the portal built from it, and a story carried through review and published into page and feeds.
 */
const base = process.env.MONGODB_URI
const missing = stackMissing() ?? (base ? null : 'no MONGODB_URI (the test command starts FerretDB and sets it)')
if (missing) console.warn(`Skipping the MongoDB live-publishing suite: ${missing}.`)

describe.skipIf(missing)('the product on MongoDB', () => {
  let stack: PublishingStack
  const get = async (urlPath: string) => {
    const response = await fetch(`${stack.portal.url}${urlPath}`)
    return { status: response.status, text: await response.text() }
  }

  beforeAll(async () => {
    const url = new URL(base!)
    url.pathname = `/thidua_e2e_${Date.now()}`
    stack = await startPublishingStack({ databaseUri: url.toString() })
  })
  afterAll(async () => stack?.stop())

  it('seeds the demo on MongoDB with ObjectId ids and builds the portal and its feeds from it', async () => {
    const articles = await asAdmin(stack, 'GET', '/api/articles?limit=1&depth=0')
    expect(articles.totalDocs).toBeGreaterThan(50)
    expect(String(articles.docs[0].id)).toMatch(/^[0-9a-f]{24}$/)
    expect((await get('/')).status).toBe(200)
    const rss = await get('/rss.xml')
    expect(rss.status).toBe(200)
    expect(rss.text.match(/<item>/g)?.length ?? 0).toBeGreaterThan(10)
  })

  it('carries a story through review to its page and the feeds', async () => {
    const article = await publishNewArticle(stack, 'Kỹ sư trẻ làm chủ dây chuyền chè xanh')
    await within(30_000, async () => (await get(`/bai-viet/${article.slug}/`)).status === 200 && (await get('/rss.xml')).text.includes(`/bai-viet/${article.slug}/`), 'the new story live on MongoDB', stack)
    const history = (await asAdmin(stack, 'GET', `/api/articles/${article.id}?depth=0`)).reviewHistory as Array<{ toState: string }>
    expect(history.map((h) => h.toState)).toEqual(['submitted', 'in_review', 'approved', 'published'])
  })

  it('answers the scoreboard from MongoDB', async () => {
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear()
    const board = await asAdmin(stack, 'GET', `/api/reports/quota?year=${year}`)
    expect(board.units.length).toBeGreaterThanOrEqual(10)
  })
})
