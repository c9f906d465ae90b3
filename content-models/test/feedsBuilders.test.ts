import { describe, expect, it } from 'vitest'
import { articleToFeedItem } from '../src/feeds/articleToFeedItem.ts'
import { buildOpml } from '../src/feeds/buildOpml.ts'
import { changedFeeds, isFeedPath } from '../src/feeds/changedFeeds.ts'
import { cleanFeedText } from '../src/feeds/cleanFeedText.ts'
import { exemplarToFeedItem } from '../src/feeds/exemplarToFeedItem.ts'
import { feedChannel, InvalidHubUrlError } from '../src/feeds/feedChannel.ts'
import type { FeedItem } from '../src/feeds/feedItem.ts'
import { buildJsonFeed, serializeJsonFeed } from '../src/feeds/jsonFeed.ts'
import { listPortalFeeds } from '../src/feeds/portalFeeds.ts'
import { protectLiteral, restoreLiterals } from '../src/feeds/protectLiteral.ts'
import { rssFeedOptions } from '../src/feeds/rssFeedOptions.ts'
import { FEED_ITEM_LIMIT, selectFeedItems } from '../src/feeds/selectFeedItems.ts'
import { websubPublishRequest } from '../src/feeds/websubPublishRequest.ts'
import { feedUrl, urls } from '../src/urls.ts'
import {
  SITE_URL, article, commune, district, education, exemplar, health, otherDistrict, ruralMovement, teaching,
} from './feeds/sampleDocs.ts'

const ctx = { siteUrl: SITE_URL }
const feeds = listPortalFeeds({
  portalName: 'Cổng thông tin Thi đua - Khen thưởng',
  categories: [health, teaching, education],
  movements: [ruralMovement],
  units: [otherDistrict, commune, district],
})
const feed = (key: string) => {
  const f = feeds.find((x) => x.key === key)
  if (!f) throw new Error(`no feed ${key}`)
  return f
}

describe('the list of portal feeds', () => {
  it('has the whole portal, profiles, events, broadcast, each kind, field, movement and unit', () => {
    expect(feeds.map((f) => f.key)).toEqual([
      'portal', 'profiles', 'events', 'broadcast',
      'kind:advanced', 'kind:new-model', 'kind:new-factor', 'kind:good-deed',
      'field:day-tot-hoc-tot', 'field:giao-duc-va-dao-tao', 'field:y-te',
      'movement:chung-suc-xay-dung-nong-thon-moi',
      'unit:huyen-dak-lam', 'unit:huyen-hoa-an', 'unit:xa-duc-long',
    ])
  })

  it.each([
    ['portal', '/rss.xml', '/feed.json'],
    ['profiles', '/dien-hinh/rss.xml', '/dien-hinh/feed.json'],
    ['broadcast', '/phat-thanh/rss.xml', '/phat-thanh/feed.json'],
    ['events', '/su-kien/rss.xml', '/su-kien/feed.json'],
    ['kind:good-deed', '/loai/guong-nguoi-tot-viec-tot/rss.xml', '/loai/guong-nguoi-tot-viec-tot/feed.json'],
    ['field:y-te', '/linh-vuc/y-te/rss.xml', '/linh-vuc/y-te/feed.json'],
    ['movement:chung-suc-xay-dung-nong-thon-moi', '/phong-trao/chung-suc-xay-dung-nong-thon-moi/rss.xml', '/phong-trao/chung-suc-xay-dung-nong-thon-moi/feed.json'],
    ['unit:xa-duc-long', '/don-vi/xa-duc-long/rss.xml', '/don-vi/xa-duc-long/feed.json'],
  ])('puts the %s feed at %s and %s', (key, rss, json) => {
    expect([feed(key).rssPath, feed(key).jsonPath]).toEqual([rss, json])
  })

  it('uses the same paths as the section pages through feedUrl()', () => {
    expect(feed('unit:huyen-hoa-an').rssPath).toBe(feedUrl(urls.unit('huyen-hoa-an')))
    expect(new Set(feeds.map((f) => f.rssPath)).size).toBe(feeds.length)
  })

  const story = articleToFeedItem(ctx, article()) // field "Dạy tốt, học tốt" (child of education), unit: commune of Hoà An
  const profile = exemplarToFeedItem(ctx, exemplar()) // field education, unit Hoà An
  it.each([
    ['portal', true, true],
    ['profiles', false, true],
    ['broadcast', false, false],
    ['kind:advanced', true, true],
    ['kind:new-model', false, false],
    ['field:day-tot-hoc-tot', true, false],
    ['field:giao-duc-va-dao-tao', true, true],
    ['field:y-te', false, false],
    ['movement:chung-suc-xay-dung-nong-thon-moi', true, false],
    ['unit:huyen-hoa-an', true, true],
    ['unit:xa-duc-long', true, false],
    ['unit:huyen-dak-lam', false, false],
  ])('the %s feed includes the article: %s, the profile: %s', (key, hasStory, hasProfile) => {
    expect([feed(key).includes(story), feed(key).includes(profile)]).toEqual([hasStory, hasProfile])
  })

  it('puts a story with an on-air script or a recording in the broadcast feed', () => {
    expect(feed('broadcast').includes(articleToFeedItem(ctx, article({ broadcastScript: 'Kính thưa…' })))).toBe(true)
    const withAudio = article({ audio: { id: 1, title: 'x', url: '/a.mp3', filesize: 10, mimeType: 'audio/mpeg' } })
    expect(feed('broadcast').includes(articleToFeedItem(ctx, withAudio))).toBe(true)
  })
})

