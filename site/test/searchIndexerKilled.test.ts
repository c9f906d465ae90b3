import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Pagefind runs as its own process; at 120,000 pages the system killed it for lack of memory and
 * the build used to exit 0 without an index (Node ran out of work while waiting for its answers).
 * A killed indexer must fail the build, saying so.
 */
describe('the search index when Pagefind is killed', () => {
  it('fails the build instead of finishing without an index', () => {
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'fixtures/scripts/indexThenKillPagefind.ts')], { encoding: 'utf8', timeout: 120_000 })
    expect(run.stdout).not.toContain('index written')
    expect(run.status).toBe(1)
    // Killed while we wrote to it, Pagefind's client throws; killed while we waited, our guard speaks.
    expect(`${run.stderr}`).toMatch(/Pagefind\) stopped before answering|Service stopped/)
  }, 150_000)

  it('fails the build in a process that stays up (the warm build server) instead of waiting for ever', () => {
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'fixtures/scripts/indexThenKillPagefind.ts'), '--stay-up'], { encoding: 'utf8', timeout: 120_000 })
    expect(run.signal).toBeNull() // not the timeout's kill
    expect(run.stdout).not.toContain('index written')
    expect(`${run.stdout}${run.stderr}`).toMatch(/index failed: .*(Pagefind\) stopped before answering|Pagefind backend closed)/)
    expect(run.status).toBe(3)
  }, 150_000)
})
