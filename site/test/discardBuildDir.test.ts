import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { discardBuildDir } from '../scripts/siteBuild.ts'

/** A fast build's emptied build dir goes aside at once and is deleted in the background, with any left by a crash. */
let root: string | null = null
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
  root = null
})

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('discardBuildDir', () => {
  it('frees the build dir at once and deletes it, and the build dirs an earlier process left aside, in the background', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'thidua-discard-'))
    const buildDir = path.join(root, 'site-work')
    for (let i = 0; i < 50; i++) mkdirSync(path.join(buildDir, 'bai-viet', 'trang', String(i)), { recursive: true })
    // Set aside by a process killed before its rm finished.
    const stale = path.join(root, 'site-work.old-left-by-a-crash')
    mkdirSync(path.join(stale, 'a'), { recursive: true })
    writeFileSync(path.join(stale, 'a', 'index.html'), 'x')
    // Beside it, but not a build dir: kept.
    mkdirSync(path.join(root, 'site-work-other'))
    mkdirSync(path.join(root, 'releases.old-keep'))

    discardBuildDir(buildDir)
    expect(existsSync(buildDir)).toBe(false)
    await until(() => readdirSync(root!).every((name) => !name.startsWith('site-work.old-')))
    expect(readdirSync(root).sort()).toEqual(['releases.old-keep', 'site-work-other'])
  })

  it('does nothing when there is no build dir', () => {
    root = mkdtempSync(path.join(tmpdir(), 'thidua-discard-'))
    mkdirSync(path.join(root, 'site-work.old-x'))
    discardBuildDir(path.join(root, 'site-work'))
    expect(readdirSync(root)).toEqual(['site-work.old-x'])
  })
})
