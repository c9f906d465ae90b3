import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { isPrivacyMarker } from '@thidua/content-models'
import type { Canaries } from '../src/client/protocol.ts'
import { VerificationError } from '../src/errors.ts'
import { canaryDigest } from '../src/verify/canaryDigest.ts'
import { CanaryScanner, needleOf } from '../src/verify/canaryScanner.ts'
import { verifyRelease } from '../src/verify/verifyRelease.ts'
import { walkRelease, walkReleaseTree } from '../src/verify/walkRelease.ts'
import { tempDir, writeTree } from './helpers/releaseDirs.ts'

const RSS = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bài viết</title><item><link>http://x/bai-viet/a/</link></item></channel></rss>'
const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Bài viết', items: [] })
const GOOD: Record<string, string> = {
  '/index.html': '<a href="/bai-viet/a/">A</a>',
  '/404.html': '<h1>404</h1>',
  '/bai-viet/a/index.html': '<h1>A</h1>',
  '/bai-viet/b/index.html': '<h1>B</h1>',
  '/rss.xml': RSS,
  '/feed.json': JSON_FEED,
  '/sitemap-0.xml': '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://x/</loc></url></urlset>',
  '/_astro/app.js': 'const internalNotes = 1',
}
const CANARIES: Canaries = {
  draftPaths: ['/bai-viet/ban-nhap/', '/dien-hinh/chua-dong-y/'],
  privateValues: ['0912 345 678', 'nguyen.van.a@example.vn', 'Cần xác minh lại số liệu "năm 2024" trước khi đăng', 'ok', 'tdkt-private-5b0e2c1a-9d7f-4a51-8f3e-2c6d1b7a9e40'],
}

// Every directory a test made, removed after it (a test may verify more than one release).
const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

async function verify(files: Record<string, string | null>, options: { live?: Record<string, string>; acceptPageDrop?: boolean } = {}) {
  const temp = tempDir('thidua-verify-')
  cleanups.push(temp.cleanup)
  const dir = path.join(temp.dir, 'build')
  writeTree(dir, Object.fromEntries(Object.entries({ ...GOOD, ...files }).filter((e): e is [string, string] => e[1] !== null)))
  let liveDir: string | null = null
  if (options.live) {
    liveDir = path.join(temp.dir, 'live')
    writeTree(liveDir, options.live)
  }
  return verifyRelease({ dir, liveDir, canaries: CANARIES, maxPageDrop: 0.5, acceptPageDrop: options.acceptPageDrop ?? false })
}

const manyPages = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`/p/${i}/index.html`, 'x']))

