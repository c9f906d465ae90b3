/**
 * Benchmark of the portal build (issues #4 and #14): a generated CMS of 10,000 articles and 2,000
 * profiles served over HTTP like Payload's REST API, then
 *   1. a first build (empty caches: every body rendered, every photo encoded),
 *   2. a cold full build as issue #14 defines it: every cache emptied but the encoded photos',
 *   3. a warm full build (nothing changed; caches kept, as the publisher keeps them),
 *   4. an incremental build with nothing changed (--fast from the live release: only the pages
 *      whose content or dependencies changed are rendered, here none but the static ones),
 *   5. one article edited, built incrementally into a new release.
 * With --compare, Hugo (Debian's `hugo`) also builds the same generated articles and profiles with
 * minimal templates this script writes, and the ratio of pages/s is printed: the figure survives a
 * noisy machine. Prints pages/s, total time, CPU time and peak memory of each run (of all its
 * processes together, and of the largest), and how much of the CPU time the search index (Pagefind's
 * command, timed through a wrapper) took: the CPU time over the cores is the fastest any schedule of
 * the same work could be (issue #14, point 3). Not a test: figures, no assertions beyond checking the
 * edit went live. --logs DIR keeps each run's build output there.
 *
 *   node scripts/bench-site.ts [--articles 10000] [--profiles 2000] [--compare] [--skip-warm] [--keep] [--heap-mb N] [--logs DIR]
 *
 * --heap-mb raises Node's heap limit of the builds (default: Node's own, about 4.5 GB here); the
 * 100,000-article run needs it. Peak memory is printed either way.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { FakeCms } from '../site/test/helpers/fakeCms.ts'
import { generateFixture } from '../site/test/helpers/generateFixture.ts'
import { pagefindBinary } from '../site/src/lib/search/pagefindCli.ts'
import { sampleTreeMemory, type TreeMemory } from './lib/processTreeMemory.ts'

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' }, profiles: { type: 'string', default: '2000' }, keep: { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false }, 'skip-warm': { type: 'boolean', default: false }, 'heap-mb': { type: 'string' }, logs: { type: 'string' },
  },
})
const SITE = path.resolve(import.meta.dirname, '../site')
const WORK = path.join(SITE, '.bench')
const cacheDir = path.join(WORK, 'cache')
const buildDir = path.join(WORK, 'build')
/** The encoded photos' cache under the cache folder (src/integrations/imagesIntegration.ts): kept for the cold build. */
const IMAGE_CACHE = 'thidua-images'

rmSync(WORK, { recursive: true, force: true })
console.log(`Generating ${args.articles} articles and ${args.profiles} profiles...`)
const fixtureDir = path.join(WORK, 'fixture')
const docs = await generateFixture({ dir: fixtureDir, articles: Number(args.articles), exemplars: Number(args.profiles) })
const cms = await new FakeCms().start()
for (const [collection, list] of Object.entries(docs)) cms.set(collection, list as never)
for (const m of docs.media ?? []) cms.files.set(`/api/media/file/${m.filename}`, readFileSync(path.join(fixtureDir, 'files', String(m.filename))))
for (const m of docs.media ?? []) m.url = `${cms.url}/api/media/file/${m.filename}`

interface Run {
  name: string; seconds: number; pages: number; cpuSeconds: number; systemSeconds: number; memory: TreeMemory; renderSeconds: number | null; renderedPages: number | null; log: string
  /** The search indexer's runs (Pagefind's command), timed apart. */
  search: SearchRuns
}
interface SearchRuns { runs: number; cpuSeconds: number; peakMb: number }

/**
 * Pagefind's command, run through `/usr/bin/time` by a wrapper given as PAGEFIND_EXTENDED_BINARY_PATH
 * (which the build reads first, lib/search/pagefindCli.ts): each run's CPU time and peak memory are
 * appended to a file, so the benchmark can say how much of a build's CPU is the search index's and
 * how much is Astro's and ours. The wrapper runs the binary the build would have run, a
 * PAGEFIND_BINARY_PATH or PAGEFIND_EXTENDED_BINARY_PATH of the caller's included. Through it, a
 * Pagefind killed for lack of memory reports as an exit code (128 + the signal), not as a signal.
 */
