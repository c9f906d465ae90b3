import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseFeed as parseWithRowanmanning } from '@rowanmanning/feed-parser'
import { XMLValidator } from 'fast-xml-parser'
import { parseJsonFeed, parseOpml, parseRssFeed } from 'feedsmith'
import RssParser from 'rss-parser'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { CANARY_STRINGS } from './helpers/canaries.ts'
import {
  CONTROL_CHARS, RFC822, existsInBuild, htmlUrls, jsonFeedPaths, readRss, readText, rssPaths, siteFiles, textOf,
  type RssDoc,
} from './feeds/readBuild.ts'

/**
 * The press feeds of the portal built from the recorded fixture (issue #5, tests): every feed is
 * read by three independent parsers from npm (@rowanmanning/feed-parser, rss-parser on xml2js/sax,
 * feedsmith) plus fast-xml-parser's validator, and checked element by element.
 */
const dist = inject('fixtureSiteDir')
const siteUrl = inject('fixtureSiteUrl')
const files = new Set(siteFiles(dist))
const rssList = rssPaths(dist)
const jsonList = jsonFeedPaths(dist)
const feeds = new Map<string, { xml: string; doc: RssDoc }>()

beforeAll(() => {
  for (const p of rssList) {
    const xml = readText(dist, p)
    feeds.set(p, { xml, doc: readRss(xml) })
  }
})

const feed = (p: string) => {
  const f = feeds.get(p)
  if (!f) throw new Error(`no feed ${p} in the build`)
  return f
}

describe('the build has every feed of the portal', () => {
  it.each([
    '/rss.xml', '/feed.json', '/dien-hinh/rss.xml', '/dien-hinh/feed.json', '/phat-thanh/rss.xml', '/phat-thanh/feed.json',
    '/loai/dien-hinh-tien-tien/rss.xml', '/loai/mo-hinh-moi/rss.xml', '/loai/nhan-to-moi/rss.xml', '/loai/guong-nguoi-tot-viec-tot/rss.xml',
    '/feeds.opml', '/bao-chi/index.html',
  ])('%s', (p) => expect(files.has(p)).toBe(true))

  it('has a feed for every field, movement and unit page, and a JSON twin for every RSS feed', () => {
    for (const section of ['linh-vuc', 'phong-trao', 'don-vi']) {
      const pages = [...files].filter((f) => new RegExp(`^/${section}/[^/]+/index\\.html$`).test(f))
      expect(pages.length).toBeGreaterThan(0)
      for (const page of pages) expect(files.has(page.replace('index.html', 'rss.xml'))).toBe(true)
    }
    expect(jsonList.map((p) => p.replace('feed.json', 'rss.xml')).sort()).toEqual([...rssList].sort())
  })
})