describe('verifyRelease', () => {
  it('passes a complete build and counts its pages and feeds', async () => {
    expect(await verify({})).toEqual({ pages: 4, feeds: 3, filesScanned: 7, filesReused: 0 })
  })

  describe.each([
    ['a build without a home page', { '/index.html': null }, 'empty-release'],
    ['a page of an unpublished article', { '/bai-viet/ban-nhap/index.html': '<h1>Nháp</h1>' }, 'draft-content'],
    ['a link to an unpublished exemplar in a page', { '/bai-viet/b/index.html': '<a href="/dien-hinh/chua-dong-y/">x</a>' }, 'draft-content'],
    ['an unpublished article in the feed', { '/rss.xml': RSS.replace('/bai-viet/a/', '/bai-viet/ban-nhap/') }, 'draft-content'],
    ['a contact phone number in a page', { '/bai-viet/a/index.html': '<p>Liên hệ 0912 345 678</p>' }, 'private-content'],
    ['a contact email in the JSON feed', { '/feed.json': JSON_FEED.replace('[]', '[{"id":"nguyen.van.a@example.vn"}]') }, 'private-content'],
    ['an internal note shown HTML-escaped', { '/bai-viet/a/index.html': '<p>Cần xác minh lại số liệu &quot;năm 2024&quot; trước khi đăng</p>' }, 'private-content'],
    ["a document's private marker in serialised props", { '/index.html': '<astro-island props="{&quot;privacyMarker&quot;:[0,&quot;tdkt-private-5b0e2c1a-9d7f-4a51-8f3e-2c6d1b7a9e40&quot;]}"></astro-island>' }, 'private-content'],
    ['an RSS feed that is not well-formed', { '/rss.xml': '<rss><channel><item></channel></rss>' }, 'malformed-feed'],
    ['a JSON feed without a version', { '/feed.json': '{"items":[]}' }, 'malformed-feed'],
    ['an OPML list that is not XML', { '/nguon-tin.opml': '<opml><body>' }, 'malformed-feed'],
    ['an image on the CMS in a page', { '/bai-viet/a/index.html': '<img src="http://127.0.0.1:3000/api/media/file/anh-1440x900.jpg" alt="">' }, 'cms-address'],
    ['an image on the CMS in a feed', { '/feed.json': JSON_FEED.replace('[]', '[{"id":"a","content_html":"<img src=\\"https://cms.example/api/media/file/a.jpg\\">"}]') }, 'cms-address'],
  ] as const)('rejects %s', (_what, files, code) => {
    it(`with code ${code}`, async () => {
      const error = await verify(files).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(VerificationError)
      expect((error as VerificationError).code).toBe(code)
    })
  })

  it('names the CMS address it found, from its start, and finds one however far into a long page', async () => {
    const filler = 'chữ '.repeat(50_000)
    const error = await verify({ '/bai-viet/a/index.html': `<p>${filler}</p><img src="https://cms.example/api/audio/file/ban-tin.mp3">` }).catch((e: unknown) => e)
    expect((error as VerificationError).code).toBe('cms-address')
    expect((error as VerificationError).message).toContain('/bai-viet/a/index.html points at the CMS (https://cms.example/api/audio/file/ban-tin.mp3)')
    await expect(verify({ '/bai-viet/a/index.html': '<p>Xem mục /api/media/file/ trong tài liệu</p>' })).resolves.toBeTruthy()
  })

  it('rejects a build that lost more than half the live pages, unless the drop is accepted', async () => {
    const live = { ...manyPages(20), '/index.html': 'x' }
    await expect(verify({}, { live })).rejects.toMatchObject({ code: 'page-count-drop' })
    await expect(verify({}, { live, acceptPageDrop: true })).resolves.toMatchObject({ pages: 4 })
  })

  it('accepts a build that lost a few pages', async () => {
    const live = { ...manyPages(3), '/index.html': 'x', '/rss.xml': RSS }
    await expect(verify({}, { live })).resolves.toMatchObject({ pages: 4 })
  })

  it('rejects a build that dropped a feed the live release has', async () => {
    await expect(verify({ '/rss.xml': null }, { live: { '/index.html': 'x', '/rss.xml': RSS } })).rejects.toMatchObject({ code: 'malformed-feed' })
  })

  it('lets a page through that names a private field in its text: an author cannot jam releases (issue #9)', async () => {
    await expect(verify({ '/bai-viet/a/index.html': '<h1>A</h1><img alt="internalNotes consentToPublish dateOfBirth">' })).resolves.toBeTruthy()
  })

  it('does not scan hashed bundles, where field names are code', async () => {
    await expect(verify({ '/_astro/island.js': 'props.internalNotes' })).resolves.toBeTruthy()
  })
})

