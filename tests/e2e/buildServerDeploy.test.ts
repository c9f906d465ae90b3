import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BuildServer } from '@thidua/publisher'
import { TEMPLATE_INPUTS } from '../../site/scripts/fingerprint.ts'
import { SITE_DIR, SITE_FIXTURE } from './helpers/siteBuild.ts'

/**
 * A deploy under a running build server (site/scripts/buildServer.ts, issue #14): the publisher's
 * warm server keeps the site's code loaded between publishes, so once new code is on disk its next
 * build must not render with the old. The suite works on a copy of the code the templates'
 * fingerprint covers (site/scripts/fingerprint.ts), with the project's node_modules, so that it can
 * change a template as a deploy would without touching the checkout other suites build from. The
 * site's code runs from the copy; content-models, a package in node_modules, from the checkout (the
 * copy's is only hashed): a deploy is made here by changing the site's code.
 */
const ROOT = path.dirname(SITE_DIR)
const work = mkdtempSync(path.join(tmpdir(), 'thidua-deploy-'))
const code = path.join(work, 'code')
const site = path.join(code, 'site')

const server = new BuildServer({ command: process.execPath, args: [path.join(site, 'scripts/buildServer.ts')], cwd: site })
const env = { FIXTURE: SITE_FIXTURE, CMS_URL: '', SITE_URL: 'https://thidua.example.gov.vn', SITE_CACHE_DIR: path.join(work, 'cache'), SITE_BUILD_DIR: path.join(work, 'build'), WEBSUB_HUB_URL: '' }
let builds = 0

/** One build through the server, as the publisher sends it; its release and log. */
async function build(args: string[] = []): Promise<{ out: string; log: string; pid: number }> {
  const out = path.join(work, `release-${++builds}`)
  const logFile = path.join(work, `build-${builds}.log`)
  await server.run({ args: [...args, '--out', out], env, logFile, timeoutMs: 280_000 })
  return { out, log: readFileSync(logFile, 'utf8'), pid: server.pid ?? -1 }
}

const running = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const FOOTER = path.join(site, 'src/components/SiteFooter.astro')
const OLD_LINK = '>Dành cho báo chí<'
const NEW_LINK = '>Báo chí và phát thanh<'
/** Build code the server loaded when it started (Astro bundles the templates afresh each build, not this). */
const BUILD_CODE = path.join(site, 'scripts/siteBuild.ts')
const OLD_MESSAGE = 'Portal built'
const NEW_MESSAGE = 'Portal (deployed code) built'

/** Replaces `from` with `to` in `file`, once, as a deploy would change it. */
function deploy(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8')
  expect(text, `${file} no longer holds ${JSON.stringify(from)}: update this suite`).toContain(from)
  writeFileSync(file, text.replace(from, to))
}

beforeAll(() => {
  for (const input of [...TEMPLATE_INPUTS, 'package.json']) {
    if (existsSync(path.join(ROOT, input))) cpSync(path.join(ROOT, input), path.join(code, input), { recursive: true })
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(code, 'node_modules'))
})

afterAll(() => {
  server.close()
  rmSync(work, { recursive: true, force: true })
})

describe('a deploy while the build server runs', () => {
  it('renders the next build with the new templates, in a process of its own, then hands over to a new server', async () => {
    const first = await build()
    const home = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8')
    expect(home(first.out)).toContain(OLD_LINK)
    const firstServer = first.pid
    expect(running(firstServer)).toBe(true)
    expect(first.log).toContain(OLD_MESSAGE)

    // The deploy: a template and the build code change on disk while the server holds the old code.
    deploy(FOOTER, OLD_LINK, NEW_LINK)
    deploy(BUILD_CODE, OLD_MESSAGE, NEW_MESSAGE)

    // The publisher's next build is a fast one from the live release: the new templates make it full.
    const second = await build(['--fast', '--base', first.out])
    expect(second.log).toContain('the site\'s code changed since this server started (a deploy)')
    expect(second.log).toMatch(/Fast path not possible \(the templates or the renderer changed/)
    expect(second.log).toContain(NEW_MESSAGE)
    expect(home(second.out)).toContain(NEW_LINK)
    expect(home(second.out)).not.toContain(OLD_LINK)
    // The old server stopped after that build ...
    await expect.poll(() => running(firstServer), { timeout: 10_000 }).toBe(false)

    // ... and the next build runs in a new one, warm again (no deploy to report), which takes the
    // release the build in its own process made as its own: the same code, so the fast path holds.
    const third = await build(['--fast', '--base', second.out])
    expect(third.pid).not.toBe(firstServer)
    expect(running(third.pid)).toBe(true)
    expect(third.log).not.toContain('(a deploy)')
    expect(third.log).toMatch(/Fast path: 0 page\(s\) rendered, nothing public changed/)
    expect(home(third.out)).toContain(NEW_LINK)
  }, 300_000)
})
