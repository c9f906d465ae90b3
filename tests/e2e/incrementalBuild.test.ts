import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { vietnameseSlug } from '@thidua/content-models'
import { generateFixture } from '../../site/test/helpers/generateFixture.ts'
import { BuildServer } from '@thidua/publisher'
import { SITE_DIR } from './helpers/siteBuild.ts'

/**
 * Incremental builds produce the release a clean full build produces (issue #14, tests): starting
 * from the live release, an edit, a new story, a deletion, a slug change, an unpublished profile, a renamed
 * profile, an edited and an unpublished event, a renamed field of work and a template change are
 * each built incrementally, and the
 * result is compared file by file with a full build of the same content from empty caches (and a
 * build with nothing changed, which copies the live release). Only
 * the search index may differ in layout (the incremental build adds a small index beside the full
 * one; the search suites test what it finds), and the build stamp.
 */
type Docs = Record<string, Record<string, unknown>[]>
const work = mkdtempSync(path.join(tmpdir(), 'thidua-incremental-'))
const fixture = path.join(work, 'fixture')
const cache = path.join(work, 'cache')
const mutations: Array<(all: Docs) => void> = []
let releases = 0
let live = ''

/**
 * The fast builds run as the publisher runs them: one after another in the site's build server
 * (site/scripts/buildServer.ts), which stays up between them, so every comparison below also
 * proves that a build in a warm process sees nothing of the builds before it. `via: 'process'`
 * runs one as build.ts in a process of its own instead; full builds always are.
 */
const buildServer = new BuildServer({ command: process.execPath, args: [path.join(SITE_DIR, 'scripts/buildServer.ts')], cwd: SITE_DIR })
const serverPids = new Set<number>()
let serverBuilds = 0

async function build(options: { fast?: boolean; base?: boolean; defer?: boolean; cacheDir: string; via?: 'process' }): Promise<{ out: string; log: string }> {
  const out = path.join(work, `release-${++releases}`)
  const flags = [...(options.fast ? ['--fast'] : []), ...(options.defer ? ['--defer-shifted'] : []), ...(options.fast || options.base ? ['--base', live] : [])]
  const warm = options.fast && options.via !== 'process'
  // The server's builds share one work dir, as the publisher's do: Astro's bundle of the pages is
  // then written to and loaded from the same folder by each, with the same file names where its
  // code did not change, and must still not carry anything over (buildServer.ts).
  const buildDir = path.join(work, warm ? 'build-warm' : `build-${releases}`)
  const env = { FIXTURE: fixture, CMS_URL: '', SITE_URL: 'https://thidua.example.gov.vn', SITE_CACHE_DIR: options.cacheDir, SITE_BUILD_DIR: buildDir, WEBSUB_HUB_URL: '' }
  if (warm) {
    const logFile = path.join(work, `build-${releases}.log`)
    await buildServer.run({ args: ['--out', out, ...flags], env, logFile, timeoutMs: 280_000 })
    serverPids.add(buildServer.pid!)
    serverBuilds++
    return { out, log: readFileSync(logFile, 'utf8') }
  }
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', out, ...flags], { cwd: SITE_DIR, env: { ...process.env, ...env } })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`Build ${releases} failed (exit ${code}):\n${log.slice(-3000)}`)
  return { out, log }
}

/**
 * A fast build with --defer-shifted (as the publisher builds) after a change that shifts lists: it
 * leaves list pages, and differs from a clean build in exactly those, each a later list page (the
 * story, its lists' first pages and the feeds are live). The next build, with nothing new, renders
 * them (a copy of the live release would keep them), leaves none and equals the clean build.
 * Returns the first build.
 */
async function expectPagesLeftThenCompleted(): Promise<{ out: string; log: string }> {
  const first = await build({ fast: true, defer: true, cacheDir: cache })
  live = first.out
  const left = Number(/(\d+) list page\(s\) left for the next build/.exec(first.log)?.[1] ?? 0)
  expect(left, first.log.slice(-1500)).toBeGreaterThan(0)
  const clean = await build({ cacheDir: path.join(work, `clean-cache-${releases}`) })
  const differing = differences(first.out, clean.out)
  expect(differing).toHaveLength(left)
  for (const d of differing) expect(d).toMatch(/^[^ ]*\/trang\/\d+\/index\.html: incremental/)
  const second = await build({ fast: true, defer: true, cacheDir: cache })
  live = second.out
  expect(second.log).not.toMatch(/is a copy of it|list page\(s\) left/)
  expect(differences(second.out, clean.out)).toEqual([])
  return first
}