describe('walkRelease', () => {
  it('lists every file under the release by URL path, in order, without following symlinks', async () => {
    const temp = tempDir('thidua-walk-')
    cleanups.push(temp.cleanup)
    const dir = path.join(temp.dir, 'release')
    writeTree(dir, { '/index.html': 'a', '/bai-viet/b/index.html': 'b', '/bai-viet/a/index.html': 'a', '/_astro/x.css': 'c', '/rss.xml': RSS })
    writeTree(path.join(temp.dir, 'outside'), { '/secret.html': 'ngoài bản phát hành' })
    fs.symlinkSync(path.join(temp.dir, 'outside'), path.join(dir, 'lien-ket'))
    fs.symlinkSync(path.join(temp.dir, 'outside/secret.html'), path.join(dir, 'secret.html'))
    const files = await walkRelease(dir)
    expect(files.map((file) => file.urlPath)).toEqual(['/_astro/x.css', '/bai-viet/a/index.html', '/bai-viet/b/index.html', '/index.html', '/rss.xml'])
    expect(files.find((file) => file.urlPath === '/bai-viet/a/index.html')?.absolutePath).toBe(path.join(dir, 'bai-viet/a/index.html'))
    expect((await walkReleaseTree(dir)).others.map((entry) => entry.urlPath)).toEqual(['/lien-ket', '/secret.html'])
  })

  it('refuses a build with a symlink, which a web server would serve unscanned, inside the release or out of it', async () => {
    for (const [name, target] of [['/_astro/lien-ket.js', '../index.html'], ['/pagefind/ngoai', '/etc']] as const) {
      const temp = tempDir('thidua-walk-')
      cleanups.push(temp.cleanup)
      const dir = path.join(temp.dir, 'release')
      writeTree(dir, GOOD)
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      fs.symlinkSync(target, path.join(dir, name))
      const error = await verifyRelease({ dir, liveDir: null, canaries: CANARIES, maxPageDrop: 0.5, acceptPageDrop: false }).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'unexpected-file', problems: [`${name} is not a regular file`] })
      temp.cleanup()
    }
  })

  it('names the places of a leak in URL order, whichever file was read first', async () => {
    const marker = 'tdkt-private-5b0e2c1a-9d7f-4a51-8f3e-2c6d1b7a9e40'
    const big = `<p>${'Nội dung dài. '.repeat(400_000)}</p><p>${marker}</p>`
    const error = (await verify({
      '/a/index.html': big,
      ...Object.fromEntries(['b', 'c', 'd', 'e'].map((letter) => [`/${letter}/index.html`, `<p>${marker}</p>`])),
    }).catch((e: unknown) => e)) as VerificationError
    expect(error.code).toBe('private-content')
    expect(error.problems.map((problem) => problem.split(' ')[0])).toEqual(['/a/index.html', '/b/index.html', '/c/index.html', '/d/index.html', '/e/index.html'])
  })

  it('lets other work run while it reads a large release (the portal may share the process)', async () => {
    const temp = tempDir('thidua-walk-')
    cleanups.push(temp.cleanup)
    const dir = path.join(temp.dir, 'release')
    writeTree(dir, manyPages(2000))
    let turns = 0
    const timer = setInterval(() => turns++, 0)
    const files = await walkRelease(dir)
    clearInterval(timer)
    expect(files).toHaveLength(2000)
    expect(turns).toBeGreaterThan(0)
  })

  it('says the release is missing (ENOENT), which the verifier reports as an empty release', async () => {
    await expect(walkRelease('/nonexistent/thidua-release')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(verifyRelease({ dir: '/nonexistent/thidua-release', liveDir: null, canaries: CANARIES, maxPageDrop: 0.5, acceptPageDrop: false })).rejects.toMatchObject({ code: 'empty-release' })
    // Canaries the CMS failed to give are then not an unhandled rejection (Vitest fails on one).
    const failed = Promise.reject(new Error('CMS down'))
    await expect(verifyRelease({ dir: '/nonexistent/thidua-release', liveDir: null, canaries: failed, maxPageDrop: 0.5, acceptPageDrop: false })).rejects.toMatchObject({ code: 'empty-release' })
  })

  it('takes the canaries as a promise, fetched while it walks the release, and checks with them', async () => {
    let give: (c: typeof CANARIES) => void = () => {}
    const later = new Promise<typeof CANARIES>((resolve) => (give = resolve))
    const temp = tempDir('thidua-verify-later-')
    cleanups.push(temp.cleanup)
    const dir = path.join(temp.dir, 'build')
    writeTree(dir, { ...GOOD, '/bai-viet/ban-nhap/index.html': '<h1>Nháp</h1>' })
    const verifying = verifyRelease({ dir, liveDir: null, canaries: later, maxPageDrop: 0.5, acceptPageDrop: false })
    setTimeout(() => give(CANARIES), 20)
    await expect(verifying).rejects.toMatchObject({ code: 'draft-content' })
    await expect(verifyRelease({ dir, liveDir: null, canaries: Promise.reject(new Error('CMS down')), maxPageDrop: 0.5, acceptPageDrop: false })).rejects.toThrow('CMS down')
  })
})

