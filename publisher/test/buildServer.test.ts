import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BuildServer } from '../src/build/buildServer.ts'
import { defaultBuildCommand } from '../src/config.ts'
import { BuildFailedError, PublisherConfigError } from '../src/errors.ts'
import { createFakeSite, type FakeSite } from './helpers/fakeSite.ts'

let site: FakeSite
let server: BuildServer | null = null
afterEach(() => {
  server?.close()
  server = null
  site?.cleanup()
})

/** A build server over the fake site (fixtures/fakeBuildServer.ts), and one build on it into a new folder. */
function startServer(env: Record<string, string> = {}): { build: (name: string, timeoutMs?: number) => Promise<void>; log: (name: string) => string } {
  site = createFakeSite()
  server = new BuildServer({ ...site.server, env: { ...site.build.env, ...env } })
  const logFile = (name: string) => path.join(site.dir, 'logs', `${name}.log`)
  return {
    build: (name, timeoutMs = 10_000) => server!.run({ args: ['--fast'], env: { OUT_DIR: path.join(site.dir, name) }, logFile: logFile(name), timeoutMs }),
    log: (name) => fs.readFileSync(logFile(name), 'utf8'),
  }
}

describe('build server (the fast builds, in a process that stays)', () => {
  it('runs one build after another in the same process, each with its own output and log', async () => {
    const { build, log } = startServer()
    server!.start()
    await build('one')
    await build('two')
    const runs = site.runs()
    expect(runs).toHaveLength(2)
    expect(runs[0]!.server).toBe(server!.pid)
    expect(runs[1]!.server).toBe(runs[0]!.server)
    expect(fs.existsSync(path.join(site.dir, 'two', 'index.html'))).toBe(true)
    // The server's own start-up line goes to the first build's log; each log has its build's lines only.
    expect(log('one')).toMatch(/fake build server \d+ ready/)
    expect(log('one')).toMatch(/Fast path: 1 page\(s\) rendered, into .*\bone$/m)
    expect(log('two')).not.toMatch(/ready|\bone$/m)
    expect(log('two')).not.toContain('BUILD_DONE')
  })

  it('fails a build the server reports failed, with its last lines, and starts a new server for the next', async () => {
    const { build } = startServer()
    site.setContent({ articles: [{ slug: 'a', title: 'A' }], fail: true })
    const error = await build('failed').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BuildFailedError)
    expect((error as BuildFailedError).message).toMatch(/exited with code 1\.\n[\s\S]*fetch failed \(CMS not reachable[\s\S]*Full log: .*failed\.log/)
    site.setContent({ articles: [{ slug: 'a', title: 'A' }] })
    await build('after')
    const [failed, after] = site.runs()
    expect(after!.server).not.toBe(failed!.server)
  })

  it('fails the build during which the server died, and the next build runs on a new one', async () => {
    const { build } = startServer()
    await build('before')
    site.setContent({ articles: [{ slug: 'a', title: 'A' }], crashServer: true })
    await expect(build('crashed')).rejects.toThrow(/The build server stopped \(exit code 3\) during the build\.\n[\s\S]*the server dies/)
    site.setContent({ articles: [{ slug: 'a', title: 'A' }] })
    await build('after')
    const [before, after] = site.runs()
    expect(after!.server).not.toBe(before!.server)
  })

  it('kills a build past its time, server and all, and runs the next on a new server', async () => {
    const { build } = startServer()
    site.setContent({ articles: [{ slug: 'a', title: 'A' }], delayMs: 30_000 })
    const started = Date.now()
    await expect(build('slow', 500)).rejects.toThrow(/timed out after 1 s/)
    expect(Date.now() - started).toBeLessThan(10_000)
    site.setContent({ articles: [{ slug: 'a', title: 'A' }] })
    await build('after')
    expect(site.runs().map((r) => r.fast)).toEqual([true])
  })

  it('sends no build to a server that said it stops after the last one (its memory limit): the next starts a new one', async () => {
    const { build } = startServer({ FAKE_SERVER_MAX_BUILDS: '1' })
    await build('one')
    await build('two')
    await build('three')
    expect(new Set(site.runs().map((r) => r.server)).size).toBe(3)
  })

  it('refuses a second build while one runs (builds run one at a time)', async () => {
    const { build } = startServer()
    site.setContent({ articles: [{ slug: 'a', title: 'A' }], delayMs: 300 })
    const first = build('first')
    await expect(build('second')).rejects.toThrow(/already running/)
    await first
  })

  it("is the portal's own for fast builds unless PUBLISH_WARM_BUILDS=0; a custom SITE_BUILD_COMMAND has none", () => {
    expect(defaultBuildCommand({}).server?.args[0]).toMatch(/site\/scripts\/buildServer\.ts$/)
    expect(defaultBuildCommand({ PUBLISH_WARM_BUILDS: '1' }).server).toBeDefined()
    expect(defaultBuildCommand({ PUBLISH_WARM_BUILDS: '0' }).server).toBeUndefined()
    expect(defaultBuildCommand({ SITE_BUILD_COMMAND: 'make site' }).server).toBeUndefined()
    expect(() => defaultBuildCommand({ PUBLISH_WARM_BUILDS: 'yes please' })).toThrow(PublisherConfigError)
  })
})
