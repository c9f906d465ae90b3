import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RECENT_SEARCH_MANIFEST, SEARCH_PAGE_IDS, SEARCH_PARTS, searchPageKey, searchPartName, type RecentSearchChanges } from '@thidua/content-models'
import { generateFixture } from '../../site/test/helpers/generateFixture.ts'
import { serveStatic } from '../../site/test/helpers/staticServer.ts'
import { searchPortal } from './helpers/portalSearch.ts'
import { SITE_DIR, runSiteBuild } from './helpers/siteBuild.ts'

/**
 * A big site's search index is written in parts, one Pagefind run each, because Pagefind holds a
 * whole index in memory (issue #14, point 6: 18 GB and killed at 120,000 pages). The same portal
 * is built twice from one fixture, once with one index and once in parts of 50 pages; a reader must
 * not be able to tell them apart, and the fast path's small index must still replace a page's old
 * copy when that copy is in a later part.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const work = mkdtempSync(path.join(tmpdir(), 'thidua-search-parts-'))
const fixture = path.join(work, 'fixture')
const PART_PAGES = '50'
const OLD_TITLE = 'Cô giáo Sần Thị Mỷ giữ lớp ở điểm trường Phìn Hồ'
const NEW_TITLE = 'Cô giáo Sần Thị Mỷ đưa tủ sách lên Khau Vai'
const PROFILE_NAME = 'Lò Văn Pủa'
let retitle = false
let unpublishProfile = false
let browser: Browser
let whole: { out: string; server: Awaited<ReturnType<typeof serveStatic>> }
let parted: { out: string; server: Awaited<ReturnType<typeof serveStatic>> }
let lastSlug = ''
let retitled = ''

const generate = () => generateFixture({
  dir: fixture, articles: 160, exemplars: 30, images: 1,
  tweak: (all) => {
    const last = all.articles![0]!
    last.title = retitle ? NEW_TITLE : OLD_TITLE
    lastSlug = String(last.slug)
    // A profile whose name no article's text holds: articles find it only through the profile they name.
    const profile = all.exemplars![5]!
    profile.name = PROFILE_NAME
    profile.slug = 'lo-van-pua'
    all.articles![10]!.exemplars = [profile.id]
    if (unpublishProfile) all.exemplars = all.exemplars!.filter((e) => e !== profile)
  },
})

async function build(name: string, options: { parts?: boolean; fast?: boolean; base?: string } = {}): Promise<string> {
  const out = path.join(work, `${name}-release`)
  await runSiteBuild({
    name, fixtureDir: fixture, out, cacheDir: path.join(work, options.parts ? 'cache-parted' : `cache-${name}`), buildDir: path.join(SITE_DIR, `.cache/e2e-${name}-build`),
    args: [...(options.fast ? ['--fast'] : []), ...(options.base ? ['--base', options.base] : [])],
    env: options.parts ? { SITE_SEARCH_SHARD_PAGES: PART_PAGES } : {},
  })
  return out
}

const serve = async (out: string) => ({ out, server: await serveStatic(out) })
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T

/**
 * The part of the release's full index holding the page at `url` ("" for the first, "part-2/" and
 * on for the others), found by its fragment file, and the key page-ids.json gives it.
 */
function partOf(release: string, url: string): { dir: string; key: string } | null {
  const key = readJson<Record<string, string>>(path.join(release, 'pagefind', SEARCH_PAGE_IDS))[url]
  if (!key) return null
  const id = key.slice(key.indexOf(':') + 1)
  for (const dir of ['', ...readJson<string[]>(path.join(release, 'pagefind', SEARCH_PARTS))]) {
    if (existsSync(path.join(release, 'pagefind', dir, 'fragment', `${id}.pf_fragment`))) return { dir, key }
  }
  return null
}

beforeAll(async () => {
  await generate()
  whole = await serve(await build('search-whole'))
  parted = await serve(await build('search-parted', { parts: true }))
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await whole?.server.close()
  await parted?.server.close()
  rmSync(work, { recursive: true, force: true })
})

