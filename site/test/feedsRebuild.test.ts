import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseJsonFeed } from 'feedsmith'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { changedFeeds } from '@thidua/content-models'
import { HOSTILE_BODIES, executableHtml } from '../../content-models/test/feeds/hostileBodies.ts'
import { feedDigests } from '../src/lib/websub.ts'
import { buildSite, SITE_ROOT } from './feeds/buildSite.ts'
import { copyFixture, editFixtureDocs } from './feeds/fixtureCopy.ts'
import { readRss, readText, siteFiles, type RssItem } from './feeds/readBuild.ts'

/**
 * Feeds across builds (issue #5): a rebuild of unchanged content keeps every feed's bytes; an
 * edited story keeps its guid and gets an update date; only the feeds carrying it change, and
 * exactly those are announced to a WebSub hub (a test hub on 127.0.0.1).
 */
const SITE_URL = 'https://thidua.example.gov.vn'
const ADVERTISED_HUB = 'https://hub.example.net/'
const EDITED_AT = '2026-11-23T08:00:00.000Z'
const NEW_TITLE = 'Đặng Thị Hoà: sáng kiến sấy chè tiết kiệm điện (bài đã biên tập)'
const NEW_SLUG = 'dang-thi-hoa-sang-kien-say-che-da-bien-tap'

interface ArticleJson { id: number; title: string; slug: string; body: string; updatedAt: string; guid: string; publishedAt: string }

let root = ''
let a1 = ''
let a2 = ''
let b = ''
let target: ArticleJson

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'thidua-feeds-rebuild-'))
  const cacheDir = inject('siteTestCacheDir')
  const before = copyFixture(path.join(root, 'fixture-before'))
  const after = copyFixture(path.join(root, 'fixture-after'))
  // The edit: an article with a script and a recording gets a new title, a new slug and a body
  // full of hostile HTML, saved two days later (as the CMS would stamp updatedAt).
  editFixtureDocs<ArticleJson>(after, 'articles', (docs) => {
    const doc = docs.find((d) => d.id === 1)
    if (!doc) throw new Error('fixture article 1 is missing')
    target = { ...doc }
    Object.assign(doc, {
      title: NEW_TITLE,
      slug: NEW_SLUG,
      body: `${doc.body}\n\n${HOSTILE_BODIES.map(([, html]) => html).join('\n\n')}\n\nĐoạn kết sau khi biên tập.`,
      updatedAt: EDITED_AT,
    })
  })
  const env = { WEBSUB_HUB_URL: ADVERTISED_HUB }
  a1 = (await buildSite({ fixtureDir: before, outDir: path.join(root, 'a1'), cacheDir, siteUrl: SITE_URL, env })).outDir
  a2 = (await buildSite({ fixtureDir: before, outDir: path.join(root, 'a2'), cacheDir, siteUrl: SITE_URL, env })).outDir
  b = (await buildSite({ fixtureDir: after, outDir: path.join(root, 'b'), cacheDir, siteUrl: SITE_URL, env })).outDir
})
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

const itemOf = (dist: string, feedPath: string, guid: string): RssItem | undefined =>
  (readRss(readText(dist, feedPath)).rss.channel.item ?? []).find((i) => i.guid['#text'] === guid)
const feedsCarrying = (dist: string, guid: string) =>
  siteFiles(dist).filter((p) => p.endsWith('/rss.xml') && itemOf(dist, p, guid) !== undefined)

describe('a rebuild with unchanged content', () => {
  it('gives every feed, the OPML file and the on-air scripts the same bytes', () => {
    const published = (dist: string) => siteFiles(dist).filter((p) => /(rss\.xml|feed\.json|\.opml|\/phat-thanh\/[^/]+\.txt)$/.test(p))
    expect(published(a2)).toEqual(published(a1))
    expect(published(a1).length).toBeGreaterThan(80)
    for (const p of published(a1)) expect(readText(a2, p), p).toBe(readText(a1, p))
  })

  it('reuses cached story HTML that equals a fresh render (the shared build rendered it cold)', () => {
    const html = (dist: string) => (readRss(readText(dist, '/rss.xml')).rss.channel.item ?? []).map((i) => i['content:encoded'])
    expect(html(a2).length).toBeGreaterThan(0)
    expect(html(a2)).toEqual(html(inject('fixtureSiteDir')))
  })

  it('changes no feed, so none is announced', async () => {
    expect(changedFeeds(await feedDigests(a1), await feedDigests(a2))).toEqual([])
  })
})

