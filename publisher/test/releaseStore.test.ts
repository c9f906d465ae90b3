import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ReleaseNotFoundError } from '../src/errors.ts'
import { LiveReleaseChangedError, activateRelease, currentRelease, listReleases, newReleaseId, pruneReleases, removeLeftovers } from '../src/release/releaseStore.ts'
import { rollbackRelease } from '../src/release/rollbackRelease.ts'
import { makeRelease, tempDir } from './helpers/releaseDirs.ts'

const IDS = ['20261120T080000000Z', '20261120T090000000Z', '20261120T100000000Z', '20261120T110000000Z']
let cleanup = () => {}
afterEach(() => cleanup())

function releases(count = IDS.length) {
  const temp = tempDir()
  cleanup = temp.cleanup
  for (const id of IDS.slice(0, count)) makeRelease(temp.dir, id)
  return temp.dir
}

describe('release store', () => {
  it('names releases by time so that name order is age order', () => {
    const a = newReleaseId(new Date('2026-11-20T08:00:00.000Z'))
    const b = newReleaseId(new Date('2026-11-20T08:00:00.001Z'))
    expect(a).toBe('20261120T080000000Z')
    expect([b, a].sort()).toEqual([a, b])
  })

  it('switches current to a release through a relative symlink', async () => {
    const dir = releases()
    expect(await currentRelease(dir)).toBeNull()
    await activateRelease(dir, IDS[1]!)
    expect(fs.readlinkSync(path.join(dir, 'current'))).toBe(IDS[1])
    await activateRelease(dir, IDS[2]!)
    expect(await currentRelease(dir)).toBe(IDS[2])
    expect(fs.readFileSync(path.join(dir, 'current', 'index.html'), 'utf8')).toContain(IDS[2])
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.current-'))).toEqual([])
  })

  it('refuses to activate a release that does not exist, leaving current as it was', async () => {
    const dir = releases()
    await activateRelease(dir, IDS[0]!)
    await expect(activateRelease(dir, '20991231T000000000Z')).rejects.toBeInstanceOf(ReleaseNotFoundError)
    await expect(activateRelease(dir, '../etc')).rejects.toBeInstanceOf(ReleaseNotFoundError)
    expect(await currentRelease(dir)).toBe(IDS[0])
  })

  it('activates a release only if the live one is still the one expected, checked at the swap itself', async () => {
    const dir = releases()
    await activateRelease(dir, IDS[0]!)
    // A rollback (or any other swap) between the caller's check and this swap: refused, nothing moved.
    const error = await activateRelease(dir, IDS[2]!, { ifCurrent: IDS[1]! }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LiveReleaseChangedError)
    expect((error as LiveReleaseChangedError).live).toBe(IDS[0])
    expect(await currentRelease(dir)).toBe(IDS[0])
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.current-'))).toEqual([])
    await activateRelease(dir, IDS[2]!, { ifCurrent: IDS[0]! })
    expect(await currentRelease(dir)).toBe(IDS[2])
    // The first release of all: nothing live is what is expected.
    fs.rmSync(path.join(dir, 'current'))
    await expect(activateRelease(dir, IDS[1]!, { ifCurrent: IDS[0]! })).rejects.toBeInstanceOf(LiveReleaseChangedError)
    await activateRelease(dir, IDS[1]!, { ifCurrent: null })
    expect(await currentRelease(dir)).toBe(IDS[1])
  })

  it('keeps the newest releases when pruning', async () => {
    const dir = releases()
    await activateRelease(dir, IDS[3]!)
    expect(await pruneReleases(dir, 2)).toEqual([IDS[0], IDS[1]])
    expect(await listReleases(dir)).toEqual([IDS[2], IDS[3]])
  })

  it('prunes a release completely: its files, meta, canary digest and log, with nothing left half-deleted', async () => {
    const dir = releases()
    for (const id of IDS) {
      fs.writeFileSync(path.join(dir, `${id}.json`), '{}')
      fs.writeFileSync(path.join(dir, `${id}.canaries.json`), '[]')
      fs.mkdirSync(path.join(dir, 'logs'), { recursive: true })
      fs.writeFileSync(path.join(dir, 'logs', `${id}.log`), 'ok')
      fs.mkdirSync(path.join(dir, id, 'bai-viet', 'a'), { recursive: true })
      fs.writeFileSync(path.join(dir, id, 'bai-viet', 'a', 'index.html'), '<h1>A</h1>')
    }
    await activateRelease(dir, IDS[3]!)
    expect(await pruneReleases(dir, 3)).toEqual([IDS[0]])
    expect(fs.readdirSync(dir).filter((name) => name.includes(IDS[0]!))).toEqual([])
    expect(fs.readdirSync(path.join(dir, 'logs'))).not.toContain(`${IDS[0]}.log`)
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([])
    expect(fs.readFileSync(path.join(dir, IDS[1]!, 'bai-viet', 'a', 'index.html'), 'utf8')).toBe('<h1>A</h1>')
  })

  it('prunes with Node alone where no rm can run', async () => {
    const dir = releases()
    await activateRelease(dir, IDS[3]!)
    const pathBefore = process.env.PATH
    process.env.PATH = path.join(dir, 'no-such-bin')
    try {
      expect(await pruneReleases(dir, 2)).toEqual([IDS[0], IDS[1]])
    } finally {
      process.env.PATH = pathBefore
    }
    expect(fs.readdirSync(dir).filter((name) => name !== 'current').sort()).toEqual([IDS[2], IDS[3]])
  })

  it('can return once the pruned releases are out of the list, their files deleted in the background', async () => {
    const dir = releases()
    await activateRelease(dir, IDS[3]!)
    // A slow deletion: `nice` (which runs the low-priority rm) waits a second first.
    const bin = path.join(dir, 'slow-bin')
    fs.mkdirSync(bin)
    const realNice = execFileSync('sh', ['-c', 'command -v nice']).toString().trim()
    fs.writeFileSync(path.join(bin, 'nice'), `#!/bin/sh\nsleep 1\nexec ${realNice} "$@"\n`, { mode: 0o755 })
    const pathBefore = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${pathBefore}`
    try {
      expect(await pruneReleases(dir, 2, { waitForRemoval: false })).toEqual([IDS[0], IDS[1]])
      expect(await listReleases(dir)).toEqual([IDS[2], IDS[3]])
      expect(fs.readdirSync(dir).filter((name) => name.startsWith('.removing-')).length).toBeGreaterThan(0) // still being deleted
    } finally {
      process.env.PATH = pathBefore
    }
    const end = Date.now() + 10_000
    while (fs.readdirSync(dir).some((name) => name.startsWith('.removing-')) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.removing-'))).toEqual([])
  })

  it('never prunes the live release, even an old one after a rollback', async () => {
    const dir = releases()
    await activateRelease(dir, IDS[1]!)
    expect(await pruneReleases(dir, 1)).toEqual([IDS[0]])
    expect(await listReleases(dir)).toEqual([IDS[1], IDS[2], IDS[3]])
  })

  it('removes staging directories and half-deleted releases left by a crash but not releases', async () => {
    const dir = releases(1)
    fs.mkdirSync(path.join(dir, '.staging-20261120T120000000Z'))
    fs.mkdirSync(path.join(dir, '.removing-20261120T070000000Z/bai-viet'), { recursive: true })
    fs.writeFileSync(path.join(dir, '.removing-20261120T070000000Z/bai-viet/index.html'), 'x')
    await removeLeftovers(dir)
    expect(fs.readdirSync(dir).sort()).toEqual([IDS[0]])
  })
})

describe('rollbackRelease', () => {
  it('makes the release before the live one live again', async () => {
    const dir = releases()
    await activateRelease(dir, IDS[3]!)
    expect(await rollbackRelease(dir)).toEqual({ from: IDS[3], to: IDS[2] })
    expect(fs.readFileSync(path.join(dir, 'current', 'index.html'), 'utf8')).toContain(IDS[2])
    expect(await rollbackRelease(dir)).toEqual({ from: IDS[2], to: IDS[1] })
  })

  it('passes over a release that left list pages when the build after it only completed them, unless no other is older', async () => {
    const dir = releases()
    const meta = (id: string, extra: object) => fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ id, changes: 0, ...extra }))
    meta(IDS[0]!, { pagesLeft: 12, changes: 1 })
    meta(IDS[1]!, { completedPagesLeft: 12 })
    meta(IDS[2]!, { pagesLeft: 503, changes: 1 })
    meta(IDS[3]!, { completedPagesLeft: 503 })
    await activateRelease(dir, IDS[3]!)
    expect(await rollbackRelease(dir)).toEqual({ from: IDS[3], to: IDS[1] }) // not the story's release the last one completed
    expect(await rollbackRelease(dir)).toEqual({ from: IDS[1], to: IDS[0] }) // the only one left
    await activateRelease(dir, IDS[3]!)
    expect(await rollbackRelease(dir, IDS[2])).toEqual({ from: IDS[3], to: IDS[2] }) // named: as asked
    // The build after it published a change of its own too: rolling back undoes that change only.
    meta(IDS[3]!, { completedPagesLeft: 503, changes: 2 })
    expect(await rollbackRelease(dir)).toEqual({ from: IDS[2], to: IDS[1] })
    await activateRelease(dir, IDS[3]!)
    expect(await rollbackRelease(dir)).toEqual({ from: IDS[3], to: IDS[2] })
  })

  it('rolls back to a named release', async () => {
    const dir = releases()
    await activateRelease(dir, IDS[3]!)
    expect(await rollbackRelease(dir, IDS[0])).toEqual({ from: IDS[3], to: IDS[0] })
    expect(await currentRelease(dir)).toBe(IDS[0])
  })

  it('explains that there is nothing to roll back to when the oldest release is live', async () => {
    const dir = releases(1)
    await activateRelease(dir, IDS[0]!)
    await expect(rollbackRelease(dir)).rejects.toThrow(/no release older than/)
    expect(await currentRelease(dir)).toBe(IDS[0])
  })
})

describe('release dates', () => {
  it('reads the time back from a release id, and nothing from another name', async () => {
    const { releaseDate } = await import('../src/client/releaseDate.ts')
    const at = new Date('2026-11-29T06:35:30.019Z')
    expect(releaseDate(newReleaseId(at))?.toISOString()).toBe(at.toISOString())
    expect(releaseDate('current')).toBeNull()
  })
})
