import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { isPublished, urls } from '@thidua/content-models'
import { CANARY_STRINGS } from './helpers/canaries.ts'
import { builtFiles, fileText, pagePath, readPage, resolvesIn } from './helpers/readSite.ts'

/**
 * The portal built once from the recorded fixture (test/globalSetup.ts), read as files (issue #4,
 * tests): every published page exists, nothing private leaks, every internal link resolves, every
 * page is well formed for readers and search engines, and no page but search ships a script.
 */
const dist = inject('fixtureSiteDir')
const siteUrl = inject('fixtureSiteUrl')
const FIXTURE = path.join(import.meta.dirname, 'fixtures/cms')
const files = builtFiles(dist)
const fileSet = new Set(files)
const htmlPages = files.filter((f) => f.endsWith('.html'))
const pages = htmlPages.map((rel) => readPage(dist, rel))
const fixtureDocs = (collection: string) =>
  (JSON.parse(readFileSync(path.join(FIXTURE, `${collection}-page-1.json`), 'utf8')) as { docs: { slug: string; _status?: string; title?: string; name?: string }[] }).docs

describe('every published article and profile has its page', () => {
  it.each([
    ['articles', urls.article],
    ['exemplars', urls.exemplar],
  ] as const)('%s', (collection, url) => {
    const docs = fixtureDocs(collection).filter(isPublished)
    expect(docs.length).toBeGreaterThan(30)
    for (const doc of docs) {
      const rel = `${url(doc.slug).slice(1)}index.html`
      expect(fileSet.has(rel), rel).toBe(true)
      expect(readPage(dist, rel).text(readPage(dist, rel).one('h1'))).toBe(doc.title ?? doc.name)
    }
  })

  it('has the list, index and section pages', () => {
    for (const p of ['/', urls.articles(), urls.articles(2), urls.exemplars(), urls.movements(), urls.units(), urls.fieldsOfWork(), urls.about(), urls.search(),
      urls.kind('advanced'), urls.kind('new-model'), urls.kind('new-factor'), urls.subjectType('individual'), urls.subjectType('collective'), urls.subjectType('household')]) {
      expect(resolvesIn(fileSet, p), p).toBe(true)
    }
    expect(fileSet.has('404.html')).toBe(true)
    expect(files.some((f) => /^don-vi\/huyen-hoa-an\/index\.html$/.test(f))).toBe(true)
    expect(files.some((f) => /^chu-de\/[a-z0-9-]+\/index\.html$/.test(f))).toBe(true)
  })
})

describe('nothing unpublished or private reaches dist/', () => {
  it('the recorded fixture itself holds no canary (what anonymous callers got)', () => {
    for (const f of builtFiles(FIXTURE).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(path.join(FIXTURE, f), 'utf8')
      for (const canary of CANARY_STRINGS) expect(text.includes(canary), `${canary} in fixture ${f}`).toBe(false)
    }
  })

  it('no file of the build contains a canary string (drafts, newer drafts, contact data, internal notes)', () => {
    expect(files.length).toBeGreaterThan(150)
    for (const f of files.filter((f) => !/\.(avif|webp|jpg|png|woff2?|mp3)$/.test(f))) {
      const text = fileText(dist, f)
      for (const canary of CANARY_STRINGS) expect(text.includes(canary), `${canary} in ${f}`).toBe(false)
    }
  })

  it('the profile with private contact data is published without it', () => {
    const page = readPage(dist, 'dien-hinh/nguyen-thi-kiem-thu/index.html')
    expect(page.text(page.one('h1'))).toBe('Nguyễn Thị Kiểm Thử')
  })
})