const searchTimes = path.join(WORK, 'pagefind-times')
const timedPagefind = path.join(WORK, 'pagefind-timed.sh')
const pagefind = pagefindBinary()
if (path.resolve(pagefind) === timedPagefind) throw new Error(`PAGEFIND_EXTENDED_BINARY_PATH is this benchmark's own wrapper (${timedPagefind}): unset it.`)
/** A word for sh, quoted whole. */
const shellWord = (text: string) => `'${text.replaceAll("'", "'\\''")}'`
mkdirSync(WORK, { recursive: true })
writeFileSync(timedPagefind, `#!/bin/sh\nexec /usr/bin/time -a -o ${shellWord(searchTimes)} -f 'PAGEFIND %U %S %M' ${shellWord(pagefind)} "$@"\n`, { mode: 0o755 })

function takeSearchRuns(): SearchRuns {
  const lines = existsSync(searchTimes) ? readFileSync(searchTimes, 'utf8').split('\n').filter((l) => l.startsWith('PAGEFIND ')) : []
  rmSync(searchTimes, { force: true })
  const runs = lines.map((l) => l.split(' ').slice(1).map(Number) as [number, number, number])
  return { runs: runs.length, cpuSeconds: runs.reduce((sum, [user, sys]) => sum + user + sys, 0), peakMb: Math.max(0, ...runs.map(([, , kb]) => kb / 1024)) }
}

function countHtml(dir: string): number {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++
  return n
}