describe.each(rssPathsOrPlaceholder())('RSS feed %s', (p) => {
  it('is well-formed XML without control characters', () => {
    const { xml } = feed(p)
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toMatch(CONTROL_CHARS)
    expect(xml).not.toMatch(/[\ue000\ue001]/) // no literal token left unrestored
  })

  it('parses with @rowanmanning/feed-parser, rss-parser and feedsmith, which agree on the items', async () => {
    const { xml, doc } = feed(p)
    const items = doc.rss.channel.item ?? []
    const a = parseWithRowanmanning(xml)
    const b = await new RssParser().parseString(xml)
    const c = parseRssFeed(xml)
    expect(a.language).toBe('vi')
    expect([a.title, b.title, c.title]).toEqual([doc.rss.channel.title, doc.rss.channel.title, doc.rss.channel.title])
    expect(a.items.map((i) => i.id)).toEqual(items.map((i) => i.guid['#text']))
    expect(b.items.map((i) => i.guid)).toEqual(items.map((i) => i.guid['#text']))
    expect((c.items ?? []).map((i) => i.guid?.value)).toEqual(items.map((i) => i.guid['#text']))
  })

  it('has the required channel elements: title, link, description, language vi, self link, ttl, image', () => {
    const ch = feed(p).doc.rss.channel
    expect(ch.title.length).toBeGreaterThan(0)
    expect(ch.description.length).toBeGreaterThan(0)
    expect(ch.link).toMatch(/^https:\/\/thidua\.example\.gov\.vn\//)
    expect(ch.language).toBe('vi')
    expect(ch.ttl).toMatch(/^\d+$/)
    expect(ch.image?.url).toBe(`${siteUrl}/bao-chi/logo-ban-tin.png`)
    expect(ch['atom:link']).toContainEqual({ '@href': `${siteUrl}${p}`, '@rel': 'self', '@type': 'application/rss+xml' })
    expect(ch['atom:link']?.some((l) => l['@rel'] === 'hub')).toBe(false) // WEBSUB_HUB_URL unset for this build
  })

  it('dates the channel by its newest item, in RFC 822', () => {
    const ch = feed(p).doc.rss.channel
    const items = ch.item ?? []
    if (items.length === 0) return expect(ch.lastBuildDate).toBeUndefined()
    expect(ch.lastBuildDate).toMatch(RFC822)
    const newest = Math.max(...items.flatMap((i) => [Date.parse(i.pubDate), i['atom:updated'] ? Date.parse(i['atom:updated']) : 0]))
    expect(Date.parse(ch.lastBuildDate ?? '')).toBe(Math.floor(newest / 1000) * 1000)
  })

  it('has at most 50 items, newest first, each with title, link, URN guid, RFC 822 date and summary', () => {
    const items = feed(p).doc.rss.channel.item ?? []
    expect(items.length).toBeLessThanOrEqual(50)
    const dates = items.map((i) => Date.parse(i.pubDate))
    expect(dates).toEqual([...dates].sort((x, y) => y - x))
    for (const i of items) {
      expect(i.title.length).toBeGreaterThan(0)
      expect(i.link).toMatch(/^https:\/\/thidua\.example\.gov\.vn\/(bai-viet|dien-hinh)\/[a-z0-9-]+\/$/)
      expect(existsInBuild(files, i.link, siteUrl)).toBe(true)
      expect(i.guid['@isPermaLink']).toBe('false')
      expect(i.guid['#text']).toMatch(/^urn:(uuid:[0-9a-f-]{36}|thidua:(article|exemplar):\d{4}-\d\d-\d\dT[\d:.]+Z)$/)
      expect(i.pubDate).toMatch(RFC822)
      expect(typeof i.description).toBe('string')
      expect(i['content:encoded']?.length).toBeGreaterThan(0)
    }
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length)
  })

  it('has only absolute URLs to files that exist in content:encoded, media:content and enclosures', () => {
    for (const i of feed(p).doc.rss.channel.item ?? []) {
      for (const url of htmlUrls(i['content:encoded'] ?? '')) {
        expect(url, `in ${i.link}`).toMatch(/^(https?:|mailto:|tel:)/)
        if (url.startsWith(siteUrl)) expect(existsInBuild(files, url, siteUrl), url).toBe(true)
      }
      for (const m of i['media:content'] ?? []) expect(existsInBuild(files, m['@url'], siteUrl), m['@url']).toBe(true)
      for (const e of i.enclosure ?? []) expect(existsInBuild(files, e['@url'], siteUrl), e['@url']).toBe(true)
    }
  })
})

