/**
 * CMS read benchmark (issue #14, point 5): the anonymous REST list the portal's loader and press
 * integrators read (`/api/articles?limit=10&depth=1`), 10 connections for 10 s with autocannon,
 * against the production CMS on SQLite with demo content plus N generated articles, with the read
 * cache off (READ_CACHE_MB=0) and on; the same for an anonymous GraphQL query; then the admin's
 * article list as the administrator (its REST call, and the page in Debian's chromium).
 *
 *   node scripts/bench-rest.ts                       demo + 10,000 articles
 *   node scripts/bench-rest.ts --articles 2000 --keep
 *   node scripts/bench-rest.ts --data <kept dir>     reuse a kept data directory (no seeding)
 *
 * Needs the CMS production build (`npm run build -w @thidua/cms`, or `npm test` / `npm start` once).
 * Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { chromium } from 'playwright-core'
import { startCms } from './lib/cmsProcess.ts'

const { values: args } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false }, data: { type: 'string' }, seconds: { type: 'string', default: '10' } },
})
const root = path.resolve(import.meta.dirname, '..')
const ADMIN = { email: 'quantri@thidua.example', password: 'bench-rest-password-123' }
const LIST = '/api/articles?limit=10&depth=1'
const GRAPHQL = JSON.stringify({ query: '{ Articles(limit: 10, sort: "-publishedAt") { docs { title slug summary publishedAt unit { name } } } }' })

const dataDir = args.data ? path.resolve(args.data) : mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-rest-'))
const articles = Number(args.articles)
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URI: '', DEMO_PASSWORD: ADMIN.password, PUBLISHER_URL: 'http://127.0.0.1:9' }
console.log(`bench-rest: ${args.data ? `data directory ${args.data}` : `demo content + ${articles.toLocaleString('en')} articles`}; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`)
if (!args.data && articles > 0) {
  const started = Date.now()
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/lib/seedBenchArticles.ts'), String(articles)], {
    cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, NODE_ENV: 'development' },
  })
  console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

const freePort = () => new Promise<number>((resolve) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)) }) })

interface Figures { p50: number; p99: number; rps: number; non2xx: number }
async function load(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Figures> {
  const result = (await autocannon({ url, connections: 10, duration: Number(args.seconds), method: (init.method ?? 'GET') as 'GET', body: init.body, headers: init.headers })) as unknown as {
    latency: { p50: number; p99: number }; requests: { average: number }; non2xx: number
  }
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, non2xx: result.non2xx }
}
const line = (name: string, f: Figures, expected304 = false) => console.log(`  ${name.padEnd(44)} p50 ${String(f.p50).padStart(4)} ms  p99 ${String(f.p99).padStart(4)} ms  ${f.rps.toFixed(0).padStart(5)} req/s${expected304 ? `  (${f.non2xx} answers 304)` : f.non2xx ? `  (${f.non2xx} non-2xx!)` : ''}`)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now()
  const res = await fetch(url, { headers })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${url} answered ${res.status}`)
  return performance.now() - started
}

for (const cacheMb of ['0', '64']) {
  const port = await freePort()
  const cms = await startCms({ ...env, PORT: String(port), READ_CACHE_MB: cacheMb })
  try {
    console.log(`\nread cache ${cacheMb === '0' ? 'off (READ_CACHE_MB=0)' : `on (${cacheMb} MB)`}:`)
    line(`REST ${LIST}`, await load(`${cms.url}${LIST}`))
    line('GraphQL, the same list', await load(`${cms.url}/api/graphql`, { method: 'POST', body: GRAPHQL, headers: { 'content-type': 'application/json' } }))
    if (cacheMb !== '0') {
      const first = await fetch(`${cms.url}${LIST}`)
      const etag = first.headers.get('etag') ?? ''
      line('REST, revalidated (If-None-Match)', await load(`${cms.url}${LIST}`, { headers: { 'if-none-match': etag } }), true)
      const login = (await (await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })).json()) as { token?: string }
      if (!login.token) throw new Error('The demo administrator could not sign in.')
      const auth = { authorization: `JWT ${login.token}` }
      const rest = `${cms.url}/api/articles?limit=10&depth=0&draft=true&sort=-updatedAt`
      await timed(rest, auth)
      const restMs: number[] = []
      for (let i = 0; i < 5; i++) restMs.push(await timed(rest, auth))
      // The list as the administrator sees it: Debian's chromium, from navigation to the rows shown.
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
      const pageMs: number[] = []
      try {
        const context = await browser.newContext()
        await context.addCookies([{ name: 'payload-token', value: login.token, url: cms.url }])
        const page = await context.newPage()
        for (let i = 0; i < 6; i++) {
          const started = performance.now()
          await page.goto(`${cms.url}/admin/collections/articles`)
          await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
          if (i > 0) pageMs.push(performance.now() - started) // the first load warms Next's caches
        }
      } finally {
        await browser.close()
      }
      console.log(`\nadmin article list (administrator, median of 5):\n  REST list (drafts, newest first)  ${median(restMs).toFixed(0)} ms\n  the list page in chromium, navigation to rows shown  ${median(pageMs).toFixed(0)} ms`)
    }
  } finally {
    await cms.stop()
  }
}
if (args.keep || args.data) console.log(`\nData kept in ${dataDir} (reuse with --data)`)
else rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