describe.skipIf(!existsSync(CHROMIUM))('a search index written in parts', () => {
  it('holds every page once, across parts of at most the size asked for', () => {
    const parts = readJson<string[]>(path.join(parted.out, 'pagefind', SEARCH_PARTS))
    expect(parts.length).toBeGreaterThanOrEqual(3)
    expect(readJson<string[]>(path.join(whole.out, 'pagefind', SEARCH_PARTS))).toEqual([])
    const ids = readJson<Record<string, string>>(path.join(parted.out, 'pagefind', SEARCH_PAGE_IDS))
    expect(Object.keys(ids).sort()).toEqual(Object.keys(readJson<Record<string, string>>(path.join(whole.out, 'pagefind', SEARCH_PAGE_IDS))).sort())
    const sizes = ['', ...parts].map((part) => readdirSync(path.join(parted.out, 'pagefind', part, 'fragment')).length)
    expect(sizes.every((n) => n > 0 && n <= Number(PART_PAGES))).toBe(true)
    // Of equal size (Pagefind ranks a word by how rare it is in its own part).
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    expect(sizes.reduce((a, b) => a + b)).toBe(Object.keys(ids).length)
  })

  it.each(['hoa', 'dien hinh tien tien', 'Đắk Lắk', '"Sần Thị Mỷ"', 'thuy', 'Nguyễn Văn'])('finds the same pages for "%s" as one index does', async (query) => {
    const [one, many] = await Promise.all([searchPortal(browser, whole.server.url, query), searchPortal(browser, parted.server.url, query)])
    expect(many.total).toBe(one.total)
    if (one.total <= 20) expect(many.results.map((r) => r.url).sort()).toEqual(one.results.map((r) => r.url).sort())
  })

  it('counts every part in a filter', async () => {
    const filters = { type: 'Điển hình' }
    const [one, many] = await Promise.all([searchPortal(browser, whole.server.url, 'hoa', filters), searchPortal(browser, parted.server.url, 'hoa', filters)])
    expect(one.total).toBeGreaterThan(0)
    expect(many.total).toBe(one.total)
  })

  it('lets the fast path replace a page whose old copy is in a later part', async () => {
    const url = `/bai-viet/${lastSlug}/`
    const old = partOf(parted.out, url)
    expect(old?.dir).toMatch(/^part-\d+\/$/)
    // Pagefind's ids are unique within one part only: the page is set aside by part and id.
    expect(old?.key).toBe(searchPageKey(searchPartName(old!.dir), old!.key.split(':')[1]!))
    expect((await searchPortal(browser, parted.server.url, 'phin ho')).results.map((r) => r.url)).toContain(url)
    retitle = true
    await generate()
    const fast = await serve(retitled = await build('search-parted-fast', { parts: true, fast: true, base: parted.out }))
    try {
      expect(readJson<RecentSearchChanges>(path.join(fast.out, 'pagefind-recent', RECENT_SEARCH_MANIFEST)).stale).toContain(old!.key)
      const found = await searchPortal(browser, fast.server.url, 'khau vai')
      expect(found.results[0]?.url).toBe(url)
      expect(found.results[0]?.title).toBe(NEW_TITLE)
      // Only one page has these words: the parts without them must not answer with pages of shorter words ("phí", "kha").
      for (const query of ['phin', 'Phìn Hồ']) expect((await searchPortal(browser, fast.server.url, query)).total, query).toBe(0)
      expect(found.total).toBe(1)
      expect((await searchPortal(browser, fast.server.url, '"Sần Thị Mỷ"')).results.map((r) => r.url)).toEqual([url])
    } finally {
      await fast.server.close()
    }
  }, 300_000)

  it('starts a search over when a new release went live while the search page loaded', async () => {
    // The page read the manifest of the release before (the full build's: no recent index), then
    // the fast release went live: its index alone does not hold the new title.
    const before = readFileSync(path.join(parted.out, 'pagefind-recent', RECENT_SEARCH_MANIFEST), 'utf8')
    const now = readJson<RecentSearchChanges>(path.join(retitled, 'pagefind-recent', RECENT_SEARCH_MANIFEST))
    expect(now.version).toMatch(/^[0-9a-f]{16}$/)
    expect(now.version).not.toBe((JSON.parse(before) as RecentSearchChanges).version)
    const fast = await serve(retitled)
    let reads = 0
    try {
      const found = await searchPortal(browser, fast.server.url, 'khau vai', {}, (page) =>
        page.route('**/pagefind-recent/changes.json', (route) => (reads++ === 0 ? route.fulfill({ body: before, contentType: 'application/json' }) : route.continue())))
      expect(found.results.map((r) => r.url)).toEqual([`/bai-viet/${lastSlug}/`])
      expect(reads).toBeGreaterThanOrEqual(2)
    } finally {
      await fast.server.close()
    }
  })

  it('forgets an unpublished profile in the pages that named it', async () => {
    const before = await searchPortal(browser, parted.server.url, PROFILE_NAME)
    expect(before.results.map((r) => r.url)).toContain('/dien-hinh/lo-van-pua/')
    expect(before.results.filter((r) => r.url.startsWith('/bai-viet/')).length).toBeGreaterThan(0)
    unpublishProfile = true
    await generate()
    // The articles are rendered again because what they show changed (their dependencies), not
    // because the change names them: their entries in the index must follow all the same.
    const fast = await serve(await build('search-parted-unpublished', { parts: true, fast: true, base: retitled }))
    try {
      expect(existsSync(path.join(fast.out, 'dien-hinh', 'lo-van-pua', 'index.html'))).toBe(false)
      expect(await searchPortal(browser, fast.server.url, PROFILE_NAME)).toEqual({ total: 0, results: [] })
    } finally {
      await fast.server.close()
    }
  }, 300_000)
})
