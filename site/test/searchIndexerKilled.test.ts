import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Pagefind runs as its own process; at 120,000 pages the system killed it for lack of memory and
 * the build used to exit 0 without an index (Node ran out of work while waiting for its client's
 * answers). A killed indexer must fail the build, saying so, also in a process that stays up.
 */
describe('the search index when Pagefind is killed', () => {
  it('fails the build instead of finishing without an index', () => {
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'fixtures/scripts/indexThenKillPagefind.ts')], { encoding: 'utf8', timeout: 120_000 })
    expect(run.stdout).not.toContain('index written')
    expect(run.status).toBe(1)
    expect(`${run.stderr}`).toMatch(/indexer \(Pagefind\) was killed \(SIGKILL\) before it finished, most likely for lack of memory/)
  }, 150_000)

  it('fails the build in a process that stays up (the warm build server) instead of waiting for ever', () => {
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'fixtures/scripts/indexThenKillPagefind.ts'), '--stay-up'], { encoding: 'utf8', timeout: 120_000 })
    expect(run.signal).toBeNull() // not the timeout's kill
    expect(run.stdout).not.toContain('index written')
    expect(`${run.stdout}${run.stderr}`).toMatch(/index failed: .*Pagefind\) was killed \(SIGKILL\)/)
    expect(run.status).toBe(3)
  }, 150_000)
})
