import { afterEach, describe, expect, it } from 'vitest'
import { clearBuildState, perBuild } from '../src/lib/buildScope.ts'

/** What a build works out once (src/lib/buildScope.ts), and the warm build server's reset between builds. */
const g = globalThis as unknown as Record<symbol, unknown>
const OTHER = Symbol.for('thidua.cms.readCache-test')
afterEach(() => {
  clearBuildState()
  delete g[OTHER]
})

describe('per-build values', () => {
  it('are made once and shared within a build', () => {
    let made = 0
    const first = perBuild('site', () => ({ n: ++made }))
    expect(perBuild('site', () => ({ n: ++made }))).toBe(first)
    expect(made).toBe(1)
    expect(perBuild('feeds', () => 'other name, other value')).toBe('other name, other value')
  })

  it('are made again after the reset, with every thidua.site state, and nothing else', () => {
    const before = perBuild('site', () => ({ build: 1 }))
    g[Symbol.for('thidua.site.fastPlan')] = { render: [] }
    g[OTHER] = 'kept'
    clearBuildState()
    expect(perBuild('site', () => ({ build: 2 }))).not.toBe(before)
    expect(perBuild('site', () => ({ build: 3 }))).toEqual({ build: 2 })
    expect(g[Symbol.for('thidua.site.fastPlan')]).toBeUndefined()
    expect(g[OTHER]).toBe('kept')
  })
})
