import { execFile } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentRelease, listReleases, readReleaseMeta, readStatusFile } from '@thidua/publisher'
import { asAdmin, publishNewArticle, stackMissing, startPublishingStack, within, type PublishingStack } from './helpers/publishingStack.ts'

/**
 * Live publishing end to end (issue #6, tests): the built CMS, the real publisher building the real
 * portal, and the static server, all as `npm start` wires them, on a fresh demo database.
 */
const missing = stackMissing()
if (missing) console.warn(`Skipping the live-publishing suite: ${missing}.`)

/** How long a publish may take to show, as a timeout (not a target: scripts/bench-publish.ts measures it; about 5 s). */
const LIMIT_MS = 30_000
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
let stack: PublishingStack
const run = promisify(execFile)

const get = async (urlPath: string) => {
  const response = await fetch(`${stack.portal.url}${urlPath}`)
  return { status: response.status, text: await response.text() }
}
const pageIsLive = async (slug: string) => (await get(`/bai-viet/${slug}/`)).status === 200
const feedsHave = async (slug: string) => {
  const [rss, json] = await Promise.all([get('/rss.xml'), get('/feed.json')])
  return rss.text.includes(`/bai-viet/${slug}/`) && json.text.includes(`/bai-viet/${slug}/`)
}
/** Builds started after release id `after` (every build writes logs/<id>.log). */
/** Builds after build `after` that published changes (not the publisher's own: the list pages a fast build left, say). */
const buildsAfter = async (after: string) => ((await stack.publisher.status()).recentBuilds ?? []).filter((b) => b.id > after && b.changes > 0).length
const latestBuild = () => readdirSync(path.join(stack.releasesDir, 'logs')).sort().at(-1)?.replace(/\.log$/, '') ?? ''