async function build(name: string, extra: string[]): Promise<Run> {
  const started = performance.now()
  // /usr/bin/time for the CPU time of the build and everything it started; memory sampled over the whole tree.
  const child = spawn('/usr/bin/time', ['-f', 'CPU_S=%U+%S', process.execPath, 'scripts/build.ts', ...extra], {
    cwd: SITE,
    env: {
      ...process.env, ...(args['heap-mb'] ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(args['heap-mb'])}`.trim() } : {}),
      FIXTURE: '', CMS_URL: cms.url, SITE_URL: 'https://thidua.example.gov.vn', SITE_CACHE_DIR: cacheDir, SITE_BUILD_DIR: buildDir, WEBSUB_HUB_URL: '',
      PAGEFIND_EXTENDED_BINARY_PATH: timedPagefind },
  })
  const memory = sampleTreeMemory(child.pid!)
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const seconds = (performance.now() - started) / 1000
  const peaks = memory.stop()
  if (args.logs) {
    mkdirSync(args.logs, { recursive: true })
    writeFileSync(path.join(args.logs, `${name.replace(/\W+/g, '-')}.log`), log)
  }
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${log.slice(-4000)}`)
  const out = extra[extra.indexOf('--out') + 1]!
  // Astro prints "Completed in 812ms", "in 38.51s" or "in 2m 7s".
  const render = /generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(log)
  const built = /(\d+) page\(s\) built in/.exec(log)
  const [user, system] = (/CPU_S=([\d.]+)\+([\d.]+)/.exec(log) ?? []).slice(1).map(Number)
  return {
    name, seconds, pages: countHtml(out), memory: peaks, cpuSeconds: (user ?? 0) + (system ?? 0), systemSeconds: system ?? 0,
    renderSeconds: render ? Number(render[1] ?? 0) * 60 + Number(render[2]) / (render[3] === 'ms' ? 1000 : 1) : null,
    renderedPages: built ? Number(built[1]) : null, log, search: takeSearchRuns(),
  }
}

const runs: Run[] = []
console.log('1/5 first build, empty caches...')
runs.push(await build('first build, empty caches', ['--out', path.join(WORK, 'release-0')]))
console.log('2/5 cold full build, photos from cache...')
rmSync(buildDir, { recursive: true, force: true })
for (const entry of readdirSync(cacheDir)) if (entry !== IMAGE_CACHE) rmSync(path.join(cacheDir, entry), { recursive: true, force: true })
runs.push(await build('cold full build', ['--out', path.join(WORK, 'release-1')]))
let live = path.join(WORK, 'release-1')
if (!args['skip-warm']) {
  console.log('3/5 warm full build (nothing changed)...')
  runs.push(await build('warm full build', ['--out', path.join(WORK, 'release-2')]))
  live = path.join(WORK, 'release-2')
}
console.log('4/5 incremental build, nothing changed...')
runs.push(await build('incremental, nothing changed', ['--fast', '--base', live, '--out', path.join(WORK, 'release-3')]))

const articles = cms.collections.get('articles')!
const target = articles[Math.floor(articles.length / 2)]!
target.title = `${String(target.title)} (đã cập nhật)`
target.body = `${String(target.body)}\n\nĐoạn bổ sung sau khi biên tập viên sửa bài.`
target.updatedAt = new Date().toISOString()
console.log(`5/5 one article edited (${String(target.slug)}), incremental...`)
runs.push(await build('one article changed, incremental', ['--fast', '--base', path.join(WORK, 'release-3'), '--out', path.join(WORK, 'release-4')]))
const edited = readFileSync(path.join(WORK, 'release-4', 'bai-viet', String(target.slug), 'index.html'), 'utf8')
if (!edited.includes('(đã cập nhật)')) throw new Error('the edit did not reach the new release')
await cms.close()
const hugo = args.compare ? hugoBuild(docs) : null

const cores = availableParallelism()
const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown CPU'
console.log(`\nPortal build benchmark: ${args.articles} articles, ${args.profiles} profiles, ${docs.media?.length} photos; ${cpu}, ${cores} cores\n`)
console.log('run                               total s   HTML pages   pages/s   render phase              CPU s   peak MB, all   peak MB, largest process')
for (const r of runs) {
  const render = r.renderSeconds && r.renderedPages ? `${r.renderedPages} in ${r.renderSeconds.toFixed(1)} s (${(r.renderedPages / r.renderSeconds).toFixed(0)}/s)` : '-'
  const { peakTotalMb, peakProcessMb, peakProcess } = r.memory
  console.log(`${r.name.padEnd(34)}${r.seconds.toFixed(1).padStart(7)}   ${String(r.pages).padStart(10)}   ${(r.pages / r.seconds).toFixed(0).padStart(7)}   ${render.padEnd(26)}${r.cpuSeconds.toFixed(1).padStart(5)}   ${peakTotalMb.toFixed(0).padStart(12)}   ${peakProcessMb.toFixed(0).padStart(7)} (${peakProcess})`)
}
console.log('\n(pages/s = HTML pages in the release / total wall time of the build command; an incremental build writes a full release from a hard-linked copy, so its "pages" are the whole site.')
console.log(' CPU s = user + system time of the build and every process it started. Peak MB, all = the most the build and its processes (Pagefind, workers) held at once; sampled every 0.2 s, so a lower bound.)')
console.log(`\nWhere the CPU goes; for a build that renders every page, the fastest any schedule of the same work (at this CPU time) could be on these ${cores} cores (CPU s / ${cores}):`)
for (const r of runs) {
  const search = r.search.runs ? `search index (Pagefind) ${r.search.cpuSeconds.toFixed(1)} CPU s in ${r.search.runs} run(s), largest ${r.search.peakMb.toFixed(0)} MB; ` : ''
  const floor = r.cpuSeconds / cores
  const best = r.renderedPages === r.pages ? `; at best ${floor.toFixed(1)} s, ${(r.pages / floor).toFixed(0)} pages/s` : ''
  console.log(`  ${r.name.padEnd(34)}${search}the rest ${(r.cpuSeconds - r.search.cpuSeconds).toFixed(1)} CPU s; system (kernel) time ${r.systemSeconds.toFixed(1)} s of all${best}`)
}
if (hugo) {
  const cold = runs.find((r) => r.name === 'cold full build')!
  const ours = cold.pages / cold.seconds
  const theirs = hugo.pages / hugo.seconds
  console.log(`\nSide by side, same machine, same run: Hugo ${hugo.version} built the same ${args.articles} articles and ${args.profiles} profiles (minimal templates, no images, no search, no feeds beyond its own) into ${hugo.pages} pages in ${hugo.seconds.toFixed(1)} s (${theirs.toFixed(0)} pages/s, peak ${hugo.peakMb.toFixed(0)} MB).`)
  console.log(`Portal cold full build / Hugo: ${(ours / theirs).toFixed(2)}x the pages/s (${ours.toFixed(0)} vs ${theirs.toFixed(0)}).`)
}
for (const r of runs) {
  const lines = r.log.split('\n').filter((l) => /payload-articles|thidua-images|thidua-search|thidua-fast-path|Fast path|vite\].*built in/.test(l))
  console.log(`\n${r.name}:\n  ${lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim()).join('\n  ')}`)
}
if (!args.keep) rmSync(WORK, { recursive: true, force: true })

/**
 * The same generated articles and profiles as a Hugo site (issue #14, point 7): Markdown with front
 * matter, a base template, one page per document and Hugo's own paginated lists, built by Debian's
 * `hugo` with a cold cache. No images, no search index, no press feeds: the anchor is the bare
 * page-rendering rate of a fast static generator.
 */
function hugoBuild(all: Record<string, Record<string, unknown>[] | undefined>): { version: string; seconds: number; pages: number; peakMb: number } {
  const which = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  if (which.status !== 0) throw new Error('--compare needs Hugo: install Debian\'s package (apt-get install hugo).')
  const dir = path.join(WORK, 'hugo')
  const yaml = (s: unknown) => JSON.stringify(String(s ?? ''))
  mkdirSync(path.join(dir, 'layouts/_default'), { recursive: true })
  writeFileSync(path.join(dir, 'hugo.toml'), 'baseURL = "https://thidua.example.gov.vn/"\nlanguageCode = "vi"\ntitle = "Cổng thông tin điển hình tiên tiến"\ndisableKinds = ["taxonomy", "term"]\npaginate = 20\n')
  writeFileSync(path.join(dir, 'layouts/_default/baseof.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><header><a href="/">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>')
  writeFileSync(path.join(dir, 'layouts/_default/single.html'), '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "02/01/2006" }}</p><p><strong>{{ .Summary }}</strong></p>{{ .Content }}</article>{{ end }}')
  writeFileSync(path.join(dir, 'layouts/_default/list.html'), '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "02/01/2006" }}</li>{{ end }}</ul>{{ with .Paginator.Next }}<a href="{{ .URL }}">Trang sau</a>{{ end }}{{ end }}')
  writeFileSync(path.join(dir, 'layouts/index.html'), '{{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range first 10 (where site.RegularPages "Section" "bai-viet") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}')
  for (const [section, list, titleOf, bodyOf] of [
    ['bai-viet', all.articles ?? [], (d: Record<string, unknown>) => d.title, (d: Record<string, unknown>) => d.body],
    ['dien-hinh', all.exemplars ?? [], (d: Record<string, unknown>) => d.name, (d: Record<string, unknown>) => d.achievements],
  ] as const) {
    mkdirSync(path.join(dir, 'content', section), { recursive: true })
    writeFileSync(path.join(dir, 'content', section, '_index.md'), `---\ntitle: ${yaml(section)}\n---\n`)
    for (const d of list) {
      writeFileSync(path.join(dir, 'content', section, `${String(d.slug)}.md`), `---\ntitle: ${yaml(titleOf(d))}\ndate: ${String(d.publishedAt)}\nsummary: ${yaml(d.summary)}\n---\n\n${String(bodyOf(d) ?? '')}\n`)
    }
  }
  const version = /v[\d.]+/.exec(which.stdout)?.[0] ?? 'unknown'
  const started = performance.now()
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'hugo', '--quiet', '--source', dir, '--destination', path.join(dir, 'public'), '--cacheDir', path.join(dir, 'cache')], { encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`Hugo failed: ${run.stderr.slice(-2000)}`)
  return { version, seconds, pages: countHtml(path.join(dir, 'public')), peakMb: Number(/PEAK_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024 }
}