/**
 * Three events (issue #11): a district conference sending delegates to the provincial one, which
 * honours and awards the first profiles the stories name (their pages list it), and a talk.
 */
function addEvents(all: Docs): void {
  const named = [...new Set(all.articles!.flatMap((a) => (a.exemplars as number[] | undefined) ?? []))].slice(0, 3)
  const at = (day: number) => new Date(Date.UTC(2026, 4, day, 1)).toISOString()
  const event = (id: number, title: string, level: string, extra: Record<string, unknown>) => ({
    id, title, slug: vietnameseSlug(title), eventType: 'honouring-conference', level, startsAt: at(id * 3), place: 'Hội trường Tỉnh uỷ',
    summary: `${title}: biểu dương các điển hình tiên tiến.`, body: 'Hội nghị biểu dương **điển hình tiên tiến** giai đoạn 2021-2025.',
    unit: 1, parent: null, honoured: [], photos: [], agenda: [{ item: 'Khai mạc' }, { item: 'Trao khen thưởng' }], awards: [],
    publishedAt: at(1), _status: 'published', createdAt: at(1), updatedAt: at(1), ...extra,
  })
  all.events = [
    event(1, 'Hội nghị điển hình tiên tiến tỉnh', 'province', {
      honoured: named, awards: [{ id: 'w1', form: 'bang-khen', title: 'Bằng khen của Chủ tịch UBND tỉnh', exemplar: named[1], recipientUnit: null }],
    }),
    event(2, 'Hội nghị điển hình tiên tiến huyện Hoà An', 'district-sector', { parent: 1, honoured: named.slice(0, 1) }),
    event(3, 'Toạ đàm gương người tốt việc tốt', 'grassroots', { eventType: 'talk-exchange' }),
  ]
  all.articles![3]!.events = [1]
}

/** The portal's information ("Thông tin cổng"): the footer of every page. */
const portalInfo: Record<string, unknown> = { councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn Hà', agency: 'Uỷ ban nhân dân tỉnh Sơn Hà', phone: '0203 3852 111' }
const generate = () => generateFixture({
  dir: fixture, articles: 90, exemplars: 24, images: 2, globals: { 'portal-info': portalInfo },
  tweak: (all) => { addEvents(all as Docs); for (const m of mutations) m(all as Docs) },
})

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name))
    // An empty folder (a removed page's, say) is part of the tree too: a clean build has none.
    if (e.isDirectory() && readdirSync(path.join(dir, rel)).length === 0) out.set(`${rel}/`, '')
    if (!e.isFile()) continue
    if (/^pagefind(-recent)?\//.test(rel) || rel === '.thidua-build.json') continue
    out.set(rel, path.join(dir, rel))
  }
  return out
}

/** The files that differ between two releases, with the first difference of each. */
function differences(a: string, b: string): string[] {
  const [left, right] = [files(a), files(b)]
  const out: string[] = []
  for (const rel of new Set([...left.keys(), ...right.keys()])) {
    if (!left.has(rel)) { out.push(`only in the clean build: ${rel}`); continue }
    if (!right.has(rel)) { out.push(`only in the incremental build: ${rel}`); continue }
    if (rel.endsWith('/')) continue
    const [x, y] = [readFileSync(left.get(rel)!), readFileSync(right.get(rel)!)]
    if (x.equals(y)) continue
    const [s, t] = [x.toString('utf8'), y.toString('utf8')]
    let i = 0
    while (i < s.length && s[i] === t[i]) i++
    out.push(`${rel}: incremental …${s.slice(Math.max(0, i - 60), i + 80)}… clean …${t.slice(Math.max(0, i - 60), i + 80)}…`)
  }
  return out.sort()
}

/** Applies a change, builds incrementally from the live release and cleanly from nothing, and compares. */
async function changeAndCompare(mutation: ((all: Docs) => void) | null, expectFast: boolean, via?: 'process'): Promise<void> {
  if (mutation) mutations.push(mutation)
  await generate()
  const incremental = await build({ fast: true, cacheDir: cache, via })
  live = incremental.out
  expect(/Fast path: /.test(incremental.log), incremental.log.slice(-1500)).toBe(expectFast)
  // Only a build with nothing changed may skip Astro and copy the live release.
  expect(/is a copy of it/.test(incremental.log), incremental.log.slice(-1500)).toBe(mutation === null)
  const clean = await build({ cacheDir: path.join(work, `clean-cache-${releases}`) })
  expect(differences(incremental.out, clean.out)).toEqual([])
}