describe('selecting the items of a feed', () => {
  const dated = (i: number, publishedAt: string, guid = `urn:uuid:${String(i).padStart(4, '0')}`) =>
    ({ ...articleToFeedItem(ctx, article({ slug: `s${i}` })), guid, publishedAt })

  it(`keeps the newest ${FEED_ITEM_LIMIT}`, () => {
    const items = Array.from({ length: 70 }, (_, i) => dated(i, new Date(Date.UTC(2026, 0, 1 + i)).toISOString()))
    const picked = selectFeedItems(items, () => true)
    expect(picked).toHaveLength(50)
    expect(picked[0]?.url).toContain('/s69/')
    expect(picked[49]?.url).toContain('/s20/')
  })

  it('orders items published at the same instant by guid, whatever the input order', () => {
    const same = '2026-01-01T00:00:00.000Z'
    const a = [dated(1, same, 'urn:uuid:b'), dated(2, same, 'urn:uuid:a'), dated(3, same, 'urn:uuid:c')]
    const orders = [a, [...a].reverse(), [a[1], a[2], a[0]] as FeedItem[]]
    for (const order of orders) expect(selectFeedItems(order, () => true).map((i) => i.guid)).toEqual(['urn:uuid:a', 'urn:uuid:b', 'urn:uuid:c'])
  })
})

describe('channel metadata', () => {
  const items = [articleToFeedItem(ctx, article({ updatedAt: '2026-04-01T00:00:00.000Z' })), exemplarToFeedItem(ctx, exemplar())]

  it('dates the channel by its newest item, not by the clock', () => {
    expect(feedChannel({ siteUrl: SITE_URL }, feed('portal'), items).lastBuildDate).toBe('2026-04-01T00:00:00.000Z')
  })

  it('advertises the hub only when one is configured', () => {
    expect(feedChannel({ siteUrl: SITE_URL, hubUrl: '' }, feed('portal'), items).hubUrl).toBeNull()
    expect(feedChannel({ siteUrl: SITE_URL, hubUrl: 'https://hub.example/' }, feed('portal'), items).hubUrl).toBe('https://hub.example/')
  })

  it.each(['hub.example', 'ftp://hub.example/'])('refuses the hub URL %s', (hubUrl) => {
    expect(() => feedChannel({ siteUrl: SITE_URL, hubUrl }, feed('portal'), items)).toThrow(InvalidHubUrlError)
  })
})

describe('RSS options for @astrojs/rss', () => {
  const channel = feedChannel({ siteUrl: SITE_URL, hubUrl: 'https://hub.example/', logoPath: '/bao-chi/logo.png' }, feed('portal'), [])
  const item = articleToFeedItem(ctx, article({ updatedAt: '2026-04-01T00:00:00.000Z', broadcastScript: 'Kính thưa' }))
  const options = rssFeedOptions(channel, [item])
  const restored = (s: string) => restoreLiterals(s)

  it('sets the guid explicitly as a non-permalink URN', () => {
    expect(restored(options.items[0]?.customData ?? '')).toContain(`<guid isPermaLink="false">${item.guid}</guid>`)
  })

  it('declares every namespace prefix it uses', () => {
    const xml = restored(options.customData + options.items.map((i) => i.customData).join(''))
    const used = new Set([...xml.matchAll(/<([a-z]+):/g)].map((m) => m[1]))
    for (const prefix of used) expect(Object.keys(options.xmlns)).toContain(prefix)
  })

  it('has self, alternate and hub links and the language in the channel', () => {
    const xml = restored(options.customData)
    expect(xml).toContain('<atom:link href="https://thidua.example.gov.vn/rss.xml" rel="self" type="application/rss+xml"/>')
    expect(xml).toContain('<atom:link href="https://hub.example/" rel="hub"/>')
    expect(xml).toContain('<language>vi</language>')
  })

  it('marks the edit date and the on-air script', () => {
    const xml = restored(options.items[0]?.customData ?? '')
    expect(xml).toContain('<atom:updated>2026-04-01T00:00:00.000Z</atom:updated>')
    expect(xml).toContain('<broadcast:script type="text/plain">Kính thưa</broadcast:script>')
    expect(xml).toContain('rel="alternate" type="text/plain" href="https://thidua.example.gov.vn/phat-thanh/co-giao-vung-cao-20-nam-bam-ban.txt"')
  })
})