describe('items in detail', () => {
  const portal = () => feed('/rss.xml').doc.rss.channel.item ?? []

  it('credit the hero photo in media:content with width, height, type, credit, caption and rights', () => {
    const withImage = portal().filter((i) => i['media:content'])
    expect(withImage.length).toBeGreaterThan(0)
    for (const i of withImage) {
      const m = i['media:content']![0]!
      expect(m['@type']).toBe('image/jpeg')
      expect(Number(m['@width'])).toBeGreaterThan(0)
      expect(Number(m['@height'])).toBeGreaterThan(0)
      const [w, h] = imageSize(path.join(dist, new URL(m['@url']).pathname))
      expect([w, h]).toEqual([Number(m['@width']), Number(m['@height'])])
    }
    expect(withImage.some((i) => textOf(i['media:content']![0]!['media:credit']))).toBe(true)
    expect(withImage.some((i) => textOf(i['media:content']![0]!['media:description']))).toBe(true)
    expect(withImage.some((i) => textOf(i['media:content']![0]!['media:copyright']))).toBe(true)
  })

  it('give an enclosure whose length is the size of the file the portal serves, with its MIME type', () => {
    const enclosures = portal().flatMap((i) => i.enclosure ?? [])
    expect(enclosures.length).toBeGreaterThan(0)
    for (const e of enclosures) {
      expect(Number(e['@length'])).toBe(statSync(path.join(dist, new URL(e['@url']).pathname)).size)
      expect(e['@type']).toMatch(/^audio\/(mpeg|mp4|x-m4a|aac)$/)
    }
  })

  it('name the author, the source unit with its feed, and categories with their section pages', () => {
    const articles = portal().filter((i) => i.link.includes('/bai-viet/'))
    expect(articles.some((i) => (i['dc:creator'] ?? []).length > 0)).toBe(true)
    for (const i of portal().filter((x) => x.source)) {
      expect(i.source!['@url']).toMatch(/\/don-vi\/[a-z0-9-]+\/rss\.xml$/)
      expect(files.has(new URL(i.source!['@url']).pathname)).toBe(true)
    }
    const domains = portal().flatMap((i) => (i.category ?? []).map((c) => c['@domain']))
    for (const prefix of ['/linh-vuc/', '/phong-trao/', '/loai/']) expect(domains.some((d) => d.includes(prefix))).toBe(true)
    for (const d of domains) expect(existsInBuild(files, d, siteUrl), d).toBe(true)
  })

  it('carry the on-air script, also served as text/plain, in the broadcast feed', () => {
    const items = feed('/phat-thanh/rss.xml').doc.rss.channel.item ?? []
    expect(items.length).toBeGreaterThan(0)
    for (const i of items) {
      const script = textOf(i['broadcast:script'])
      if (!script) {
        expect(i.enclosure).toBeDefined()
        continue
      }
      const txt = (i['atom:link'] ?? []).find((l) => l['@type'] === 'text/plain')
      expect(txt).toBeDefined()
      const served = readText(dist, new URL(txt!['@href']).pathname)
      expect(served).toContain(script)
      expect(served.startsWith(i.title)).toBe(true)
    }
    expect(feed('/phat-thanh/rss.xml').doc.rss['@xmlns:broadcast']).toBe(`${siteUrl}/bao-chi/#phat-thanh`)
  })

  it('are the same stories in the JSON Feed twin, with audio as attachments', () => {
    for (const p of rssList) {
      const json = parseJsonFeed(JSON.parse(readText(dist, p.replace('rss.xml', 'feed.json'))))
      const rssItems = feed(p).doc.rss.channel.item ?? []
      expect(json.feed_url).toBe(`${siteUrl}${p.replace('rss.xml', 'feed.json')}`)
      for (const url of [json.icon, json.favicon, ...(json.items ?? []).map((i) => i.image)].filter(Boolean)) {
        expect(existsInBuild(files, String(url), siteUrl), String(url)).toBe(true)
      }
      expect((json.items ?? []).map((i) => i.id)).toEqual(rssItems.map((i) => i.guid['#text']))
      for (const [k, i] of (json.items ?? []).entries()) {
        const enclosure = rssItems[k]?.enclosure?.[0]
        if (enclosure) expect(i.attachments?.[0]).toMatchObject({ url: enclosure['@url'], size_in_bytes: Number(enclosure['@length']) })
      }
    }
  })
})

describe('nothing unpublished or private reaches any feed', () => {
  const texts = () => [...siteFiles(dist)].filter((p) => /(rss\.xml|feed\.json|\.opml|\/phat-thanh\/.*\.txt)$/.test(p)).map((p) => [p, readText(dist, p)] as const)

  it.each(CANARY_STRINGS)('canary %s', (canary) => {
    for (const [p, text] of texts()) expect(text.includes(canary), `${canary} in ${p}`).toBe(false)
  })
})

describe('the OPML file', () => {
  const opml = () => parseOpml(readText(dist, '/feeds.opml'))
  const outlines = () => (opml().body?.outlines ?? []).flatMap((group) => group.outlines ?? [])

  it('lists every RSS feed of the build, once', () => {
    const listed = outlines().map((o) => new URL(String(o.xmlUrl)).pathname)
    expect([...listed].sort()).toEqual([...rssList].sort())
    expect(XMLValidator.validate(readText(dist, '/feeds.opml'))).toBe(true)
  })

  it('points only to URLs that exist in the build (feeds and pages)', () => {
    for (const o of outlines()) {
      expect(existsInBuild(files, String(o.xmlUrl), siteUrl), String(o.xmlUrl)).toBe(true)
      expect(existsInBuild(files, String(o.htmlUrl), siteUrl), String(o.htmlUrl)).toBe(true)
    }
  })
})

