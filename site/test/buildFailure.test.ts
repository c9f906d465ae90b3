import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeCms, closedPort } from './helpers/fakeCms.ts'

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
async function build(cmsUrl: string) {
  const out = path.join(work, 'release')
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', out], {
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
})
