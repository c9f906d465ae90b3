import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeCms, closedPort } from './helpers/fakeCms.ts'
import { generateFixture } from './helpers/generateFixture.ts'

/**
 * The build command the publisher runs (site/scripts/build.ts) exits non-zero with a clear message
 * when the CMS fails, and leaves the output directory untouched (issue #4: a broken CMS must never
 * produce an empty or partial site).
 */
const SITE = path.join(import.meta.dirname, '..')
let cms: FakeCms
let work: string
beforeAll(async () => {
  cms = await new FakeCms().start()
  work = mkdtempSync(path.join(os.tmpdir(), 'thidua-build-fail-'))
})
afterAll(async () => {
  await cms.close()
  rmSync(work, { recursive: true, force: true })
})

/** Runs the build command; asynchronously, so the fake CMS in this process can answer it. */
async function build(cmsUrl: string, out = path.join(work, 'release'), extra: string[] = []) {
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', out, ...extra], {
    cwd: SITE,
    env: { ...process.env, FIXTURE: '', CMS_URL: cmsUrl, SITE_CACHE_DIR: path.join(work, 'cache'), SITE_BUILD_DIR: path.join(SITE, '.cache/test-build-fail') },
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { status, output, published: existsSync(out) }
}

describe('the build command fails loudly on a broken CMS and publishes nothing', () => {
  it('when the CMS is down', async () => {
    const r = await build(`http://127.0.0.1:${await closedPort()}`)
    expect(r.status).toBe(1)
    expect(r.output).toMatch(/Could not reach the CMS at http:\/\/127\.0\.0\.1:\d+\/api\/.*ECONNREFUSED/)
    expect(r.output).toMatch(/astro build failed \(exit 1\); see the error above\. Nothing was published\./)
    expect(r.published).toBe(false)
  })

  it('when the CMS answers 500', async () => {
    cms.mode = 'error500'
    const r = await build(cms.url)
    expect(r.status).toBe(1)
    expect(r.output).toMatch(/The CMS answered HTTP 500 for GET http:\/\/127\.0\.0\.1:\d+\/api\//)
    expect(r.published).toBe(false)
  })

  const base = () => path.join(work, 'base')
  it('when the CMS fails during a fast build: no --out (copied from --base while Astro ran), --base untouched', async () => {
    cms.mode = 'ok'
    const docs = await generateFixture({ dir: path.join(work, 'fixture'), articles: 12, exemplars: 4 })
    for (const [collection, list] of Object.entries(docs)) cms.set(collection, list as never)
    for (const m of docs.media ?? []) cms.files.set(`/api/media/file/${m.filename}`, readFileSync(path.join(work, 'fixture', 'files', String(m.filename))))
    for (const m of docs.media ?? []) m.url = `${cms.url}/api/media/file/${m.filename}`
    const first = await build(cms.url, base())
    expect(first.status, first.output).toBe(0)
    const filesBefore = readdirSync(base(), { recursive: true }).length

    const article = cms.collections.get('articles')![0]!
    article.title = `${String(article.title)} (sửa)`
    article.updatedAt = new Date().toISOString()
    cms.mode = 'error500'
    const out = path.join(work, 'fast-release')
    const r = await build(cms.url, out, ['--fast', '--base', base()])
    expect(r.status).toBe(1)
    expect(r.output).not.toMatch(/Fast path not possible/)
    expect(r.output).toMatch(/astro build failed \(exit 1\); see the error above\. Nothing was published\./)
    expect(r.published).toBe(false)
    expect(readdirSync(base(), { recursive: true }).length).toBe(filesBefore)
    expect(readFileSync(path.join(base(), 'index.html'), 'utf8')).not.toContain('(sửa)')
  }, 180_000)

  it('refuses an --out inside --base before building, and leaves --base as it was', async () => {
    const filesBefore = readdirSync(base(), { recursive: true }).length
    const r = await build(cms.url, path.join(base(), 'nested'), ['--fast', '--base', base()])
    expect(r.status).toBe(1)
    expect(r.output).toMatch(/--out \(.*nested\) is inside --base/)
    expect(readdirSync(base(), { recursive: true }).length).toBe(filesBefore)
  })

  it('copies --base into an existing empty --out itself, not into a folder inside it', async () => {
    cms.mode = 'ok'
    const live = path.join(work, 'live') // the failed build above makes the next one a full build
    expect((await build(cms.url, live)).status).toBe(0)
    const out = path.join(work, 'empty-out')
    mkdirSync(out)
    const r = await build(cms.url, out, ['--fast', '--base', live])
    expect(r.status, r.output).toBe(0)
    expect(r.output).toMatch(/Fast path: 0 page\(s\) rendered, nothing public changed/)
    expect(existsSync(path.join(out, 'index.html'))).toBe(true)
    expect(existsSync(path.join(out, 'live'))).toBe(false)
  }, 180_000)
})
