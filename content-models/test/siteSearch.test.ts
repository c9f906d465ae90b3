import { describe, expect, it } from 'vitest'
import { affectedPaths, type SiteNow } from '../src/site/affectedPaths.ts'
import { isSearchPart, recentSearchChanges, searchPartName } from '../src/site/recentSearch.ts'
import { sanitizedHtmlToText } from '../src/site/htmlText.ts'
import { serializeJsonLd } from '../src/site/jsonLd.ts'
import { foldedDWords, searchDocument } from '../src/site/searchDocument.ts'
import { renderMarkdown } from '../src/markdown/renderMarkdown.ts'
import { searchKey } from '../src/text/searchKey.ts'
import { rerankResults } from '../src/site/rerankResults.ts'
import { toneKey, toneKeys } from '../src/site/toneKey.ts'

describe('search documents', () => {
  it('fold the words with đ, once each, which Pagefind would keep apart from d', () => {
    expect(foldedDWords('Điển hình tiên tiến ở Đắk Lắk, điển hình Đà Nẵng; Hoà An')).toBe('dien dak da')
  })

  it('fold the same words as splitting the text into words would, whatever the text', () => {
    // Words are runs of letters and digits: a combining mark, an emoji or punctuation ends one; a
    // letter outside the BMP (two code units) does not.
    const bySplitting = (text: string) => {
      const words = new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.includes('đ') || w.includes('Đ')))
      return [...new Set([...words].map(searchKey))].join(' ')
    }
    const pieces = ['đ', 'Đ', 'a', 'ồ', 'ng', '9', ' ', ', ', '-', '\u0300', '𝒜', '😀', 'đđ', '\n', 'ĐẮK']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from({ length: Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('')
      expect(foldedDWords(text), JSON.stringify(text)).toBe(bySplitting(text))
    }
    expect(foldedDWords('𝒜đ𝒜 x đ😀đ')).toBe(bySplitting('𝒜đ𝒜 x đ😀đ'))
  })
  it('hold the original text and the folded title, summary and keywords, escaped', () => {
    const html = searchDocument({ url: '/x/', title: 'Đặng Thị Hoà <b>', summary: 'Điển hình tiên tiến', keywords: ['Huyện Đắk Lâm'], text: 'Chị Hoà & đồng đội', type: 'Điển hình' })
    expect(html).toContain('<h1 data-pagefind-meta="title" data-pagefind-weight="10">Đặng Thị Hoà &lt;b&gt;</h1>')
    expect(html).toContain('>dang thi hoa b</p>')
    expect(html).toContain('>dien hinh tien tien</p>')
    expect(html).toContain('Huyện Đắk Lâm huyen dak lam')
    expect(html).toContain('<div>Chị Hoà &amp; đồng đội</div><div>dong doi</div>')
    expect(html).toContain('data-pagefind-filter="type"')
    expect(html).not.toContain('data-pagefind-filter="part"')
  })
  it('name the part of the index they are in, for the search page to ask each part apart', () => {
    const source = { url: '/x/', title: 'T', summary: '', keywords: [], text: '', type: 'Bài viết' }
    expect(searchDocument(source, { part: '3' })).toContain('<span data-pagefind-filter="part">3</span>')
    expect(searchPartName('part-12/')).toBe('12')
    expect(['part-2/', 'part-0/', '../x/', 'part-2', 2].map(isSearchPart)).toEqual([true, false, false, false, false])
  })
  it('take body text from the renderer\'s HTML without re-parsing Markdown', () => {
    const html = renderMarkdown('## Kết quả\n\n- Một & hai\n- <ba>\n\n“Trích dẫn”')
    expect(sanitizedHtmlToText(html)).toBe('Kết quả Một & hai “Trích dẫn”')
  })
})

describe('serializeJsonLd', () => {
  it('cannot close its script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script')
    expect(JSON.parse(serializeJsonLd({ name: '</script>' }))).toEqual({ name: '</script>' })
  })
})

