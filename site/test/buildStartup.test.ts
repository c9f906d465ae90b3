import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Every build, and so every publish, starts with Astro loading its config and the content config
 * before any content syncs (issue #14, publish-to-live). Node loads the config (a .mjs file) and
 * the shared domain model natively; only the content config and the site's loaders go through
 * Vite. Each of the three, compiled through Vite instead, cost about half a second to a second of
 * every build at 10,000 articles, and Astro falls back to Vite silently. Vite's transform log shows
 * what went through it.
 */
const SITE = path.join(import.meta.dirname, '..')
const ASTRO = path.join(SITE, '../node_modules/astro/bin/astro.mjs')
let work: string
let transformed: string[] = []
let status: number | null = null
let output = ''

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'thidua-build-startup-'))
  const child = spawn(process.execPath, [ASTRO, 'sync'], {
    cwd: SITE,
    env: {
      ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DEBUG: 'vite:transform', NO_COLOR: '1', FORCE_COLOR: '',
      FIXTURE: path.join(SITE, 'test/fixtures/cms'), CMS_URL: '', SITE_CACHE_DIR: path.join(work, 'cache'),
    },
  })
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  // "2026-12-03T13:12:11.474Z vite:transform 13.83ms src/content.config.ts"
  output = output.replace(/\x1b\[[0-9;]*m/g, '') // colours, which CI=true turns on
  transformed = [...output.matchAll(/vite:transform\s+\S+\s+(?:\[skipped\]\s+)?(\S+)/g)].map((m) => m[1]!)
}, 120_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('what a build compiles through Vite before content syncs', () => {
  it('syncs the content (the log is of a working start)', () => {
    expect(status, output.slice(-2000)).toBe(0)
    expect(output).toMatch(/articles: \d+ loaded/)
    expect(transformed).toContain('src/content.config.ts')
    expect(transformed.some((id) => id.includes('loaders/payloadLoader.ts'))).toBe(true)
  })

  it('loads astro.config.mjs with Node, not through a Vite server', () => {
    expect(transformed.filter((id) => id.includes('astro.config'))).toEqual([])
  })

  it('loads the shared domain model (content-models) natively', () => {
    expect(transformed.filter((id) => id.includes('content-models'))).toEqual([])
  })

  it("does not compile Astro's page runtime for the content config (defineCollection from astro/content/config)", () => {
    expect(transformed.filter((id) => id.includes('astro/dist/runtime/'))).toEqual([])
  })
})