describe.skipIf(missing)('live publishing', () => {
  beforeAll(async () => {
    stack = await startPublishingStack()
  })
  afterAll(async () => stack?.stop())

  it('puts a story published through the REST API on its page and in the feeds, and takes it off when unpublished', async () => {
    const article = await publishNewArticle(stack, 'Nữ công nhân dệt may giỏi việc nước, đảm việc nhà')
    const live = await within(LIMIT_MS, async () => (await pageIsLive(article.slug)) && (await feedsHave(article.slug)), 'the new story on its page and in both feeds', stack)
    console.log(`publish-to-live: ${((Date.now() - article.publishedAt) / 1000).toFixed(1)} s (polled ${live} ms)`)
    expect((await get(`/bai-viet/${article.slug}/`)).text).toContain('Nữ công nhân dệt may giỏi việc nước')

    const dashboard = await asAdmin(stack, 'GET', '/api/publisher/status')
    expect(dashboard).toMatchObject({ reachable: true, status: { lastBuild: { outcome: 'success' } } })

    await asAdmin(stack, 'POST', `/api/articles/${article.id}/transition`, { to: 'unpublished' })
    await within(LIMIT_MS, async () => !(await pageIsLive(article.slug)) && !(await feedsHave(article.slug)), 'the unpublished story gone from its page and both feeds', stack)
    expect((await get(`/bai-viet/${article.slug}/`)).status).toBe(404)
  })

  it('copies the live release without running Astro when a build is asked for but nothing public changed', async () => {
    await stack.publisher.idle()
    const before = await currentRelease(stack.releasesDir)
    const story = (await asAdmin(stack, 'GET', '/api/articles?where[_status][equals]=published&limit=1&depth=0')).docs[0] as { id: number; slug: string }
    // An editor saves a draft of a published story, and a story that is not public changes: the
    // anonymous API, so the portal, sees nothing new. The CMS announces only the second.
    await asAdmin(stack, 'PATCH', `/api/articles/${story.id}?draft=true`, { summary: 'Sapô đang sửa, chưa xuất bản.' })
    const draft = (await asAdmin(stack, 'POST', '/api/articles?draft=true', { title: 'Bài nháp chưa gửi duyệt', summary: 'Sapô.' })).doc as { id: number; slug: string }
    stack.publisher.request({ collection: 'articles', id: draft.id, operation: 'update', slug: draft.slug, published: false, at: new Date().toISOString() })
    await within(LIMIT_MS, async () => (await currentRelease(stack.releasesDir)) !== before, 'a new release', stack)
    await stack.publisher.idle()
    const log = readFileSync(path.join(stack.releasesDir, 'logs', `${latestBuild()}.log`), 'utf8')
    expect(log).toMatch(/nothing public changed since .* is a copy of it/)
    expect((await get(`/bai-viet/${story.slug}/`)).text).not.toContain('Sapô đang sửa')
  })

  it.skipIf(!existsSync(CHROMIUM))('makes a story published by the fast path searchable in the release that puts it live, and unsearchable once unpublished', async () => {
    const title = 'Thợ hàn Lò Văn Xuyến tiết kiệm điện cho phân xưởng'
    const article = await publishNewArticle(stack, title)
    const url = `/bai-viet/${article.slug}/`
    await within(LIMIT_MS, () => pageIsLive(article.slug), 'the story live', stack)
    // The release that put it live is a fast one: its search is the full index plus a small one.
    const live = await currentRelease(stack.releasesDir)
    const manifest = JSON.parse(readFileSync(path.join(stack.releasesDir, live!, 'pagefind-recent', 'changes.json'), 'utf8')) as { touched: string[]; indexed: number }
    expect(manifest.touched).toContain(url)
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
    try {
      const results = async (query: string) => {
        const page = await browser.newPage()
        try {
          await page.goto(`${stack.portal.url}/tim-kiem/?q=${encodeURIComponent(query)}`)
          await page.locator('[data-status]').filter({ hasText: /kết quả|Không tìm thấy/ }).waitFor({ timeout: 20_000 })
          return await page.locator('.search-results li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
        } finally {
          await page.close()
        }
      }
      expect((await results(title))[0]).toBe(url)
      expect((await results('lo van xuyen'))[0]).toBe(url)

      await asAdmin(stack, 'POST', `/api/articles/${article.id}/transition`, { to: 'unpublished' })
      await within(LIMIT_MS, async () => !(await pageIsLive(article.slug)), 'the unpublished story gone', stack)
      expect(await results('lo van xuyen')).not.toContain(url)
    } finally {
      await browser.close()
    }
  })

  it('makes at most two builds from ten publishes in two seconds, and publishes all ten', async () => {
    const drafts: Array<{ id: number; slug: string }> = []
    for (let i = 1; i <= 10; i++) {
      const created = await asAdmin(stack, 'POST', '/api/articles?draft=true', { title: `Gương sáng số ${i} trong phong trào thi đua`, summary: 'Sapô.' })
      for (const to of ['submitted', 'in_review', 'approved']) await asAdmin(stack, 'POST', `/api/articles/${created.doc.id}/transition`, { to })
      drafts.push({ id: created.doc.id, slug: created.doc.slug })
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    await stack.publisher.idle()
    const before = latestBuild()
    // Ten editors pressing "Xuất bản" within two seconds: one request every 200 ms.
    await Promise.all(
      drafts.map(async (draft, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 200))
        await asAdmin(stack, 'POST', `/api/articles/${draft.id}/transition`, { to: 'published' })
      }),
    )
    await within(LIMIT_MS * 2, async () => (await Promise.all(drafts.map((d) => pageIsLive(d.slug)))).every(Boolean), 'all ten stories live', stack)
    await stack.publisher.idle()
    expect(await buildsAfter(before)).toBeGreaterThanOrEqual(1)
    expect(await buildsAfter(before)).toBeLessThanOrEqual(2)
  })

  it('does not lose a publish that arrives during a build', async () => {
    const first = await publishNewArticle(stack, 'Mô hình tổ hợp tác nuôi ong ở xã vùng cao')
    await within(LIMIT_MS, async () => (await stack.publisher.status()).state === 'building', 'the first build to start', stack)
    const running = (await stack.publisher.status()).buildingId!
    const second = await publishNewArticle(stack, 'Thầy giáo cắm bản mười lăm năm')
    await within(LIMIT_MS * 2, async () => (await pageIsLive(first.slug)) && (await pageIsLive(second.slug)) && (await feedsHave(second.slug)), 'both stories live', stack)
    await stack.publisher.idle()
    expect(await buildsAfter(running)).toBe(1)
  })

  it('rolls back to the previous release with one command', async () => {
    const article = await publishNewArticle(stack, 'Bài chỉ có trong bản phát hành mới nhất')
    await within(LIMIT_MS, () => pageIsLive(article.slug), 'the story live', stack)
    await stack.publisher.idle()
    const releases = await listReleases(stack.releasesDir)
    const newest = await currentRelease(stack.releasesDir)
    const { stdout } = await run(process.execPath, ['scripts/rollback.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATA_DIR: stack.dataDir, RELEASES_DIR: stack.releasesDir },
    })
    expect(stdout).toContain(newest!)
    // The release before the story's (the story's own may have left list pages, which the next completed).
    const metas = await Promise.all(releases.map((id) => readReleaseMeta(stack.releasesDir, id)))
    const before = releases.filter((id, i) => id < newest! && !metas[i]?.pagesLeft).at(-1)
    expect(before).toBeDefined()
    expect(await currentRelease(stack.releasesDir)).toBe(before)
    expect((await get(`/bai-viet/${article.slug}/`)).status).toBe(404)
    expect(readStatusFile(stack.dataDir)?.rollback).toMatchObject({ from: newest, to: before })
  })

  it.skipIf(!existsSync(CHROMIUM))('shows the portal link, the build status and the rebuild action in the admin', async () => {
    const article = await publishNewArticle(stack, 'Bài có liên kết xem trên cổng thông tin')
    await within(LIMIT_MS, () => pageIsLive(article.slug), 'the story live', stack)
    await stack.publisher.idle()
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    try {
      const context = await browser.newContext({ locale: 'vi-VN' })
      await context.addCookies([{ name: 'payload-token', value: stack.adminToken, url: stack.cmsUrl }])
      const page = await context.newPage()
      await page.goto(`${stack.cmsUrl}/admin/collections/articles/${article.id}`)
      const link = page.getByRole('link', { name: /Xem trên cổng thông tin/ })
      await link.waitFor({ timeout: 60_000 })
      expect(await link.getAttribute('href')).toBe(`${stack.portal.url}/bai-viet/${article.slug}/`)

      await page.goto(`${stack.cmsUrl}/admin`)
      const panel = page.locator('.publisher-status')
      await panel.getByText('Lần xây dựng gần nhất thành công').waitFor({ timeout: 60_000 })
      expect(await panel.textContent()).toContain(await currentRelease(stack.releasesDir))
      // The recent releases, by time, each with what it published, by title (issue #13, point 5).
      await panel.getByText(/Các lần xây dựng gần đây/).click()
      const history = panel.locator('.publisher-status__history')
      expect(await history.textContent()).toContain('Bài viết “Bài có liên kết xem trên cổng thông tin”: lên cổng')
      expect(await history.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/)
      const before = await currentRelease(stack.releasesDir)
      await panel.getByRole('button', { name: 'Xây dựng lại cổng' }).click()
      await panel.getByText('Đã yêu cầu xây dựng lại cổng thông tin.').waitFor({ timeout: 10_000 })
      await within(LIMIT_MS * 3, async () => (await currentRelease(stack.releasesDir)) !== before, 'the rebuilt release live', stack)
    } finally {
      await browser.close()
    }
  })

  it('keeps the live release served and reports the error when a build fails (CMS stopped)', async () => {
    const live = await currentRelease(stack.releasesDir)
    const home = await get('/')
    await stack.stopCms()
    stack.publisher.rebuild()
    await within(5000, async () => (await stack.publisher.status()).state !== 'idle', 'the rebuild to start', stack)
    await stack.publisher.idle()
    expect(await currentRelease(stack.releasesDir)).toBe(live)
    expect(await get('/')).toEqual(home)
    const status = readStatusFile(stack.dataDir)
    expect(status?.lastBuild).toMatchObject({ outcome: 'failed', errorCode: 'build-failed' })
    expect(status?.lastBuild?.error).toMatch(/exited with code/)
    expect(status?.live).toBe(live)
  })
})
