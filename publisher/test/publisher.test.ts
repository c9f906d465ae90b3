import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Canaries, ChangeRequest, PublisherStatus } from '../src/client/protocol.ts'
import { readStatusFile, sendChange } from '../src/client/publisherClient.ts'
import { silentLogger } from '../src/logger.ts'
import { currentRelease, listReleases } from '../src/release/releaseStore.ts'
import { rollbackRelease } from '../src/release/rollbackRelease.ts'
import { startPublisher, type Publisher, type PublisherOptions } from '../src/startPublisher.ts'
import { startStaticServer, type StaticServer } from '../src/staticServer.ts'
import { createFakeSite, type FakeSite } from './helpers/fakeSite.ts'

const NO_CANARIES: Canaries = { draftPaths: [], privateValues: [] }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let site: FakeSite
let siteCreated = false
let publisher: Publisher | null = null
let server: StaticServer | null = null
afterEach(async () => {
  await publisher?.close()
  await server?.close()
  publisher = null
  server = null
  if (siteCreated) site.cleanup()
  siteCreated = false
})

/** The fake site of this test, created with `articles` on first use. */
function useSite(articles?: Parameters<typeof createFakeSite>[0]): FakeSite {
  if (!siteCreated) {
    site = createFakeSite(articles)
    siteCreated = true
  }
  return site
}

async function start(overrides: Partial<PublisherOptions> = {}) {
  useSite()
  publisher = await startPublisher({
    dataDir: site.dataDir,
    releasesDir: site.releasesDir,
    build: site.build,
    cmsUrl: 'http://127.0.0.1:9',
    siteUrl: 'http://127.0.0.1:4321',
    token: 'test-token',
    canaries: async () => NO_CANARIES,
    debounceMs: 300,
    maxWaitMs: 3000,
    retryAfterFailureMs: 0,
    host: '127.0.0.1',
    port: 0,
    logger: silentLogger,
    ...overrides,
  })
  server = await startStaticServer({ releasesDir: site.releasesDir, host: '127.0.0.1', port: 0, logger: silentLogger })
  return publisher
}

const change = (id: number, slug = `bai-${id}`): ChangeRequest => ({ collection: 'articles', id, operation: 'update', slug, published: true, at: new Date().toISOString() })
const page = async (urlPath: string) => {
  const response = await fetch(`${server!.url}${urlPath}`)
  return { status: response.status, text: await response.text() }
}
const waitFor = async (predicate: () => boolean | Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await sleep(25)
  }
}

