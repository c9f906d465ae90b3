/**
 * Publish-to-live latency (issue #6, "Done when": under 10 s at the demo size; issue #14: under 5 s
 * at 10,000 articles): the time from the administrator's "Xuất bản" (the REST transition to
 * `published`) until the story's page answers 200 on the portal, the portal's RSS feed lists it and
 * the search index holds it, through the real chain: built CMS, hook,
 * publisher (debounce, site build, verification, symlink swap), static server.
 *
 *   node scripts/bench-publish.ts                          demo content, 5 publishes
 *   node scripts/bench-publish.ts --articles 10000         plus 10,000 generated articles
 *   node scripts/bench-publish.ts --runs 3 --keep          3 publishes; keep the data directory
 *   node scripts/bench-publish.ts --data <kept dir>        reuse a kept data directory (no seeding)
 *
 * Needs the CMS production build (`npm run build -w @thidua/cms`, or `npm test` / `npm start`
 * once). Prints one line per publish and the median; the machine's load is printed too, since
 * other work on the machine slows the site build directly.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { consoleLogger } from '@thidua/publisher'
import { ADMIN, publishNewArticle, stackMissing, startPublishingStack, within } from '../tests/e2e/helpers/publishingStack.ts'

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '0' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    data: { type: 'string' },
  },
})
const articles = Number(args.articles)
const runs = Number(args.runs)
const root = path.resolve(import.meta.dirname, '..')
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const missing = stackMissing()
if (missing) {
  console.error(`Cannot run the benchmark: ${missing}.`)
  process.exit(2)
}

console.log(`bench-publish: ${args.data ? `data directory ${args.data}` : articles ? `demo content + ${articles.toLocaleString('en')} articles` : 'demo content'}, ${runs} publishes`)
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`)

const dataDir = args.data ? path.resolve(args.data) : mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-publish-'))
if (articles > 0 && !args.data) {
  console.log(`Seeding ${articles} articles into ${dataDir} ...`)
  const started = Date.now()
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/lib/seedBenchArticles.ts'), String(articles)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URI: '', DEMO_PASSWORD: ADMIN.password, NODE_ENV: 'development' },
  })
  console.log(`  seeded in ${seconds(Date.now() - started)}`)
}

console.log('Starting CMS, publisher and portal; first (full) build ...')
const startedAt = Date.now()
const stack = await startPublishingStack({ dataDir, logger: consoleLogger('  [publisher]') })
const first = (await stack.publisher.status()).lastBuild
console.log(`  up in ${seconds(Date.now() - startedAt)}; first full build ${seconds(first?.durationMs ?? 0)}, ${first?.pages ?? '?'} pages`)

const latencies: number[] = []
const size = `${(first?.pages ?? 0).toLocaleString('en')} pages (${args.data ? `data from ${args.data}` : articles ? `demo + ${articles.toLocaleString('en')} articles` : 'demo size'})`
try {
  for (let run = 1; run <= runs; run++) {
    await stack.publisher.idle()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const article = await publishNewArticle(stack, `Bài đo thời gian xuất bản số ${run} ${Date.now()}`)
    const rss = async () => (await (await fetch(`${stack.portal.url}/rss.xml`)).text()).includes(`/bai-viet/${article.slug}/`)
    const page = async () => (await fetch(`${stack.portal.url}/bai-viet/${article.slug}/`)).status === 200
    // Searchable: in the small index of recent changes the search page merges (or in a full index).
    const search = async () => {
      const recent = await fetch(`${stack.portal.url}/pagefind-recent/changes.json`)
      const touched = recent.ok ? ((await recent.json()) as { touched: string[] }).touched : []
      if (touched.includes(`/bai-viet/${article.slug}/`)) return true
      const ids = await fetch(`${stack.portal.url}/pagefind/page-ids.json`)
      return ids.ok && `/bai-viet/${article.slug}/` in ((await ids.json()) as Record<string, string>)
    }
    await within(15 * 60_000, async () => (await page()) && (await rss()) && (await search()), `story ${run} live`, stack)
    const latency = Date.now() - article.publishedAt
    latencies.push(latency)
    await stack.publisher.idle()
    // The build that put the story live, and what followed it (the list pages it left, say).
    const builds = (await stack.publisher.status()).recentBuilds ?? []
    const at = builds.findIndex((b) => b.published?.some((c) => String(c.id) === String(article.id)))
    const build = builds[at]
    const after = at > 0 ? `; then ${builds.slice(0, at).reverse().map((b) => `${b.trigger}: ${seconds(b.durationMs)}`).join(', ')}` : ''
    console.log(`  publish ${run}: live in ${seconds(latency)} (build ${build?.fast ? 'fast' : 'full'}, ${seconds(build?.durationMs ?? 0)} build+verify, ${build?.pages ?? '?'} pages${after})`)
  }
  console.log(
    `\npublish-to-live at ${size}: median ${seconds(median(latencies))} ` +
      `(min ${seconds(Math.min(...latencies))}, max ${seconds(Math.max(...latencies))}, ${latencies.length} publishes; debounce ${seconds(stack.publisher.options.debounceMs)} included)`,
  )
  console.log(`load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`)
} finally {
  await stack.stop()
  if (args.keep || args.data) console.log(`Data kept in ${dataDir} (reuse with --data)`)
  else rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