describe('every internal link resolves (a link checker over dist/)', () => {
  it('a[href], link[href], img/source src and srcset, meta og:image', () => {
    const broken: string[] = []
    const check = (rel: string, raw: string | undefined) => {
      if (!raw) return
      const url = new URL(raw, `${siteUrl}${pagePath(rel)}`)
      if (url.origin !== new URL(siteUrl).origin) return
      if (!resolvesIn(fileSet, url.pathname)) broken.push(`${pagePath(rel)} -> ${url.pathname}`)
    }
    for (const p of pages) {
      for (const a of p.all('a[href]')) check(p.rel, p.attr(a, 'href'))
      for (const l of p.all('link[href]')) check(p.rel, p.attr(l, 'href'))
      for (const i of p.all('img[src], audio[src], source[src]')) check(p.rel, p.attr(i, 'src'))
      for (const s of p.all('[srcset]')) for (const part of p.attr(s, 'srcset')!.split(',')) check(p.rel, part.trim().split(/\s+/)[0])
      check(p.rel, p.attr(p.one('meta[property="og:image"]'), 'content'))
    }
    expect(broken).toEqual([])
  })

  it('loads nothing from another origin (no tracking, no third-party requests)', () => {
    const foreign: string[] = []
    for (const p of pages) {
      for (const el of p.all('img, source, script[src], link[rel="stylesheet"], link[rel="icon"], audio, video, iframe')) {
        for (const a of ['src', 'href', 'srcset']) {
          const v = p.attr(el, a)
          if (v && /^(https?:)?\/\//.test(v) && !v.startsWith(siteUrl)) foreign.push(`${p.rel}: ${v}`)
        }
      }
    }
    expect(foreign).toEqual([])
    for (const css of files.filter((f) => f.endsWith('.css'))) expect(fileText(dist, css)).not.toMatch(/url\((['"]?)(https?:)?\/\//)
  })
})

describe('every page is well formed', () => {
  it.each(htmlPages)('%s: lang="vi", one h1, a title, a description, a canonical URL (not on 404)', (rel) => {
    const p = readPage(dist, rel)
    expect(p.attr(p.one('html'), 'lang')).toBe('vi')
    expect(p.all('h1')).toHaveLength(1)
    expect(p.text(p.one('h1')).length).toBeGreaterThan(0)
    expect(p.text(p.one('title')).length).toBeGreaterThan(5)
    expect((p.attr(p.one('meta[name="description"]'), 'content') ?? '').length).toBeGreaterThan(20)
    if (rel === '404.html') expect(p.one('link[rel="canonical"]')).toBeNull()
    else expect(p.attr(p.one('link[rel="canonical"]'), 'href')).toMatch(new RegExp(`^${siteUrl}/`))
    expect(p.one('a.skip-link[href="#noi-dung"]')).not.toBeNull()
    expect(p.one('main#noi-dung')).not.toBeNull()
    expect(p.attr(p.one('link[rel="icon"]'), 'href')).toBe('/favicon.svg')
    // No skipped heading levels (Lighthouse, screen readers).
    let previous = 1
    for (const h of p.all('h1, h2, h3, h4, h5, h6')) {
      const level = Number(h.name.slice(1))
      expect(level - previous, `${rel}: ${h.name} after h${previous}`).toBeLessThanOrEqual(1)
      previous = level
    }
  })

  it('no two pages share a title, unless the CMS gave two documents the same one', () => {
    const docTitles = [...fixtureDocs('articles').map((a) => a.title), ...fixtureDocs('exemplars').map((e) => e.name)]
    const shared = new Set(docTitles.filter((t, i) => docTitles.indexOf(t) !== i))
    const seen = new Map<string, string>()
    for (const p of pages.filter((p) => p.rel !== '404.html' && !shared.has(p.text(p.one('h1'))))) {
      const key = p.text(p.one('title'))
      expect(seen.get(key), `${p.rel} and ${seen.get(key)} share "${key}"`).toBeUndefined()
      seen.set(key, p.rel)
    }
  })

  it('ships scripts only for search and the share sheet (JSON-LD is data, not a script), never inline: the CSP allows only files', () => {
    const scripts = (p: (typeof pages)[number]) => p.all('script').filter((s) => p.attr(s, 'type') !== 'application/ld+json')
    for (const p of pages) for (const s of scripts(p)) expect(p.attr(s, 'src'), `${p.rel}: an inline script`).toMatch(/^\/_astro\/[\w.-]+\.js$/)
    const withScripts = pages.filter((p) => scripts(p).length > 0)
    const search = readPage(dist, 'tim-kiem/index.html')
    expect(scripts(search).length).toBeGreaterThan(0)
    // Every other page with a script is a page with the share bar (Web Share API: Zalo on phones).
    for (const p of withScripts.filter((p) => p.rel !== 'tim-kiem/index.html')) expect(p.all('.share-native').length, p.rel).toBe(1)
  })
})

describe('SEO and sharing', () => {
  const article = fixtureDocs('articles').find((a) => a.slug.startsWith('dang-thi-hoa'))!
  const page = readPage(dist, `bai-viet/${article.slug}/index.html`)

  it('an article has Open Graph and Twitter cards with its photo, and NewsArticle JSON-LD', () => {
    expect(page.attr(page.one('meta[property="og:type"]'), 'content')).toBe('article')
    expect(page.attr(page.one('meta[property="og:image"]'), 'content')).toMatch(new RegExp(`^${siteUrl}/_img/\\d+-[0-9a-f]+-1200\\.jpg$`))
    expect(page.attr(page.one('meta[name="twitter:card"]'), 'content')).toBe('summary_large_image')
    const ld = page.all('script[type="application/ld+json"]').map((s) => JSON.parse(page.text(s)) as Record<string, unknown>)
    const news = ld.find((x) => x['@type'] === 'NewsArticle')!
    expect(news.headline).toBe(article.title)
    expect(news.url).toBe(`${siteUrl}${urls.article(article.slug)}`)
    expect(ld.some((x) => x['@type'] === 'BreadcrumbList')).toBe(true)
  })

  it('every page names who manages the portal in an <address> footer (Nghị định 42/2022)', () => {
    for (const p of pages.filter((p) => p.rel !== '404.html').slice(0, 50)) expect(p.text(p.one('footer address')), p.rel).toContain('Hội đồng Thi đua - Khen thưởng')
  })

  it('the home page leads with a featured story and shares its photo as og:image (issue #13, point 3)', () => {
    const home = readPage(dist, 'index.html')
    expect(home.attr(home.one('meta[property="og:image"]'), 'content')).toMatch(new RegExp(`^${siteUrl}/_img/\\d+-[0-9a-f]+-1200\\.jpg$`))
    expect(home.all('.lead-story article').length).toBe(1)
    // The lead and six more: a grid that fills two or three columns evenly.
    expect(home.all('section[aria-labelledby="tin-moi"] ul.cards > li').length).toBe(6)
  })

  it('a profile has Person or Organization JSON-LD without private data', () => {
    const p = readPage(dist, 'dien-hinh/dang-thi-hoa/index.html')
    const person = p.all('script[type="application/ld+json"]').map((s) => JSON.parse(p.text(s)) as Record<string, unknown>).find((x) => x['@type'] === 'Person')!
    expect(person.name).toBe('Đặng Thị Hoà')
    expect(Object.keys(person)).not.toContain('telephone')
    expect(Object.keys(person)).not.toContain('email')
  })

  it('pages link their section feeds and the portal feed', () => {
    const movement = files.find((f) => /^phong-trao\/[^/]+\/index\.html$/.test(f))!
    const p = readPage(dist, movement)
    const feeds = p.all('link[rel="alternate"]').map((l) => p.attr(l, 'href'))
    expect(feeds).toContain('/rss.xml')
    expect(feeds).toContain(`/${movement.replace('index.html', 'rss.xml')}`)
  })

  it('has a sitemap listing the articles and a robots.txt pointing to it', () => {
    const sitemap = files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => fileText(dist, f)).join('')
    expect(sitemap).toContain(`${siteUrl}${urls.article(article.slug)}`)
    expect(sitemap).not.toContain('/tim-kiem/')
    expect(fileText(dist, 'robots.txt')).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`)
  })

  it('images have width, height and alt; only the first images load eagerly', () => {
    for (const p of pages) {
      const imgs = p.all('img')
      for (const img of imgs) {
        expect(p.attr(img, 'width'), p.rel).toMatch(/^\d+$/)
        expect(p.attr(img, 'height'), p.rel).toMatch(/^\d+$/)
        expect(p.attr(img, 'alt'), p.rel).toBeTruthy()
      }
      expect(imgs.filter((i) => p.attr(i, 'loading') === 'eager').length, p.rel).toBeLessThanOrEqual(2)
    }
    const hero = page.one('.hero picture')!
    expect(page.attr(page.one('.hero source[type="image/avif"]'), 'srcset')).toMatch(/-400\.avif 400w, .*-1600\.avif 1600w$/)
    expect(hero).not.toBeNull()
  })
})
