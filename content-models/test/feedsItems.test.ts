import { describe, expect, it } from 'vitest'
import { articleToFeedItem } from '../src/feeds/articleToFeedItem.ts'
import { exemplarFeedTitle, exemplarToFeedItem } from '../src/feeds/exemplarToFeedItem.ts'
import { feedGuid, legacyGuid, MissingGuidError } from '../src/feeds/feedGuid.ts'
import { feedDates, MissingPublicationDateError, newestItemDate, toRfc822 } from '../src/feeds/feedDates.ts'
import type { MediaDoc } from '../src/schema/types.ts'
import { SITE_URL, article, exemplar, photo } from './feeds/sampleDocs.ts'

const ctx = {
  siteUrl: SITE_URL,
  imageFile: (m: MediaDoc) => {
    const hero = m.sizes?.hero
    return hero?.url ? { url: hero.url.replace('/api/media/file/', '/media/'), width: hero.width, height: hero.height, mimeType: hero.mimeType } : null
  },
}

/** Every href/src in an HTML string. */
const urlsIn = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '')

describe('a story keeps its guid for life', () => {
  const original = articleToFeedItem(ctx, article())
  it.each([
    ['its title is edited', { title: 'Tiêu đề đã sửa' }],
    ['its body is rewritten', { body: 'Nội dung hoàn toàn mới.' }],
    ['its slug changes', { slug: 'duong-dan-moi' }],
    ['it is edited a day later', { updatedAt: '2026-03-03T01:00:00.000Z' }],
  ])('when %s', (_, edit) => {
    expect(articleToFeedItem(ctx, article(edit)).guid).toBe(original.guid)
  })

  it('uses the CMS guid (a URN), not the database id or the link', () => {
    expect(original.guid).toBe('urn:uuid:5b0f7c52-2f8e-4c0e-9d7e-3b1f7f0e9a11')
  })

  it('derives a URN from the creation instant for a profile created before profiles had a guid', () => {
    const item = exemplarToFeedItem(ctx, exemplar({ guid: null }))
    expect(item.guid).toBe('urn:thidua:exemplar:2026-02-09T03:00:00.000Z')
    expect(exemplarToFeedItem(ctx, exemplar({ guid: null, slug: 'hoa-moi', name: 'Tên mới', id: 999 })).guid).toBe(item.guid)
  })

  it('reads the same creation instant whatever the database printed it like', () => {
    expect(feedGuid('exemplars', { createdAt: '2026-02-09T10:00:00+07:00' })).toBe(legacyGuid('exemplars', '2026-02-09T03:00:00.000Z'))
  })

  it('refuses a document with neither guid nor creation date instead of inventing one', () => {
    expect(() => feedGuid('articles', { slug: 'x' })).toThrow(MissingGuidError)
  })
})