describe('verifyRelease after a fast build (pages hard-linked from the live release)', () => {
  /** A live release and a build that hard-links all its files but the home page, as the site's fast path does. */
  function fastBuild(live: Record<string, string>) {
    const temp = tempDir('thidua-verify-fast-')
    cleanups.push(temp.cleanup)
    const liveDir = path.join(temp.dir, 'live')
    const dir = path.join(temp.dir, 'build')
    writeTree(liveDir, live)
    for (const urlPath of Object.keys(live)) {
      fs.mkdirSync(path.dirname(path.join(dir, urlPath)), { recursive: true })
      if (urlPath !== '/index.html') fs.linkSync(path.join(liveDir, urlPath), path.join(dir, urlPath))
    }
    writeTree(dir, { '/index.html': '<h1>Trang chủ mới</h1>' })
    return { dir, liveDir }
  }
  const LIVE = { ...GOOD, '/linh-vuc/y-te/index.html': '<a href="/bai-viet/se-go/">Bài sẽ gỡ</a>', '/bai-viet/se-go/index.html': '<h1>x</h1>' }

  it('does not read the linked pages again when nothing became private or unpublished', async () => {
    const { dir, liveDir } = fastBuild(LIVE)
    const report = await verifyRelease({ dir, liveDir, canaries: CANARIES, liveCanaryDigest: canaryDigest(CANARIES), maxPageDrop: 0.5, acceptPageDrop: false })
    expect(report).toMatchObject({ filesScanned: 1, filesReused: 8 })
  })

  it("does not read them again for a new story's private marker, but finds it in the files that changed", async () => {
    const { dir, liveDir } = fastBuild(LIVE)
    const marker = 'tdkt-private-0b7c4a52-4a3e-4d36-9a1e-2f4a5c6d7e8f'
    writeTree(dir, { '/index.html': `<h1>Trang chủ mới</h1><p>${marker}</p>` })
    const now = { ...CANARIES, privateValues: [...CANARIES.privateValues, marker] }
    const error = await verifyRelease({ dir, liveDir, canaries: now, liveCanaryDigest: canaryDigest(CANARIES), maxPageDrop: 0.5, acceptPageDrop: false }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'private-content' })
    writeTree(dir, { '/index.html': '<h1>Trang chủ mới</h1>' })
    const report = await verifyRelease({ dir, liveDir, canaries: now, liveCanaryDigest: canaryDigest(CANARIES), maxPageDrop: 0.5, acceptPageDrop: false })
    expect(report).toMatchObject({ filesScanned: 1, filesReused: 8 })
  })

  it('reads them all again for a new typed private value, which may already be on a live page', async () => {
    const { dir, liveDir } = fastBuild({ ...LIVE, '/gioi-thieu/index.html': '<p>Đường dây nóng 0987 654 321</p>' })
    const now = { ...CANARIES, privateValues: [...CANARIES.privateValues, '0987 654 321'] }
    const error = await verifyRelease({ dir, liveDir, canaries: now, liveCanaryDigest: canaryDigest(CANARIES), maxPageDrop: 0.5, acceptPageDrop: false }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'private-content' })
    expect((error as VerificationError).message).toContain('/gioi-thieu/index.html contains a private value')
  })

  it('reads everything again when the live digest predates the kinds (unknown)', async () => {
    const { dir, liveDir } = fastBuild(LIVE)
    const old = canaryDigest(CANARIES).map((d) => d.slice(2))
    const report = await verifyRelease({ dir, liveDir, canaries: CANARIES, liveCanaryDigest: old, maxPageDrop: 0.5, acceptPageDrop: false })
    expect(report).toMatchObject({ filesScanned: 9, filesReused: 0 })
  })

  it('tells private markers from typed values', () => {
    expect(isPrivacyMarker('tdkt-private-0b7c4a52-4a3e-4d36-9a1e-2f4a5c6d7e8f')).toBe(true)
    expect(isPrivacyMarker('tdkt-private-0b7c4a52 và số điện thoại')).toBe(false)
    expect(isPrivacyMarker('0987 654 321')).toBe(false)
  })

  it('reads them again when a document was unpublished since, and finds a stale link to it', async () => {
    const { dir, liveDir } = fastBuild(LIVE)
    // The fast build removed the unpublished story's page but missed the field's list linking to it.
    fs.rmSync(path.join(dir, 'bai-viet/se-go'), { recursive: true, force: true })
    const now = { ...CANARIES, draftPaths: [...CANARIES.draftPaths, '/bai-viet/se-go/'] }
    const error = await verifyRelease({ dir, liveDir, canaries: now, liveCanaryDigest: canaryDigest(CANARIES), maxPageDrop: 0.5, acceptPageDrop: false }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'draft-content' })
    expect((error as VerificationError).message).toContain('/linh-vuc/y-te/index.html links to the unpublished /bai-viet/se-go/')
  })
})