describe('the press page', () => {
  const html = () => readText(dist, '/bao-chi/index.html')

  it('lists every feed with its URL and offers the OPML download', () => {
    for (const p of rssList) expect(html()).toContain(`${siteUrl}${p}`)
    expect(html()).toMatch(/<a [^>]*href="\/feeds\.opml"[^>]*download/)
  })

  it('states the reuse terms and documents the broadcast element where its namespace points', () => {
    expect(html()).toContain('Điều kiện sử dụng lại')
    expect(html()).toContain('id="phat-thanh"')
    expect(html()).toContain('&lt;broadcast:script')
  })

  it('is reachable: every section page advertises its feeds with <link rel="alternate">', () => {
    for (const p of rssList.filter((x) => x !== '/phat-thanh/rss.xml')) {
      const page = readText(dist, p.replace('rss.xml', 'index.html'))
      expect(page, p).toContain(`<link rel="alternate" type="application/rss+xml"`)
      expect(page, p).toContain(`href="${p}"`)
    }
  })
})

/**
 * Two more readers when the machine has them (Debian: libxml2-utils, python3-feedparser): libxml2,
 * the XML library most desktop readers and newsroom systems build on, and Python's feedparser, the
 * parser behind many aggregators. Skipped, and said so, where they are not installed.
 */
describe('system feed readers', () => {
  const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0
  const xmllint = has('xmllint', ['--version'])
  const feedparser = has('/usr/bin/python3', ['-c', 'import feedparser'])

  it.skipIf(!xmllint)('libxml2 (xmllint) finds every feed and the OPML file well-formed', () => {
    const paths = [...rssList, '/feeds.opml'].map((p) => path.join(dist, p))
    expect(() => execFileSync('xmllint', ['--noout', ...paths], { stdio: 'pipe' })).not.toThrow()
  })

  it.skipIf(!feedparser)("Python's feedparser reads every feed without complaint, with ids, credits and enclosures", () => {
    const script = [
      'import feedparser, json, sys',
      'out = {}',
      'for f in sys.argv[1:]:',
      '    d = feedparser.parse(f)',
      "    out[f] = {'bozo': bool(d.bozo), 'version': d.version, 'ids': [e.id for e in d.entries],",
      "              'credits': sum(1 for e in d.entries if e.get('media_credit')), 'enclosures': sum(len(e.enclosures) for e in d.entries)}",
      'print(json.dumps(out))',
    ].join('\n')
    const paths = rssList.map((p) => path.join(dist, p))
    const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, ...paths], { encoding: 'utf8' })) as Record<string, { bozo: boolean; version: string; ids: string[]; credits: number; enclosures: number }>
    for (const p of rssList) {
      const r = out[path.join(dist, p)]!
      expect(r.bozo, p).toBe(false)
      expect(r.version).toBe('rss20')
      expect(r.ids).toEqual((feed(p).doc.rss.channel.item ?? []).map((i) => i.guid['#text']))
    }
    expect(out[path.join(dist, '/rss.xml')]!.credits).toBeGreaterThan(0)
    expect(out[path.join(dist, '/rss.xml')]!.enclosures).toBeGreaterThan(0)
  })
})

/** Width and height of a JPEG from its SOF marker (no image library: an independent reading). */
function imageSize(file: string): [number, number] {
  const b = readFileSync(file)
  for (let i = 2; i < b.length; ) {
    const marker = b[i + 1]!
    const length = b.readUInt16BE(i + 2)
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return [b.readUInt16BE(i + 7), b.readUInt16BE(i + 5)]
    i += 2 + length
  }
  throw new Error(`${file}: no JPEG frame header`)
}

/** The RSS files, listed before the suite is collected (describe.each needs them then). */
function rssPathsOrPlaceholder(): string[] {
  return rssPaths(inject('fixtureSiteDir'))
}