beforeAll(async () => {
  await generate()
  live = (await build({ cacheDir: cache })).out
}, 300_000)
afterAll(() => {
  buildServer.close()
  rmSync(work, { recursive: true, force: true })
})

describe('an incremental build equals a clean full build', () => {
  it('when nothing public changed (the release is a copy of the live one, no page rendered)', async () => {
    await changeAndCompare(null, true)
    expect(readFileSync(path.join(live, '.thidua-build.json'), 'utf8')).toMatch(/"source":"[0-9a-f]{64}"/)
  }, 300_000)

  it('after an edit of a story', async () => {
    await changeAndCompare((all) => {
      const a = all.articles![5]!
      a.title = 'Tiêu đề đã sửa: chị Lò Thị Hoà dạy chữ cho bà con'
      a.body = `${String(a.body)}\n\nĐoạn mới thêm sau khi sửa.`
      a.updatedAt = '2026-11-30T01:00:00.000Z'
    }, true, 'process') // build.ts's own fast build, as an operator runs it
  }, 300_000)

  it('after a new story is published (every later list page shifts by one)', async () => {
    await changeAndCompare((all) => {
      const model = all.articles![0]!
      all.articles!.push({ ...model, id: 9001, slug: 'bai-moi-nhat-vua-dang', title: 'Bài mới nhất vừa đăng', guid: 'urn:uuid:00000000-0000-4000-8000-000000009001', publishedAt: '2026-12-01T02:00:00.000Z', createdAt: '2026-12-01T02:00:00.000Z', updatedAt: '2026-12-01T02:00:00.000Z' })
    }, true)
  }, 300_000)

  it('after a new story, with the list pages that only shifted left for the next build, which renders them (--defer-shifted, as the publisher builds)', async () => {
    mutations.push((all) => {
      const model = all.articles![1]!
      all.articles!.push({ ...model, id: 9002, slug: 'bai-moi-dang-truoc-trang-sau', title: 'Bài mới đăng trước các trang sau', guid: 'urn:uuid:00000000-0000-4000-8000-000000009002', publishedAt: '2026-12-02T02:00:00.000Z', createdAt: '2026-12-02T02:00:00.000Z', updatedAt: '2026-12-02T02:00:00.000Z' })
    })
    await generate()
    const first = await expectPagesLeftThenCompleted()
    expect(readFileSync(path.join(first.out, 'bai-viet/bai-moi-dang-truoc-trang-sau/index.html'), 'utf8')).toContain('Bài mới đăng trước các trang sau')
  }, 300_000)

  it('after a story is deleted, with --defer-shifted: nothing is left for later (no page may link to a removed story)', async () => {
    mutations.push((all) => { all.articles = all.articles!.filter((a) => a.id !== 9002) })
    await generate()
    const incremental = await build({ fast: true, defer: true, cacheDir: cache })
    live = incremental.out
    expect(incremental.log).toMatch(/Fast path: /)
    expect(incremental.log).not.toMatch(/list page\(s\) left/)
    const clean = await build({ cacheDir: path.join(work, `clean-cache-${releases}`) })
    expect(differences(incremental.out, clean.out)).toEqual([])
  }, 300_000)

  it('after enough new stories for one more list page, with --defer-shifted: the new last page at once, the pages before it in the next build', async () => {
    mutations.push((all) => {
      const model = all.articles![2]!
      for (let i = 1; i <= 10; i++) {
        const id = 9100 + i
        all.articles!.push({ ...model, id, slug: `bai-moi-trong-dot-${i}`, title: `Bài mới trong đợt ${i}`, guid: `urn:uuid:00000000-0000-4000-8000-00000000${id}`, publishedAt: `2026-12-03T0${i % 10}:00:00.000Z`, createdAt: '2026-12-03T00:00:00.000Z', updatedAt: '2026-12-03T00:00:00.000Z' })
      }
    })
    await generate()
    const first = await expectPagesLeftThenCompleted()
    expect(existsSync(path.join(first.out, 'bai-viet/trang/6/index.html'))).toBe(true) // 101 stories: a sixth page
  }, 300_000)

  it('after a story is deleted', async () => {
    await changeAndCompare((all) => { all.articles = all.articles!.filter((_, i) => i !== 10) }, true)
  }, 300_000)

  it("after a story's slug changes", async () => {
    await changeAndCompare((all) => { all.articles![12]!.slug = 'duong-dan-moi-cua-bai-viet' }, true)
  }, 300_000)

  it('after a profile is unpublished (stories naming it lose the link)', async () => {
    await changeAndCompare((all) => {
      const named = new Set(all.articles!.flatMap((a) => (a.exemplars as number[] | undefined) ?? []))
      const gone = all.exemplars!.find((e) => named.has(e.id as number))!
      all.exemplars = all.exemplars!.filter((e) => e !== gone)
    }, true)
  }, 300_000)

  it('after a profile is renamed (stories naming it show the new name)', async () => {
    await changeAndCompare((all) => {
      const named = new Set(all.articles!.flatMap((a) => (a.exemplars as number[] | undefined) ?? []))
      all.exemplars!.find((e) => named.has(e.id as number))!.name = 'Nông Thị Huyền Trang'
    }, true)
  }, 300_000)

  it('after an event is edited and its slug changes (its page, level list, the events and profiles linking to it, the feeds)', async () => {
    await changeAndCompare((all) => {
      const e = all.events!.find((x) => x.id === 1)!
      Object.assign(e, { title: 'Hội nghị biểu dương điển hình tiên tiến tỉnh lần thứ VI', slug: 'hoi-nghi-dien-hinh-tien-tien-lan-thu-vi', updatedAt: '2026-11-30T02:00:00.000Z' })
    }, true)
  }, 300_000)

  it('after an event that another sends delegates to is unpublished (that one loses the link)', async () => {
    await changeAndCompare((all) => { all.events = all.events!.filter((x) => x.id !== 1) }, true)
  }, 300_000)

  it('after an event is unpublished (its page goes, the event it sent delegates to and its profile lose the link)', async () => {
    await changeAndCompare((all) => { all.events = all.events!.filter((x) => x.id !== 2) }, true)
  }, 300_000)

  it('after a field of work is renamed (a full build, by the fast path\'s own rule)', async () => {
    await changeAndCompare((all) => { all.categories![0]!.name = 'Lĩnh vực đã đổi tên' }, false)
  }, 300_000)

  it('after the portal information changes (the footer of every page: a full build, by the fast path\'s own rule)', async () => {
    await changeAndCompare(() => { portalInfo.phone = '0203 3852 999' }, false)
    expect(readFileSync(path.join(live, 'bai-viet/trang/2/index.html'), 'utf8')).toContain('0203 3852 999')
  }, 300_000)

  it('a full build given the live release copies it only when that one was a full build and nothing public changed', async () => {
    await changeAndCompare((all) => { all.articles![40]!.title = 'Một bài sửa trước khi dựng lại toàn bộ' }, true)
    // The live release is a fast build's: its search index covers only the changes, so Astro runs.
    const afterFast = await build({ base: true, cacheDir: cache })
    expect(afterFast.log).not.toMatch(/is a copy of it/)
    live = afterFast.out
    const again = await build({ base: true, cacheDir: cache })
    expect(again.log).toMatch(/is a copy of it/)
    expect(differences(again.out, afterFast.out)).toEqual([])
    expect(readdirSync(path.join(again.out, 'pagefind')).length).toBeGreaterThan(0)
    live = again.out
  }, 300_000)

  it('after a template change (the live release was built with other templates: a full build)', async () => {
    const stamp = path.join(live, '.thidua-build.json')
    expect(existsSync(stamp)).toBe(true)
    writeFileSync(stamp, JSON.stringify({ ...JSON.parse(readFileSync(stamp, 'utf8')), fingerprint: 'templates-of-an-older-release' }))
    await changeAndCompare((all) => { all.articles![30]!.summary = 'Sapô mới sau khi đổi mẫu trang.' }, false)
  }, 300_000)

  it('ran the fast builds above one after another in the same build server process', () => {
    // It stops only past its memory limit (SITE_WARM_MAX_RSS_MB), far above what this fixture needs.
    expect(serverBuilds).toBeGreaterThan(10)
    expect(serverPids.size).toBe(1)
  })
})