describe('needleOf', () => {
  it.each([
    ['0912 345 678', '0912 345 678'],
    ['ok', null],
    ['  a@b.vn  ', null],
    ['Ghi chú "nội bộ" rất dài cần giữ kín', 'rất dài cần giữ kín'],
  ])('searches %j as %j', (value, needle) => {
    expect(needleOf(value)).toBe(needle)
  })
})

describe('CanaryScanner', () => {
  // Values with characters a regular expression treats specially, values inside others, values that overlap in a text.
  const values = [
    '(+84) 912.345.678', 'a+b*c?[d]{e}|f^g$h\\i', 'Nguyễn Văn An', 'Nguyễn Văn An Khang', 'Văn An Khang Thịnh',
    'nguyen.van.an@example.vn', ...Array.from({ length: 200 }, (_, i) => `Ghi chú nội bộ số ${1000 + i}`),
  ]
  const scanner = new CanaryScanner({ draftPaths: [], privateValues: values })
  const found = (text: string) => scanner.scan('/x/index.html', text).map((leak) => leak.message.match(/\("(.*)…"\)/)![1])
  const expected = (text: string) => [...new Set(values.map(needleOf))].filter((n): n is string => n !== null && text.includes(n)).map((n) => n.slice(0, 6))

  it('finds nothing in a clean page', () => {
    expect(scanner.scan('/x/index.html', '<main><h1>Gương người tốt, việc tốt</h1><p>Số 912 345 678 khác.</p></main>')).toEqual([])
  })

  it.each([
    ['one value', '<p>Liên hệ (+84) 912.345.678</p>'],
    ['a value with regular-expression characters', '<p>a+b*c?[d]{e}|f^g$h\\i</p>'],
    ['a value inside another, and one overlapping both', '<p>Nguyễn Văn An Khang Thịnh</p>'],
    ['the last of many values', '<p>Ghi chú nội bộ số 1199</p>'],
    ['several values in one page', '<p>nguyen.van.an@example.vn, Ghi chú nội bộ số 1000 và Ghi chú nội bộ số 1042</p>'],
  ])('names every value it finds: %s', (_, text) => {
    expect(found(text).length).toBeGreaterThan(0)
    expect(found(text)).toEqual(expected(text))
  })
})