describe('literal text in customData', () => {
  it.each(['007', '0x1F', '1.50', '  padded  ', 'a & b < c "d" \'e\'', 'dòng 1\ndòng 2', '%41 100%', ''])(
    'restores %j exactly, escaped',
    (text) => {
      const token = protectLiteral(text)
      expect(token).toMatch(/^\ue000[A-Za-z0-9%._-]*\ue001$/)
      expect(restoreLiterals(`<x>${token}</x>`)).toBe(`<x>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')}</x>`)
    },
  )

  it('cannot be forged from content: the marker characters are cleaned out of all text', () => {
    expect(cleanFeedText('a\ue000b\ue001c')).toBe('abc')
  })
})

describe('JSON Feed 1.1', () => {
  const withAudio = articleToFeedItem(ctx, article({
    audio: { id: 1, title: 'Bản đọc', url: '/a/ban-doc.mp3', filesize: 48213, mimeType: 'audio/mpeg', durationSeconds: 3 },
    updatedAt: '2026-04-01T00:00:00.000Z',
  }))
  const channel = feedChannel({ siteUrl: SITE_URL, hubUrl: 'https://hub.example/' }, feed('portal'), [withAudio])
  const json = buildJsonFeed(channel, [withAudio])

  it('has the version, feed URL, hub and items with the story guid as id', () => {
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'https://thidua.example.gov.vn/feed.json',
      home_page_url: 'https://thidua.example.gov.vn/',
      hubs: [{ type: 'WebSub', url: 'https://hub.example/' }],
    })
    expect(json.items[0]).toMatchObject({ id: withAudio.guid, date_modified: '2026-04-01T00:00:00.000Z', authors: [{ name: 'Minh Hà' }] })
  })

  it('attaches the recording with its byte size', () => {
    expect(json.items[0]?.attachments).toEqual([
      { url: 'https://thidua.example.gov.vn/a/ban-doc.mp3', mime_type: 'audio/mpeg', size_in_bytes: 48213, title: 'Bản đọc', duration_in_seconds: 3 },
    ])
  })

  it('serialises without null values', () => {
    expect(serializeJsonFeed(json)).not.toContain('null')
  })
})

describe('the OPML file', () => {
  const opml = buildOpml(feeds, { siteUrl: SITE_URL, portalName: 'Cổng thông tin Thi đua - Khen thưởng' })

  it('lists every RSS feed once, with absolute URLs', () => {
    const listed = [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1])
    expect(listed).toEqual(feeds.map((f) => `https://thidua.example.gov.vn${f.rssPath}`))
  })

  it('has no creation date, so it only changes with the list of feeds', () => {
    expect(opml).not.toMatch(/dateCreated|dateModified/)
  })
})

describe('which feeds changed between two builds', () => {
  it('lists new and changed feeds only, sorted', () => {
    const before = new Map([['/rss.xml', 'a'], ['/feed.json', 'b'], ['/don-vi/x/rss.xml', 'c'], ['/gone/rss.xml', 'd'], ['/index.html', 'e']])
    const after = new Map([['/rss.xml', 'A'], ['/feed.json', 'b'], ['/don-vi/x/rss.xml', 'c'], ['/moi/rss.xml', 'f'], ['/index.html', 'E']])
    expect(changedFeeds(before, after)).toEqual(['/moi/rss.xml', '/rss.xml'])
  })

  it.each([['/rss.xml', true], ['/linh-vuc/y-te/feed.json', true], ['/feeds.opml', false], ['/bai-viet/rss.xml.html', false]])(
    '%s is a feed: %s',
    (path, expected) => expect(isFeedPath(path)).toBe(expected),
  )
})

describe('the WebSub publish ping', () => {
  it('posts hub.mode=publish and the feed URL as a form', () => {
    const r = websubPublishRequest('https://hub.example/', 'https://thidua.example.gov.vn/rss.xml')
    expect(r.url).toBe('https://hub.example/')
    expect(r.init.method).toBe('POST')
    expect(Object.fromEntries(new URLSearchParams(r.init.body))).toEqual({ 'hub.mode': 'publish', 'hub.url': 'https://thidua.example.gov.vn/rss.xml' })
  })
})