describe('affectedPaths (the fast path)', () => {
  const d = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString()
  const articles = Array.from({ length: 45 }, (_, i) => ({ id: 100 - i, slug: `bai-${100 - i}`, publishedAt: d(45 - i), field: 1, movements: [2], unit: 3, tags: ['Gương sáng'], exemplars: [] as number[] }))
  articles[10]!.exemplars = [7]
  const now: SiteNow = {
    articles, exemplars: [{ id: 7, slug: 'chi-hoa', kind: 'advanced', subjectType: 'individual', publishedAt: d(1) }], perPage: 20,
    fieldWithAncestors: (id) => (id === '1' ? ['1', '9'] : [id]), unitWithAncestors: (id) => [id],
    fieldSlug: (id) => ({ 1: 'y-te', 9: 'suc-khoe' })[id], movementSlug: () => 'dan-van-kheo', unitSlug: () => 'huyen-hoa-an',
  }
  it('renders an edited article, its neighbours, its lists and the profile it names', () => {
    const before = { slug: 'bai-90', publishedAt: articles[10]!.publishedAt, field: 1, movements: [2], unit: 3, tags: ['Gương sáng'], exemplars: [7] }
    const r = affectedPaths({ articles: { changed: [{ id: '90', before }], removed: [] } }, now)
    expect(r.fullBuildReason).toBeNull()
    for (const p of ['/', '/bai-viet/bai-90/', '/bai-viet/bai-91/', '/bai-viet/bai-89/', '/bai-viet/', '/linh-vuc/y-te/', '/linh-vuc/suc-khoe/',
      '/phong-trao/dan-van-kheo/', '/don-vi/huyen-hoa-an/', '/chu-de/guong-sang/', '/dien-hinh/chi-hoa/']) expect(r.render).toContain(p)
    expect(r.render.size).toBeLessThan(20)
    expect(r.remove.size).toBe(0)
  })
  it('removes the old URL when the slug changed, and an unpublished article\'s page', () => {
    const r = affectedPaths({ articles: { changed: [{ id: '90', before: { slug: 'ten-cu', publishedAt: d(20) } }], removed: [{ id: '5', before: { slug: 'bai-go', publishedAt: d(2) } }] } }, now)
    expect([...r.remove].sort()).toEqual(['/bai-viet/bai-go/', '/bai-viet/ten-cu/'])
    expect(r.render).toContain('/bai-viet/bai-90/')
  })
  it('renders the second list page when the article sits there', () => {
    const r = affectedPaths({ articles: { changed: [{ id: '70', before: null }], removed: [] } }, now)
    expect(r.render).toContain('/bai-viet/trang/2/')
  })
  it('declines when taxonomy or media changed', () => {
    expect(affectedPaths({ other: ['units'] }, now).fullBuildReason).toMatch(/units changed/)
  })
  it('renders an event\'s page and removes its old URL or the page of an unpublished one, without a full build', () => {
    const withEvents: SiteNow = { ...now, events: [{ id: 4, slug: 'hoi-nghi-moi' }] }
    const r = affectedPaths({ events: { changed: [{ id: '4', before: { slug: 'hoi-nghi-cu' } }], removed: [{ id: '6', before: { slug: 'toa-dam' } }] } }, withEvents)
    expect(r.fullBuildReason).toBeNull()
    expect([...r.render].sort()).toEqual(['/', '/su-kien/hoi-nghi-moi/'])
    expect([...r.remove].sort()).toEqual(['/su-kien/hoi-nghi-cu/', '/su-kien/toa-dam/'])
  })
  it('renders the events honouring an edited profile (their search keywords name it)', () => {
    const withEvents: SiteNow = { ...now, events: [{ id: 4, slug: 'hoi-nghi', exemplars: [7] }, { id: 5, slug: 'toa-dam', exemplars: [8] }] }
    const r = affectedPaths({ exemplars: { changed: [{ id: '7', before: { slug: 'chi-hoa', publishedAt: d(1) } }], removed: [] } }, withEvents)
    expect(r.render).toContain('/su-kien/hoi-nghi/')
    expect(r.render).not.toContain('/su-kien/toa-dam/')
  })
})