describe('feed dates', () => {
  it.each([
    ['never edited: saved with publication', '2026-03-02T01:00:00.020Z', null],
    ['edited the next day', '2026-03-03T09:30:00.000Z', '2026-03-03T09:30:00.000Z'],
    ['touched 30 s after publishing', '2026-03-02T01:00:30.000Z', null],
  ])('%s', (_, updatedAt, expected) => {
    expect(feedDates({ publishedAt: '2026-03-02T01:00:00.000Z', updatedAt }, 'x').updatedAt).toBe(expected)
  })

  it('falls back on the creation date when publishedAt is missing', () => {
    expect(feedDates({ createdAt: '2026-01-01T00:00:00.000Z' }, 'x').publishedAt).toBe('2026-01-01T00:00:00.000Z')
  })

  it('refuses a document without any date', () => {
    expect(() => feedDates({}, 'articles/x')).toThrow(MissingPublicationDateError)
  })

  it('writes RFC 822 dates', () => {
    expect(toRfc822('2026-03-02T01:00:00.000Z')).toBe('Mon, 02 Mar 2026 01:00:00 GMT')
  })

  it('takes the newest publication or edit as the feed date', () => {
    expect(newestItemDate([
      { publishedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' },
      { publishedAt: '2026-03-01T00:00:00.000Z', updatedAt: null },
    ])).toBe('2026-05-01T00:00:00.000Z')
    expect(newestItemDate([])).toBeNull()
  })
})

describe('an article as a feed item', () => {
  const item = articleToFeedItem(ctx, article())

  it('links to the article page with an absolute URL', () => {
    expect(item.url).toBe('https://thidua.example.gov.vn/bai-viet/co-giao-vung-cao-20-nam-bam-ban/')
  })

  it('has no relative URL in its HTML', () => {
    const found = urlsIn(item.contentHtml)
    expect(found.length).toBeGreaterThan(0)
    for (const url of found) expect(url).toMatch(/^https:\/\//)
    expect(found).toContain('https://thidua.example.gov.vn/dien-hinh/nguyen-thi-hoa/')
  })

  it('points media:content to the 1440 px rendition with its own size and type', () => {
    expect(item.image).toMatchObject({
      url: 'https://thidua.example.gov.vn/media/co-hoa-1440x960.jpg', width: 1440, height: 960, mimeType: 'image/jpeg',
      credit: 'Ngọc Mai', caption: 'Giờ học thực hành ở Trường THCS Đức Long',
    })
  })

  it("lets the article's own caption and credit win over the library's", () => {
    const own = articleToFeedItem(ctx, article({ heroCaption: 'Chú thích riêng', heroCredit: 'Thu Trang', rightsNote: 'Ghi rõ nguồn.' }))
    expect(own.image).toMatchObject({ caption: 'Chú thích riêng', credit: 'Thu Trang', copyright: 'Ghi rõ nguồn.' })
    expect(own.contentHtml).toContain('Ảnh: Thu Trang')
  })

  it("without the portal's own copy, uses the CMS's hero rendition, or the original when there is none", () => {
    const cmsOnly = { siteUrl: SITE_URL }
    expect(articleToFeedItem(cmsOnly, article()).image).toMatchObject({ url: 'https://thidua.example.gov.vn/api/media/file/co-hoa-1440x960.jpg', width: 1440, height: 960 })
    const plain = articleToFeedItem(cmsOnly, article({ heroImage: { ...photo, sizes: null } }))
    expect(plain.image).toMatchObject({ url: 'https://thidua.example.gov.vn/api/media/file/co-hoa.jpg', width: 2560, height: 1707 })
  })

  it('leaves out a photo the portal serves no file for', () => {
    expect(articleToFeedItem({ siteUrl: SITE_URL, imageFile: () => null }, article()).image).toBeNull()
  })

  it('files the article under its field, movements, the kinds of its profiles and its tags', () => {
    expect(item.categories.map((c) => [c.scheme, c.label, c.url])).toEqual([
      ['field', 'Dạy tốt, học tốt', 'https://thidua.example.gov.vn/linh-vuc/day-tot-hoc-tot/'],
      ['movement', 'Chung sức xây dựng nông thôn mới', 'https://thidua.example.gov.vn/phong-trao/chung-suc-xay-dung-nong-thon-moi/'],
      ['kind', 'Điển hình tiên tiến', 'https://thidua.example.gov.vn/loai/dien-hinh-tien-tien/'],
      ['tag', 'Giáo viên vùng cao', 'https://thidua.example.gov.vn/chu-de/giao-vien-vung-cao/'],
    ])
  })

  it('names its unit with that unit\'s own feed as the source', () => {
    expect(item.unit).toEqual({
      name: 'Xã Đức Long',
      url: 'https://thidua.example.gov.vn/don-vi/xa-duc-long/',
      feedUrl: 'https://thidua.example.gov.vn/don-vi/xa-duc-long/rss.xml',
    })
  })

  it('offers the recording as an enclosure with its real length and type', () => {
    const withAudio = articleToFeedItem(ctx, article({
      audio: { id: 1, title: 'Bản đọc', url: '/api/audio/file/ban-doc.mp3', filesize: 48213, mimeType: 'audio/mpeg', durationSeconds: 3 },
    }))
    expect(withAudio.audio).toEqual({
      url: 'https://thidua.example.gov.vn/api/audio/file/ban-doc.mp3', length: 48213, mimeType: 'audio/mpeg',
      title: 'Bản đọc', credit: null, durationSeconds: 3,
    })
  })

  it.each([
    ['no byte length', { filesize: null, mimeType: 'audio/mpeg' }],
    ['no MIME type', { filesize: 100, mimeType: null }],
  ])('leaves out a recording with %s rather than guess', (_, over) => {
    const a = articleToFeedItem(ctx, article({ audio: { id: 1, title: 'x', url: '/a.mp3', ...over } }))
    expect(a.audio).toBeNull()
  })

  it('carries the on-air script as plain text with its text/plain address', () => {
    const a = articleToFeedItem(ctx, article({ broadcastScript: 'Kính thưa quý vị thính giả,\n\nSau đây là bài viết…' }))
    expect(a.broadcastScript).toBe('Kính thưa quý vị thính giả,\n\nSau đây là bài viết…')
    expect(a.broadcastScriptUrl).toBe('https://thidua.example.gov.vn/phat-thanh/co-giao-vung-cao-20-nam-bam-ban.txt')
    expect(item.broadcastScript).toBeNull()
  })

  it('summarises the body when the editor wrote no sapô', () => {
    const a = articleToFeedItem(ctx, article({ summary: '' }))
    expect(a.summary).toBe('Đoạn mở đầu với liên kết nội bộ. Kết quả Tỉ lệ chuyên cần đạt 98%.')
  })

  it('removes characters XML forbids from every text', () => {
    const a = articleToFeedItem(ctx, article({ title: 'Tiêu\u0000 đề\u000b', byline: 'Minh\u0008 Hà', body: 'Nội\u001f dung\u0085' }))
    expect(JSON.stringify(a)).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f]|8[0-9a-f]|9[0-9a-f])/)
    expect(a.title).toBe('Tiêu đề')
    expect(a.authors).toEqual(['Minh Hà'])
  })
})

