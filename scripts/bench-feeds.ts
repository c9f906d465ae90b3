/**
 * How long the press feeds take to build for a large portal (issue #5): maps every story to a feed
 * item, lists the feeds, selects each feed's newest 50 and renders every feed as RSS 2.0 (through
 * @astrojs/rss, as the site does) and JSON Feed 1.1, plus the OPML file. Prints figures only.
 *
 *   node scripts/bench-feeds.ts [--articles 12000] [--profiles 3000] [--units 150]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { getRssString } from '@astrojs/rss'
import {
  articleToFeedItem, buildJsonFeed, buildOpml, exemplarToFeedItem, EXEMPLAR_KINDS, feedChannel, listPortalFeeds,
  restoreLiterals, rssFeedOptions, serializeJsonFeed, sortFeedItems, takeFeedItems,
  type CategoryDoc, type FeedArticleSource, type FeedExemplarSource, type MediaDoc, type MovementDoc, type UnitDoc,
} from '@thidua/content-models'
import { cachedFeedRenderer } from '../site/src/lib/feeds/feedHtmlCache.ts'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '12000' }, profiles: { type: 'string', default: '3000' }, units: { type: 'string', default: '150' } } })
const N = Number(values.articles)
const P = Number(values.profiles)
const U = Number(values.units)
const siteUrl = 'https://thidua.example.gov.vn/'

const fields: CategoryDoc[] = Array.from({ length: 16 }, (_, i) => ({ id: i + 1, name: `Lĩnh vực ${i + 1}`, slug: `linh-vuc-${i + 1}`, parent: i >= 12 ? 1 : null }))
const movements: MovementDoc[] = Array.from({ length: 8 }, (_, i) => ({ id: i + 1, name: `Phong trào ${i + 1}`, slug: `phong-trao-${i + 1}` }))
const units: UnitDoc[] = Array.from({ length: U }, (_, i) => ({ id: i + 1, name: `Đơn vị ${i + 1}`, slug: `don-vi-${i + 1}`, parent: i >= 10 ? (i % 10) + 1 : null }))
const photo = (i: number): MediaDoc => ({ id: i, alt: `Ảnh ${i}`, caption: 'Chú thích ảnh', credit: 'Phóng viên', url: `/api/media/file/anh-${i}.jpg`, width: 1600, height: 1000, mimeType: 'image/jpeg', sizes: { hero: { url: `/api/media/file/anh-${i}-1440x900.jpg`, width: 1440, height: 900, mimeType: 'image/jpeg' } } })
const paragraph = 'Điển hình tiên tiến của đơn vị đã **cải tiến quy trình**, tiết kiệm chi phí và [lan toả cách làm](/phong-trao/phong-trao-1/) tới nhiều tập thể khác. '
const body = Array.from({ length: 8 }, (_, i) => `## Mục ${i + 1}\n\n${paragraph.repeat(3)}\n\n![Ảnh minh hoạ](/api/media/file/anh-${i}.jpg)`).join('\n\n')
const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString()

const articles: FeedArticleSource[] = Array.from({ length: N }, (_, i) => ({
  id: i + 1, title: `Bài viết số ${i + 1}`, slug: `bai-viet-${i + 1}`, guid: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  summary: `Sapô của bài ${i + 1}.`, body: `${body}\n\nBài số ${i + 1}.`, heroImage: photo(i), byline: 'Minh Hà', unit: units[i % U]!, field: fields[i % 16]!,
  movements: [movements[i % 8]!], tags: ['gương sáng'], exemplars: [{ kind: EXEMPLAR_KINDS[i % 4]!.value }],
  broadcastScript: i % 5 === 0 ? 'Kính thưa quý vị thính giả. '.repeat(40) : null,
  audio: i % 7 === 0 ? { id: i, title: 'Bản đọc', url: `/api/audio/file/${i}.mp3`, filesize: 1_200_000, mimeType: 'audio/mpeg' } : null,
  publishedAt: day(i), createdAt: day(i), updatedAt: day(i),
}))
const profiles: FeedExemplarSource[] = Array.from({ length: P }, (_, i) => ({
  id: i + 1, name: `Điển hình ${i + 1}`, slug: `dien-hinh-${i + 1}`, guid: `urn:uuid:10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  subjectType: 'individual', kind: EXEMPLAR_KINDS[i % 4]!.value, unit: units[i % U]!, field: fields[i % 16]!, movements: [movements[i % 8]!],
  summary: `Tóm tắt ${i + 1}.`, achievements: `${paragraph.repeat(6)} (${i + 1})`, initiatives: paragraph.repeat(3), awards: [{ title: 'Giấy khen', year: 2024 }],
  portrait: photo(i), publishedAt: day(i * 4), createdAt: day(i * 4), updatedAt: day(i * 4),
}))

const time = async <T>(label: string, f: () => Promise<T> | T): Promise<T> => {
  const t = performance.now()
  const out = await f()
  console.log(`${label.padEnd(52)} ${(performance.now() - t).toFixed(0).padStart(7)} ms`)
  return out
}

console.log(`Portal: ${N} articles, ${P} profiles, ${fields.length} fields, ${movements.length} movements, ${U} units`)
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-feeds-'))
const settings = { siteUrl, hubUrl: 'https://hub.example.net/', logoPath: '/bao-chi/logo-ban-tin.png' }
const feeds = await time('list the feeds', () => listPortalFeeds({ portalName: 'Cổng thông tin', publisher: 'Hội đồng', categories: fields, movements, units }))

/** One build's feed work, as the site does it; `cache`: the story HTML cache of the previous builds. */
async function buildAll(label: string) {
  console.log(`-- ${label}`)
  const ctx = { siteUrl, renderMarkdown: cachedFeedRenderer(siteUrl, cacheDir) }
  const items = await time('map every story to a feed item (HTML on first use)', () => sortFeedItems([
    ...articles.map((a) => articleToFeedItem(ctx, a)), ...profiles.map((e) => exemplarToFeedItem(ctx, e)),
  ]))
  const selected = await time(`take the newest 50 of each of ${feeds.length} feeds`, () => feeds.map((f) => ({ f, items: takeFeedItems(items, f.includes) })))
  const distinct = new Set(selected.flatMap((s) => s.items.map((i) => i.guid))).size
  await time(`render the HTML of ${distinct} distinct stories`, () => { for (const s of selected) for (const i of s.items) void i.contentHtml })
  let rssBytes = 0
  let jsonBytes = 0
  await time(`render ${feeds.length} RSS feeds (@astrojs/rss)`, async () => {
    for (const { f, items: its } of selected) rssBytes += Buffer.byteLength(restoreLiterals(await getRssString(rssFeedOptions(feedChannel(settings, f, its), its))))
  })
  await time(`render ${feeds.length} JSON feeds`, () => {
    for (const { f, items: its } of selected) jsonBytes += Buffer.byteLength(serializeJsonFeed(buildJsonFeed(feedChannel(settings, f, its), its)))
  })
  await time('OPML', () => buildOpml(feeds, { siteUrl, portalName: 'Cổng thông tin' }))
  console.log(`RSS ${(rssBytes / 1e6).toFixed(1)} MB, JSON ${(jsonBytes / 1e6).toFixed(1)} MB`)
}

const total = async (label: string) => { const t = performance.now(); await buildAll(label); console.log(`${'total'.padEnd(52)} ${(performance.now() - t).toFixed(0).padStart(7)} ms`) }
await total('first build (empty HTML cache)')
await total('next build (cached HTML, as after an edit)')
rmSync(cacheDir, { recursive: true, force: true })
