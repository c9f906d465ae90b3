import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The warm build server's guard (scripts/freshModules.ts): a module that a process imports again
 * from the same file after `next()` starts with fresh module-level state, and so do the modules it
 * imports from the same folder; other modules stay cached. Run in a Node process of its own, since
 * Vitest loads modules its own way.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'thidua-fresh-modules-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function counts(folder: string): number[] {
  mkdirSync(path.join(dir, folder, 'chunks'), { recursive: true })
  writeFileSync(path.join(dir, folder, 'chunks', 'cache.mjs'), 'let n = 0\nexport const bump = () => ++n\n')
  writeFileSync(path.join(dir, folder, 'entry.mjs'), "export { bump } from './chunks/cache.mjs'\n")
  writeFileSync(path.join(dir, 'outside.mjs'), 'let n = 0\nexport const bump = () => ++n\n')
  const script = `
    import { loadAfresh } from ${JSON.stringify(path.resolve(import.meta.dirname, '../scripts/freshModules.ts'))}
    const bundle = loadAfresh('.prerender')
    const entry = ${JSON.stringify(`file://${path.join(dir, folder, 'entry.mjs')}`)}
    const outside = ${JSON.stringify(`file://${path.join(dir, 'outside.mjs')}`)}
    const seen = []
    for (let build = 0; build < 3; build++) {
      seen.push((await import(entry)).bump(), (await import(entry)).bump(), (await import(outside)).bump())
      bundle.next()
    }
    console.log(JSON.stringify(seen))`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as number[]
}

describe('modules loaded afresh for each build (the warm build server)', () => {
  it('gives the page bundle fresh module state in each build, shared within one build; other modules keep theirs', () => {
    // Per build: the bundle's counter (twice, the same instance within a build), then the outside one.
    expect(counts('.prerender')).toEqual([1, 2, 1, 1, 2, 2, 1, 2, 3])
  })

  it('leaves a folder of another name cached, as Node does', () => {
    expect(counts('other')).toEqual([1, 2, 1, 3, 4, 2, 5, 6, 3])
  })
})