describe('rendering only what a feed uses', () => {
  it('reads and renders a body only when its content or derived summary is first used, then once', () => {
    let reads = 0
    const doc = article({ summary: null })
    Object.defineProperty(doc, 'body', { get: () => (reads++, 'Nội dung **đậm**.'), enumerable: true })
    const item = articleToFeedItem(ctx, doc)
    expect(reads).toBe(0)
    expect(item.contentHtml).toContain('<strong>đậm</strong>')
    expect(item.contentHtml).toContain('<strong>đậm</strong>')
    expect(reads).toBe(1)
    expect(item.summary).toBe('Nội dung đậm.')
    expect(reads).toBe(2)
  })
})

describe('a profile as a feed item', () => {
  it('gives the facts, achievements, initiatives and awards, and the portrait credited', () => {
    const item = exemplarToFeedItem(ctx, exemplar())
    expect(item.url).toBe('https://thidua.example.gov.vn/dien-hinh/nguyen-thi-hoa/')
    expect(item.contentHtml).toContain('<strong>Loại:</strong> Điển hình tiên tiến')
    expect(item.contentHtml).toContain('<h2>Thành tích</h2><p>Ba năm liền <strong>Chiến sĩ thi đua cơ sở</strong>.</p>')
    expect(item.contentHtml).toContain('<li>Bằng khen của Chủ tịch UBND tỉnh (2024, UBND tỉnh)</li>')
    expect(item.contentHtml).toContain('Ảnh: Ngọc Mai')
    expect(item.categories.map((c) => c.scheme)).toEqual(['field', 'kind'])
    expect(item.facets).toEqual({ fields: ['3'], movements: [], units: ['11'], kinds: ['advanced'] })
  })

  it('titles a profile with its kind and what was done, not the name alone (issue #13, point 4)', () => {
    expect(exemplarToFeedItem(ctx, exemplar({ kind: 'new-model', modelName: 'Tổ hợp tác chè sạch' })).title).toBe('Mô hình mới: Nguyễn Thị Hoà – mô hình “Tổ hợp tác chè sạch”')
    expect(exemplarFeedTitle({ name: 'Nông Thị Huyền', kind: 'advanced', summary: 'Nông Thị Huyền: cải tiến dây chuyền sấy chè, tiết kiệm 18% điện năng. Nhiều năm liền đạt Chiến sĩ thi đua.' }))
      .toBe('Điển hình tiên tiến: Nông Thị Huyền – cải tiến dây chuyền sấy chè, tiết kiệm 18% điện năng')
    expect(exemplarFeedTitle({ name: 'Lò Văn A', kind: 'good-deed', summary: null })).toBe('Gương người tốt, việc tốt: Lò Văn A')
  })

  it('ends an article with its byline, unit and source line', () => {
    const html = articleToFeedItem({ ...ctx, portalName: 'Cổng thông tin Điển hình tiên tiến' }, article({ byline: 'Minh Châu' })).contentHtml
    expect(html).toMatch(/<p><strong>Minh Châu<\/strong>( \([^)]+\))?<\/p><p>Nguồn: Cổng thông tin Điển hình tiên tiến \(<a href="https:\/\/[^"]+\/bai-viet\/[a-z0-9-]+\/">/)
  })

  it('ends every item with the byline and "Nguồn: <portal> (<link>)" for the newspaper that pastes it', () => {
    const withPortal = { ...ctx, portalName: 'Cổng thông tin Điển hình tiên tiến' }
    const html = exemplarToFeedItem(withPortal, exemplar()).contentHtml
    expect(html).toMatch(/<p>Nguồn: Cổng thông tin Điển hình tiên tiến \(<a href="https:\/\/[^"]+\/dien-hinh\/[a-z0-9-]+\/">https:\/\/[^<]+<\/a>\)<\/p>$/)
  })

  it('shows nothing the CMS keeps private even when handed a full staff document', () => {
    const staffDoc = {
      ...exemplar(),
      contact: { phone: '0912 345 678', email: 'hoa@example.vn', address: 'Số 3 ngõ bí mật', dateOfBirth: '1980-01-01' },
      internalNotes: 'CANARY-internal-note',
      consentToPublish: true,
    }
    const text = JSON.stringify(exemplarToFeedItem(ctx, staffDoc))
    for (const secret of ['0912 345 678', 'hoa@example.vn', 'Số 3 ngõ bí mật', '1980-01-01', 'CANARY-internal-note']) {
      expect(text).not.toContain(secret)
    }
  })
})

describe('a feed item works out what only a rendered feed shows on first use (most stories are in no feed)', () => {
  /** A context that records which photos it was asked for. */
  function countingCtx() {
    const asked: string[] = []
    return { asked, ctx: { ...ctx, imageFile: (m: MediaDoc) => (asked.push(String(m.url)), ctx.imageFile(m)) } }
  }
  const album = { ...photo, id: 22, url: '/api/media/file/album.jpg' }

  it("an article asks for its hero photo only when read, once, and for its album's photos at once", () => {
    const { asked, ctx: counting } = countingCtx()
    const item = articleToFeedItem(counting, article({ gallery: [album] }))
    expect(asked).toEqual(['/api/media/file/album.jpg'])
    const eager = articleToFeedItem(ctx, article({ gallery: [album] }))
    expect(item.image).toEqual(eager.image)
    expect(item.contentHtml).toBe(eager.contentHtml)
    expect(asked).toEqual(['/api/media/file/album.jpg', '/api/media/file/co-hoa.jpg'])
  })

  it('a profile asks for its portrait only when read, once, and for its activity photos at once', () => {
    const { asked, ctx: counting } = countingCtx()
    const item = exemplarToFeedItem(counting, exemplar({ photos: [album] }))
    expect(asked).toEqual(['/api/media/file/album.jpg'])
    const eager = exemplarToFeedItem(ctx, exemplar({ photos: [album] }))
    expect(item.image).toEqual(eager.image)
    expect(item.contentHtml).toBe(eager.contentHtml)
    expect(asked).toEqual(['/api/media/file/album.jpg', '/api/media/file/co-hoa.jpg'])
  })

  it('gives the same URL, unit, categories and photo whenever read, as plain data', () => {
    const item = articleToFeedItem(ctx, article())
    expect(item.url).toBe('https://thidua.example.gov.vn/bai-viet/co-giao-vung-cao-20-nam-bam-ban/')
    expect(item.categories).toBe(item.categories)
    expect(item.unit).toMatchObject({ name: 'Xã Đức Long' })
    const copy = JSON.parse(JSON.stringify(item)) as Record<string, unknown>
    expect(copy).toMatchObject({ url: item.url, categories: item.categories, unit: item.unit, image: item.image, audio: null })
    const profile = exemplarToFeedItem(ctx, exemplar())
    expect(JSON.parse(JSON.stringify(profile))).toMatchObject({ url: 'https://thidua.example.gov.vn/dien-hinh/nguyen-thi-hoa/', categories: profile.categories, unit: profile.unit })
  })
})