describe('publisher', () => {
  it('builds the portal at start when no release is live, and the static server serves it', async () => {
    useSite([{ slug: 'chao-mung', title: 'Chào mừng' }])
    const p = await start()
    await p.idle()
    expect((await page('/bai-viet/chao-mung/')).text).toContain('Chào mừng')
    const status = readStatusFile(site.dataDir) as PublisherStatus
    expect(status.live).toBe(await currentRelease(site.releasesDir))
    expect(status.lastBuild).toMatchObject({ outcome: 'success', pages: 3, trigger: 'full rebuild' })
    expect(site.runs()[0]?.changes).toBe('')
  })

  it('makes at most two builds from ten publishes in two seconds sent over HTTP', async () => {
    // A debounce far above the 200 ms between publishes: a loaded machine (the other suites run
    // beside this one) stretching one pause past it must not split the batch. buildScheduler.test.ts
    // checks the debounce itself, on a fake clock.
    const p = await start({ buildOnStart: 'never', debounceMs: 2000, maxWaitMs: 10_000 })
    for (let i = 1; i <= 10; i++) {
      await sendChange({ url: p.url!, token: 'test-token' }, change(i))
      await sleep(200)
    }
    await p.idle()
    expect(site.runs().length).toBeGreaterThanOrEqual(1)
    expect(site.runs().length).toBeLessThanOrEqual(2)
  })

  it('does not lose a publish that arrives during a build, and never overlaps builds', async () => {
    useSite([{ slug: 'mot', title: 'Một' }])
    const p = await start({ buildOnStart: 'never' })
    site.setContent({ articles: [{ slug: 'mot', title: 'Một' }], delayMs: 800 })
    p.request(change(1, 'mot'))
    await waitFor(async () => (await p.status()).state === 'building')
    site.setContent({ articles: [{ slug: 'mot', title: 'Một' }, { slug: 'hai', title: 'Hai' }], delayMs: 100 })
    p.request(change(2, 'hai'))
    await p.idle()
    const runs = site.runs()
    expect(runs).toHaveLength(2)
    expect(runs[1]!.start).toBeGreaterThanOrEqual(runs[0]!.end)
    expect((await page('/bai-viet/hai/')).text).toContain('Hai')
  })

  it('leaves the live release served and reports the error when a build fails', async () => {
    const p = await start()
    await p.idle()
    const live = await currentRelease(site.releasesDir)
    site.setContent({ articles: [], fail: true })
    p.request(change(1))
    await p.idle()
    expect(await currentRelease(site.releasesDir)).toBe(live)
    expect((await page('/bai-viet/bai-dau-tien/')).status).toBe(200)
    const status = readStatusFile(site.dataDir)!
    expect(status.lastBuild).toMatchObject({ outcome: 'failed', errorCode: 'build-failed' })
    expect(status.lastBuild?.error).toMatch(/exited with code 1[\s\S]*CMS not reachable/)
    expect(status.lastSuccess?.id).toBe(live)
    expect(fs.readdirSync(site.releasesDir).filter((name) => name.startsWith('.staging-'))).toEqual([])
  })

  it('does not publish a build that verification rejects, and says why', async () => {
    let canaries = NO_CANARIES
    const p = await start({ canaries: async () => canaries })
    await p.idle()
    const live = await currentRelease(site.releasesDir)
    canaries = { ...NO_CANARIES, draftPaths: ['/bai-viet/bai-dau-tien/'] }
    p.request(change(1))
    await p.idle()
    expect(await currentRelease(site.releasesDir)).toBe(live)
    expect(readStatusFile(site.dataDir)?.lastBuild).toMatchObject({ outcome: 'failed', errorCode: 'draft-content' })
    site.setContent({ articles: [], brokenFeed: true })
    canaries = NO_CANARIES
    p.request(change(2))
    await p.idle()
    expect(readStatusFile(site.dataDir)?.lastBuild).toMatchObject({ outcome: 'failed', errorCode: 'malformed-feed' })
    expect(await currentRelease(site.releasesDir)).toBe(live)
  })

  it('keeps running when the CMS refuses the canaries at once, and publishes nothing unverified', async () => {
    let refuse = false
    const p = await start({ canaries: async () => (refuse ? Promise.reject(new Error('HTTP 401 from the CMS')) : NO_CANARIES) })
    await p.idle()
    const live = await currentRelease(site.releasesDir)
    refuse = true
    p.request(change(1))
    await p.idle()
    expect(await currentRelease(site.releasesDir)).toBe(live)
    expect(readStatusFile(site.dataDir)?.lastBuild).toMatchObject({ outcome: 'failed' })
    expect(readStatusFile(site.dataDir)?.lastBuild?.error).toContain('HTTP 401 from the CMS')
    refuse = false
    p.request(change(2))
    await p.idle()
    expect(readStatusFile(site.dataDir)?.lastBuild).toMatchObject({ outcome: 'success' })
  })

  it('retries once after a failed build, for a CMS that was restarting', async () => {
    const p = await start({ retryAfterFailureMs: 400 })
    await p.idle()
    site.setContent({ articles: [{ slug: 'moi', title: 'Mới' }], fail: true })
    p.request(change(1, 'moi'))
    await p.idle()
    site.setContent({ articles: [{ slug: 'moi', title: 'Mới' }] })
    await waitFor(async () => (await page('/bai-viet/moi/')).status === 200)
    expect(site.runs()).toHaveLength(3)
  })

  it('rolls back to the previous release, which the static server serves at once', async () => {
    const p = await start()
    await p.idle()
    site.setContent({ articles: [{ slug: 'bai-dau-tien', title: 'Bài đầu tiên (sửa)' }] })
    p.request(change(1, 'bai-dau-tien'))
    await p.idle()
    expect((await page('/bai-viet/bai-dau-tien/')).text).toContain('(sửa)')
    const [first, second] = await listReleases(site.releasesDir)
    expect(await rollbackRelease(site.releasesDir)).toEqual({ from: second, to: first })
    expect((await page('/bai-viet/bai-dau-tien/')).text).not.toContain('(sửa)')
  })

  it('discards a build during which the live release was rolled back, and does not retry it, so the rollback stands', async () => {
    useSite().setContent({ articles: [{ slug: 'bai-dau-tien', title: 'Bài đầu tiên' }], pagesLeft: 40 })
    const p = await start({ build: { ...site.build, fastArgs: ['--fast', '--defer-shifted'] }, retryAfterFailureMs: 200 })
    await p.idle()
    const [first] = await listReleases(site.releasesDir)
    // The story goes live leaving list pages; the build completing them starts at once and takes a
    // while: long enough that the rollback below lands while it runs, even on a loaded machine.
    site.setContent({ articles: [{ slug: 'bai-dau-tien', title: 'Bài đầu tiên' }, { slug: 'bai-loi', title: 'Bài đăng nhầm' }], pagesLeft: 40, delayMs: 2500 })
    p.request(change(2, 'bai-loi'))
    await waitFor(async () => (await page('/bai-viet/bai-loi/')).status === 200)
    await waitFor(() => site.runs().length === 2 && p.status().then((s) => s.state === 'building'))
    // The administrator rolls back while it runs.
    await rollbackRelease(site.releasesDir, first)
    await p.idle()
    await sleep(500) // past the retry delay: no retry comes
    expect(await currentRelease(site.releasesDir)).toBe(first)
    expect((await page('/bai-viet/bai-loi/')).status).toBe(404)
    expect(site.runs()).toHaveLength(3)
    const last = (await p.status()).lastBuild!
    expect([last.outcome, last.errorCode]).toEqual(['failed', 'superseded'])
    expect(last.error).toMatch(/rollback/)
  })

  it('builds at start when the live release left list pages for a build that never ran', async () => {
    const stop = async () => {
      await publisher?.close()
      await server?.close()
      publisher = null
      server = null
    }
    const first = await start()
    await first.idle()
    await stop()
    const live = (await currentRelease(site.releasesDir))!
    const metaFile = path.join(site.releasesDir, `${live}.json`)
    const p = await start({ buildOnStart: 'never' })
    await p.idle()
    expect(site.runs()).toHaveLength(1) // nothing left: no build
    await stop()
    fs.writeFileSync(metaFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(metaFile, 'utf8')), pagesLeft: 7 }))
    const again = await start({ buildOnStart: 'never' })
    await waitFor(() => site.runs().length === 2)
    await again.idle()
    expect(await currentRelease(site.releasesDir)).not.toBe(live)
  })

  it('keeps only the configured number of releases', async () => {
    const p = await start({ keepReleases: 2, debounceMs: 10 })
    await p.idle()
    for (let i = 1; i <= 3; i++) {
      p.request(change(i))
      await p.idle()
    }
    expect(await listReleases(site.releasesDir)).toHaveLength(2)
    expect(fs.readdirSync(path.join(site.releasesDir, 'logs'))).toHaveLength(2)
  })

  it('keeps a release live and reports no failed build when removing an old release fails', async () => {
    const warnings: string[] = []
    const p = await start({ keepReleases: 1, debounceMs: 10, logger: { ...silentLogger, warn: (message) => warnings.push(message) } })
    await p.idle()
    const first = (await currentRelease(site.releasesDir))!
    // A leftover of an interrupted removal with the same name: renaming the old release onto it fails (not empty).
    fs.mkdirSync(path.join(site.releasesDir, `.removing-${first}`, 'x'), { recursive: true })
    p.request(change(1, 'bai-moi'))
    await p.idle()
    const status = readStatusFile(site.dataDir) as PublisherStatus
    expect(status.live).not.toBe(first)
    expect(status.live).toBe(await currentRelease(site.releasesDir))
    expect(status.lastBuild?.error ?? null).toBeNull()
    expect((await page('/bai-viet/bai-dau-tien/')).status).toBe(200)
    expect(warnings.join('\n')).toMatch(/is live, but removing old releases failed/)
  })

  it('announces each live release with the one it replaced, and not a failed build', async () => {
    const announced: Array<{ id: string; previousDir: string | null }> = []
    const p = await start({ onReleaseLive: (release) => announced.push({ id: release.id, previousDir: release.previousDir }) })
    await p.idle()
    const first = await currentRelease(site.releasesDir)
    p.request(change(1))
    await p.idle()
    site.setContent({ articles: [], fail: true })
    p.request(change(2))
    await p.idle()
    expect(announced).toEqual([
      { id: first, previousDir: null },
      { id: await currentRelease(site.releasesDir), previousDir: path.join(site.releasesDir, first!) },
    ])
  })

  it('asks for a fast build only right after its own successful build, and follows fast builds with a full one', async () => {
    const p = await start({ fullRefreshAfterMs: 500 })
    await p.idle()
    p.request(change(1))
    await p.idle()
    const live = await currentRelease(site.releasesDir)
    await waitFor(() => site.runs().length === 3)
    await p.idle()
    expect(site.runs().map((r) => [r.fast, r.base !== '', r.changes !== ''])).toEqual([
      [false, false, false], // first build after start: nothing known, no live release
      [true, true, true], // one change since its own live release
      [false, true, false], // the full build after fast builds: may copy the live release if nothing changed since
    ])
    expect(site.runs()[1]!.base).toBe(path.join(site.releasesDir, (await listReleases(site.releasesDir))[0]!))
    expect(live).not.toBe(await currentRelease(site.releasesDir))
    // The dashboard's list of releases: newest first, each with what it published, also in the file.
    const recent = readStatusFile(site.dataDir)?.recentBuilds ?? []
    expect(recent.map((b) => [b.outcome, b.fast, b.published?.map((c) => c.id)])).toEqual([
      ['success', false, []],
      ['success', true, [1]],
      ['success', false, []],
    ])
    expect(recent[1]!.published![0]).toMatchObject({ collection: 'articles', operation: 'update', published: true })
  })

  it('runs its fast builds on the build server, one process for all of them, and its full builds as a command of their own', async () => {
    const p = await start({ build: { ...useSite().build, server: site.server }, fullRefreshAfterMs: 60_000 })
    await p.idle()
    p.request(change(1))
    await p.idle()
    p.request(change(2))
    await p.idle()
    p.rebuild()
    await p.idle()
    const runs = site.runs()
    expect(runs.map((r) => [r.fast, r.server !== null])).toEqual([[false, false], [true, true], [true, true], [false, false]])
    expect(runs[2]!.server).toBe(runs[1]!.server)
    expect((await page('/bai-viet/bai-dau-tien/')).status).toBe(200)
    await p.close()
    publisher = null
    // Closing the publisher stops its build server.
    await waitFor(() => { try { process.kill(runs[1]!.server!, 0); return false } catch { return true } })
  })

  it('builds again at once, fast and with no new change, when a fast build left list pages for the next build; never twice in a row', async () => {
    useSite().setContent({ articles: [{ slug: 'bai-dau-tien', title: 'Bài đầu tiên' }], pagesLeft: 498 })
    const p = await start({ build: { ...site.build, fastArgs: ['--fast', '--defer-shifted'] }, fullRefreshAfterMs: 60_000 })
    await p.idle()
    p.request(change(1))
    await waitFor(() => site.runs().length === 3)
    await p.idle()
    expect(site.runs().map((r) => [r.fast, r.changes === '' ? null : (JSON.parse(r.changes) as ChangeRequest[]).map((c) => c.id)])).toEqual([
      [false, null], // first build after start
      [true, [1]], // the change: live at once, 498 list pages left
      [true, []], // those pages, from that release, at once
    ])
    expect(site.runs()[2]!.base).toBe(path.join(site.releasesDir, (await listReleases(site.releasesDir)).sort()[1]!))
    const recent = readStatusFile(site.dataDir)?.recentBuilds ?? []
    expect(recent[0]!.trigger).toBe('the 498 list page(s) the last build left')
    expect(recent.slice(0, 2).map((b) => [b.changes, b.pagesLeft, b.completedPagesLeft])).toEqual([[0, undefined, 498], [1, 498, undefined]])
    // The follow-up left none (its base had left some), so no third build follows.
    await sleep(500)
    expect(site.runs()).toHaveLength(3)
  })

  it("offers the live release to reuse at start, never to an administrator's rebuild", async () => {
    const first = await start()
    await first.idle()
    await first.close()
    publisher = null
    await server?.close()
    server = null
    const live = await currentRelease(site.releasesDir)
    const p = await start()
    await p.idle()
    p.rebuild()
    await p.idle()
    expect(site.runs().map((r) => [r.fast, r.base])).toEqual([
      [false, ''], // first start: no release yet
      [false, path.join(site.releasesDir, live!)], // a restart: the site's build copies it when nothing public changed
      [false, ''], // "Xây dựng lại cổng": everything is built again
    ])
  })

  it('builds everything after a failed build, still listing the changes since the live release', async () => {
    const p = await start()
    await p.idle()
    site.setContent({ articles: [], fail: true })
    p.request(change(1))
    await p.idle()
    site.setContent({ articles: [{ slug: 'bai-dau-tien', title: 'Bài đầu tiên' }] })
    p.request(change(2))
    await p.idle()
    const last = site.runs().at(-1)!
    expect(last.fast).toBe(false)
    expect((JSON.parse(last.changes) as ChangeRequest[]).map((c) => c.id)).toEqual([1, 2])
  })

  it('stops a running build on close({ abort: true }), leaving the live release as it was', async () => {
    const p = await start()
    await p.idle()
    const live = await currentRelease(site.releasesDir)
    // A build that would take a minute: waiting for it instead of stopping it would time the test out.
    site.setContent({ articles: [], delayMs: 60_000 })
    p.request(change(1))
    await waitFor(async () => (await p.status()).state === 'building')
    const started = Date.now()
    await p.close({ abort: true })
    publisher = null
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(await currentRelease(site.releasesDir)).toBe(live)
    expect(fs.readdirSync(site.releasesDir).filter((name) => name.startsWith('.staging-'))).toEqual([])
  })

  it('refuses build requests without the shared token', async () => {
    const p = await start({ buildOnStart: 'never' })
    await expect(sendChange({ url: p.url!, token: 'wrong' }, change(1))).rejects.toThrow(/HTTP 401/)
    const status = (await (await fetch(`${p.url}/status`)).json()) as PublisherStatus
    expect(status).toMatchObject({ state: 'idle', pending: false, live: null })
  })
})