describe('rerankResults', () => {
  const hit = (title: string, summary = '') => ({ title, summary })
  const pagefindOrder = [
    hit('Hoàng Văn Hoan: cứu người đuối nước'), hit('Phạm Văn Hoài'), hit('Giữ gìn bản sắc văn hoá'),
    hit('Chuyện chị Hoà ở bản Mế'), hit('Tin vắn', 'Chị Hòa được khen thưởng'), hit('Hoa ban nở'),
  ]
  it.each([
    ['hoa', ['Giữ gìn bản sắc văn hoá', 'Chuyện chị Hoà ở bản Mế', 'Hoa ban nở', 'Tin vắn', 'Hoàng Văn Hoan: cứu người đuối nước', 'Phạm Văn Hoài']],
    ['hòa', ['Chuyện chị Hoà ở bản Mế', 'Giữ gìn bản sắc văn hoá', 'Hoa ban nở', 'Tin vắn', 'Hoàng Văn Hoan: cứu người đuối nước', 'Phạm Văn Hoài']],
    ['HOÀ', ['Chuyện chị Hoà ở bản Mế', 'Giữ gìn bản sắc văn hoá', 'Hoa ban nở', 'Tin vắn', 'Hoàng Văn Hoan: cứu người đuối nước', 'Phạm Văn Hoài']],
    ['', pagefindOrder.map((h) => h.title)],
  ])('"%s": whole-word title matches first, same marks first when typed with marks', (query, titles) => {
    expect(rerankResults(query, pagefindOrder).map((h) => h.title)).toEqual(titles)
  })

  it.each(['Nông Thị Huyền', 'nong thi huyen', 'Nông Thị Huyền'.normalize('NFD')])('puts the title that is the whole query ("%s") before longer titles with the same words', (query) => {
    const order = [hit('Nông Thị Huyền Trang'), hit('Chị Nông Thị Huyền ở Đắk Lắk'), hit('Nông Thị Huyền'), hit('Nông Thị Huyên')]
    expect(rerankResults(query, order).map((h) => h.title)[0]).toBe('Nông Thị Huyền')
  })
})

describe('toneKey', () => {
  it.each([
    ['hoà', 'hoaf'], ['hòa', 'hoaf'], ['HOÀ', 'hoaf'], ['hoá', 'hoas'], ['Hoàng', 'hoangf'], ['Đắk', 'ddawks'], ['Lắk', 'lawks'],
    ['điển', 'ddieenr'], ['người', 'nguwowif'], ['hoa', ''], ['Hà', 'haf'], ['Nẵng', 'nawngx'], ['thuỷ', 'thuyr'], ['thủy', 'thuyr'],
  ])('%s -> %s', (word, key) => expect(toneKey(word)).toBe(key))
  it('keys each marked word of a title once', () => expect(toneKeys('Chị Hoà, chị Hòa và hoa')).toBe('chij hoaf vaf'))
})

describe('recentSearchChanges (search that follows the fast path)', () => {
  const pageIds = { '/bai-viet/cu/': 'vi_1', '/bai-viet/sua/': 'vi_2', '/dien-hinh/a/': 'vi_3' }
  const sourceUrls = new Set(['/bai-viet/sua/', '/bai-viet/moi/', '/dien-hinh/a/', '/bai-viet/truoc/'])

  it('indexes the changed and new pages again, and sets aside the full index copies of changed and removed ones', () => {
    const r = recentSearchChanges({ previous: [], rendered: ['/', '/bai-viet/', '/bai-viet/sua/', '/bai-viet/moi/'], removed: ['/bai-viet/cu/'], sourceUrls, pageIds })
    expect(r.touched).toEqual(['/bai-viet/cu/', '/bai-viet/moi/', '/bai-viet/sua/']) // list pages and the home page are not search pages
    expect(r.stale).toEqual(['vi_1', 'vi_2'])
    expect(r.recentUrls).toEqual(['/bai-viet/moi/', '/bai-viet/sua/'])
  })

  it('keeps what earlier fast builds changed until the next full build, and drops a page unpublished since', () => {
    const r = recentSearchChanges({ previous: ['/bai-viet/truoc/', '/bai-viet/go/'], rendered: ['/dien-hinh/a/'], removed: [], sourceUrls, pageIds })
    expect(r.touched).toEqual(['/bai-viet/go/', '/bai-viet/truoc/', '/dien-hinh/a/'])
    expect(r.stale).toEqual(['vi_3'])
    expect(r.recentUrls).toEqual(['/bai-viet/truoc/', '/dien-hinh/a/'])
  })
})
