import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NATIVE_ALLOCATOR_ENV, withNativeAllocatorEnv } from '../scripts/nativeAllocator.ts'

/**
 * The allocator settings of the processes that run Astro (scripts/nativeAllocator.ts): mimalloc,
 * inside rolldown and Astro's compiler, reads them once, when those modules load. MIMALLOC_VERBOSE
 * makes it print the options it took, so the test reads them from mimalloc itself.
 */
const SERVER = path.resolve(import.meta.dirname, '../scripts/buildServer.ts')

/** The options mimalloc printed when the build server, started with `env` and its stdin closed, loaded Astro. */
function serverOptions(env: Record<string, string>): Map<string, string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MIMALLOC_')))
  const run = spawnSync(process.execPath, [SERVER], { input: '', encoding: 'utf8', timeout: 60_000, env: { ...inherited, ...env, MIMALLOC_VERBOSE: '1' } })
  expect(run.status, run.stderr).toBe(0)
  return new Map([...`${run.stdout}${run.stderr}`.matchAll(/option '(\w+)': (-?\d+)/g)].map((m) => [m[1]!, m[2]!]))
}

describe('native allocator settings', () => {
  it('are added where the environment has none, and never override one it has', () => {
    expect(withNativeAllocatorEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', ...NATIVE_ALLOCATOR_ENV })
    expect(withNativeAllocatorEnv({ MIMALLOC_PURGE_DELAY: '250' })).toEqual({ MIMALLOC_PURGE_DELAY: '250', MIMALLOC_ALLOW_THP: '0' })
    expect(withNativeAllocatorEnv({ MIMALLOC_ALLOW_THP: '' })).toEqual(NATIVE_ALLOCATOR_ENV)
  })

  it('reach mimalloc in the warm build server, which sets them on itself before importing Astro', () => {
    const options = serverOptions({})
    // Without them this mimalloc purges after 1,000 ms and allows huge pages (2).
    expect(options.get('purge_delay')).toBe('0')
    expect(options.get('allow_thp')).toBe('0')
  }, 90_000)

  it('leave an operator\'s own value in place', () => {
    expect(serverOptions({ MIMALLOC_PURGE_DELAY: '250' }).get('purge_delay')).toBe('250')
  }, 90_000)
})
