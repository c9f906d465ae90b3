/**
 * Benchmark of the portal build (issue #4): a generated CMS of 10,000 articles and 2,000 profiles
 * served over HTTP like Payload's REST API, then
 *   1. a cold full build (empty caches: every body rendered, every photo encoded),
 *   2. a warm full build (nothing changed; caches kept, as the publisher keeps them),
 *   3. one article edited, published with the fast path (--fast) into a new release.
 * Prints pages/s, total time and peak memory of each run. Not a test: figures, no assertions
 * beyond checking the edit went live.
 *
 *   node scripts/bench-site.ts [--articles 10000] [--profiles 2000] [--keep]
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { FakeCms } from '../site/test/helpers/fakeCms.ts'
import { generateFixture } from '../site/test/helpers/generateFixture.ts'

const { values: args } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, profiles: { type: 'string', default: '2000' }, keep: { type: 'boolean', default: false } },
})
const SITE = path.resolve(import.meta.dirname, '../site')
const WORK = path.join(SITE, '.bench')
const cacheDir = path.join(WORK, 'cache')
const buildDir = path.join(WORK, 'build')

rmSync(WORK, { recursive: true, force: true })
console.log(`Generating ${args.articles} articles and ${args.profiles} profiles...`)
const fixtureDir = path.join(WORK, 'fixture')
const docs = await generateFixture({ dir: fixtureDir, articles: Number(args.articles), exemplars: Number(args.profiles) })
const cms = await new FakeCms().start()
for (const [collection, list] of Object.entries(docs)) cms.set(collection, list as never)
for (const m of docs.media ?? []) cms.files.set(`/api/media/file/${m.filename}`, readFileSync(path.join(fixtureDir, 'files', String(m.filename))))
for (const m of docs.media ?? []) m.url = `${cms.url}/api/media/file/${m.filename}`

interface Run { name: string; seconds: number; pages: number; peakMb: number; renderSeconds: number | null; renderedPages: number | null; log: string }

function countHtml(dir: string): number {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++
  return n
}

async function build(name: string, extra: string[]): Promise<Run> {
  const started = performance.now()
  const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, 'scripts/build.ts', ...extra], {
    cwd: SITE,
    env: { ...process.env, FIXTURE: '', CMS_URL: cms.url, SITE_URL: 'https://thidua.example.gov.vn', SITE_CACHE_DIR: cacheDir, SITE_BUILD_DIR: buildDir, WEBSUB_HUB_URL: '' },
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${log.slice(-4000)}`)
  const out = extra[extra.indexOf('--out') + 1]!
  const render = /generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/.exec(log)
  const built = /(\d+) page\(s\) built in/.exec(log)
  return {
    name, seconds, pages: countHtml(out), peakMb: Number(/PEAK_KB=(\d+)/.exec(log)?.[1] ?? 0) / 1024,
    renderSeconds: render ? Number(render[1]) / (render[2] === 'ms' ? 1000 : 1) : null,
    renderedPages: built ? Number(built[1]) : null, log,
  }
}

const runs: Run[] = []
console.log('1/3 cold full build...')
runs.push(await build('cold full build', ['--out', path.join(WORK, 'release-1')]))
console.log('2/3 warm full build (nothing changed)...')
runs.push(await build('warm full build', ['--out', path.join(WORK, 'release-2')]))

const articles = cms.collections.get('articles')!
const target = articles[Math.floor(articles.length / 2)]!
target.title = `${String(target.title)} (đã cập nhật)`
target.body = `${String(target.body)}\n\nĐoạn bổ sung sau khi biên tập viên sửa bài.`
target.updatedAt = new Date().toISOString()
console.log(`3/3 one article edited (${String(target.slug)}), fast path...`)
runs.push(await build('one article changed (fast path)', ['--fast', '--base', path.join(WORK, 'release-2'), '--out', path.join(WORK, 'release-3')]))
const live = readFileSync(path.join(WORK, 'release-3', 'bai-viet', String(target.slug), 'index.html'), 'utf8')
if (!live.includes('(đã cập nhật)')) throw new Error('the edit did not reach the new release')
await cms.close()

const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown CPU'
console.log(`\nPortal build benchmark: ${args.articles} articles, ${args.profiles} profiles, ${docs.media?.length} photos; ${cpu}, ${(await import('node:os')).availableParallelism()} cores\n`)
console.log('run                               total s   HTML pages   pages/s   render phase        peak MB')
for (const r of runs) {
  const render = r.renderSeconds && r.renderedPages ? `${r.renderedPages} in ${r.renderSeconds.toFixed(1)} s (${(r.renderedPages / r.renderSeconds).toFixed(0)}/s)` : '-'
  console.log(`${r.name.padEnd(34)}${r.seconds.toFixed(1).padStart(7)}   ${String(r.pages).padStart(10)}   ${(r.pages / r.seconds).toFixed(0).padStart(7)}   ${render.padEnd(20)}${r.peakMb.toFixed(0).padStart(7)}`)
}
console.log('\n(pages/s = HTML pages in the release / total wall time of the build command; the fast path writes a full release from a hard-linked copy, so its "pages" are the whole site)')
for (const r of runs) {
  const lines = r.log.split('\n').filter((l) => /payload-articles|thidua-images|thidua-search|thidua-fast-path|Fast path|vite\].*built in/.test(l))
  console.log(`\n${r.name}:\n  ${lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim()).join('\n  ')}`)
}
if (!args.keep) rmSync(WORK, { recursive: true, force: true })