describe('an edited story', () => {
  it('keeps its guid and publication date, and shows its new title, link and update date', () => {
    const before = itemOf(a1, '/rss.xml', target.guid)
    const after = itemOf(b, '/rss.xml', target.guid)
    expect(before).toBeDefined()
    expect(after).toBeDefined()
    expect(after!.guid['#text']).toBe(before!.guid['#text'])
    expect(after!.pubDate).toBe(before!.pubDate)
    expect(after!.title).toBe(NEW_TITLE)
    expect(after!.link).toBe(`${SITE_URL}/bai-viet/${NEW_SLUG}/`)
    expect(before!['atom:updated']).toBeUndefined()
    expect(after!['atom:updated']).toBe(EDITED_AT)
    expect(after!['dcterms:modified']).toBe(EDITED_AT)
  })

  it('keeps its id in the JSON Feed and gets date_modified there too', () => {
    const item = (dist: string) => parseJsonFeed(JSON.parse(readText(dist, '/feed.json'))).items?.find((i) => i.id === target.guid)
    expect(item(a1)?.date_modified).toBeUndefined()
    expect(item(b)).toMatchObject({ id: target.guid, title: NEW_TITLE, date_modified: EDITED_AT })
  })

  it.each(HOSTILE_BODIES)('comes out of content:encoded and content_html inert: %s', () => {
    const html = itemOf(b, '/rss.xml', target.guid)?.['content:encoded'] ?? ''
    expect(html).toContain('Đoạn kết sau khi biên tập.')
    expect(executableHtml(html)).toEqual([])
    const json = parseJsonFeed(JSON.parse(readText(b, '/feed.json'))).items?.find((i) => i.id === target.guid)
    expect(executableHtml(json?.content_html ?? '')).toEqual([])
  })

  it('changes exactly the feeds that carry it (RSS and JSON twins), and no other', async () => {
    const carrying = [...new Set([...feedsCarrying(a1, target.guid), ...feedsCarrying(b, target.guid)])]
    expect(carrying).toEqual(expect.arrayContaining(['/rss.xml', '/phat-thanh/rss.xml']))
    expect(carrying.length).toBeGreaterThanOrEqual(5) // portal, broadcast, its field, movement, unit, kind
    const expected = carrying.flatMap((p) => [p, p.replace('rss.xml', 'feed.json')]).sort()
    expect(changedFeeds(await feedDigests(a1), await feedDigests(b))).toEqual(expected)
  })
})

describe('WebSub', () => {
  it('feeds advertise the configured hub (RSS atom:link rel="hub", JSON Feed hubs)', () => {
    const channel = readRss(readText(a1, '/linh-vuc/y-te/rss.xml')).rss.channel
    expect(channel['atom:link']).toContainEqual({ '@href': ADVERTISED_HUB, '@rel': 'hub' })
    expect(JSON.parse(readText(a1, '/don-vi/huyen-hoa-an/feed.json')).hubs).toEqual([{ type: 'WebSub', url: ADVERTISED_HUB }])
  })

  let hub: TestHub
  beforeAll(async () => {
    hub = await startTestHub()
  })
  afterAll(() => hub?.close())

  it('a local hub receives exactly one publish ping per changed feed, none for unchanged feeds', async () => {
    hub.reset(204)
    const run = await notify(a1, b, hub.url)
    expect(run.code).toBe(0)
    const changed = changedFeeds(await feedDigests(a1), await feedDigests(b))
    expect(hub.pings.map((p) => p.contentType)).toEqual(changed.map(() => 'application/x-www-form-urlencoded'))
    expect(hub.pings.map((p) => p.params['hub.mode'])).toEqual(changed.map(() => 'publish'))
    expect(hub.pings.map((p) => p.params['hub.url']).sort()).toEqual(changed.map((p) => `${SITE_URL}${p}`).sort())
  })

  it('the hub hears nothing after a rebuild that changed no feed', async () => {
    hub.reset(204)
    const run = await notify(a1, a2, hub.url)
    expect(run.code).toBe(0)
    expect(hub.pings).toEqual([])
  })

  it('a hub that keeps failing is retried, then reported without failing the release silently', async () => {
    hub.reset(503)
    const run = await notify(a1, b, hub.url)
    expect(run.code).toBe(1)
    const changed = changedFeeds(await feedDigests(a1), await feedDigests(b))
    expect(hub.pings.length).toBe(changed.length * 3) // first attempt + 2 retries each
    expect(run.output).toContain('did not accept')
  })
})

async function notify(previous: string, next: string, hubUrl: string): Promise<{ code: number; output: string }> {
  const script = path.join(SITE_ROOT, '../scripts/websub-notify.ts')
  const args = [script, '--previous', previous, '--next', next, '--hub', hubUrl, '--site', SITE_URL]
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: SITE_ROOT })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

interface TestHub {
  url: string
  pings: { contentType: string; params: Record<string, string> }[]
  reset: (status: number) => void
  close: () => Promise<void>
}

/** A WebSub hub on 127.0.0.1 that records publish pings and answers with a chosen status. */
async function startTestHub(): Promise<TestHub> {
  let status = 204
  const pings: TestHub['pings'] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      if (req.method === 'POST') pings.push({ contentType: String(req.headers['content-type']), params: Object.fromEntries(new URLSearchParams(body)) })
      res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    pings,
    reset: (s) => {
      status = s
      pings.length = 0
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
