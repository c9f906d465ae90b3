/**
 * The publisher's warm build server (issue #14): the same builds as build.ts, run one after another
 * in one process that keeps Astro, Vite and the portal's integrations loaded (and compiled by V8)
 * between publishes. A fast build then starts in a fraction of a second instead of paying Node's
 * start and about two seconds of module loading twice (build.ts, then Astro's CLI).
 *
 * Protocol (the client is the publisher's publisher/src/build/buildServer.ts): one request per
 * line on stdin, `{"id": "...", "args": [build.ts arguments], "env": {...}}`; the build's output on
 * stdout and stderr as build.ts prints it; then, on each of the two, the line
 * `BUILD_DONE {"id": "...", "code": 0, "exiting"?: true}` (code 0: built; otherwise failed, as
 * build.ts's exit code; `exiting`: the server stops after this build, see below).
 *
 * Builds must not see each other:
 *   - process.env is the server's own plus the request's, nothing left from the build before;
 *   - the process-wide state the portal's build code shares (Symbol.for('thidua.site.…') keys on
 *     globalThis, src/lib/buildScope.ts) is cleared before each build, which also frees the data
 *     of the build before (the site model, the feeds), kept there rather than in module variables;
 *   - Astro's bundle of the pages (written to <outDir>/.prerender/ and imported from there) is
 *     loaded afresh: its module URLs carry the build's number, so no module-level cache of the page
 *     code (site.ts, content.ts, fastPath.ts...) outlives its build.
 * Node never unloads a module, so each build's page code stays in memory: the server exits after a
 * build that leaves it above SITE_WARM_MAX_RSS_MB (default 3072), and after any failed build (it
 * may have left Astro half set up); the publisher starts another for the next build. When the
 * site's code on disk is no longer the code it loaded (the templates' fingerprint: a deploy), it
 * runs that build as build.ts in a process of its own, then exits.
 */
import { createInterface } from 'node:readline'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { templateFingerprint } from './fingerprint.ts'
import { loadAfresh } from './freshModules.ts'
import { clearBuildState } from '../src/lib/buildScope.ts'
import { SITE_ROOT, buildSite, exitCodeOf, printBuildError, type AstroRunner } from './siteBuild.ts'
import { withNativeAllocatorEnv } from './nativeAllocator.ts'

const BUILD_DONE = '\u001eBUILD_DONE '

const maxRssMb = Number(process.env.SITE_WARM_MAX_RSS_MB) > 0 ? Number(process.env.SITE_WARM_MAX_RSS_MB) : 3072
// Before Astro (and with it rolldown's allocator) is imported below: nativeAllocator.ts.
Object.assign(process.env, withNativeAllocatorEnv(process.env))
const ownEnv = { ...process.env }
/** The templates' fingerprint (fingerprint.ts) of the code this process loads; a build finding another on disk runs elsewhere. */
const loadedCode = templateFingerprint()
let codeChanged = false
let served = 0

// Astro's bundle of the pages, written to <outDir>/.prerender/ and imported from there by each build.
const pageBundle = loadAfresh('.prerender')

const { build: astroBuild } = await import('astro')

/** Astro's build in this process, with `env` added to process.env while it runs. */
const runAstroHere: AstroRunner = async (env) => {
  const before = { ...process.env }
  Object.assign(process.env, env)
  const cwd = process.cwd()
  process.chdir(SITE_ROOT)
  try {
    await astroBuild({ root: SITE_ROOT })
    return 0
  } catch (error) {
    console.error((error as Error).stack ?? String(error))
    return 1
  } finally {
    process.chdir(cwd)
    useEnv(before)
  }
}

/** Makes process.env exactly `env` (keys added by a build removed). */
function useEnv(env: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key]
  Object.assign(process.env, env)
}

interface BuildRequest { id: string; args: string[]; env: Record<string, string> }

/**
 * A build in a process of its own (build.ts), as without this server: for the code on disk once
 * it is not the code this process loaded (a deploy), whose integrations Node would not load again.
 */
const buildElsewhere = (request: BuildRequest) => new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [path.join(SITE_ROOT, 'scripts/build.ts'), ...request.args], { stdio: 'inherit', env: { ...ownEnv, ...request.env } })
  child.on('error', () => resolve(1))
  child.on('exit', (code, signal) => resolve(exitCodeOf(code, signal)))
})

async function serve(request: BuildRequest): Promise<number> {
  pageBundle.next()
  useEnv({ ...ownEnv, ...request.env })
  clearBuildState()
  try {
    const fingerprint = templateFingerprint()
    if (fingerprint !== loadedCode) {
      console.log('Build server: the site\'s code changed since this server started (a deploy): this build runs in a process of its own, and the next build starts a new server.')
      codeChanged = true
      return await buildElsewhere(request)
    }
    await buildSite(request.args, runAstroHere, fingerprint)
    return 0
  } catch (error) {
    printBuildError(error)
    return 1
  }
}

const done = (id: string, code: number, exiting: boolean): Promise<unknown> => {
  const line = `\n${BUILD_DONE}${JSON.stringify({ id, code, ...(exiting ? { exiting } : {}) })}\n`
  const written = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write(line, () => resolve()))
  return Promise.all([written(process.stderr), written(process.stdout)])
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  let request: BuildRequest
  try {
    request = JSON.parse(line) as BuildRequest
    if (typeof request.id !== 'string' || !Array.isArray(request.args) || typeof request.env !== 'object') throw new Error('not a build request')
  } catch (error) {
    console.error(`Build server: ignored a request that is not {"id", "args", "env"} JSON (${(error as Error).message}).`)
    continue
  }
  const code = await serve(request)
  served++
  const rssMb = process.memoryUsage().rss / 1024 / 1024
  const exiting = code !== 0 || rssMb > maxRssMb || codeChanged
  console.log(`Build server: ${served} build(s) in this process, ${Math.round(rssMb)} MB in use (it stops past SITE_WARM_MAX_RSS_MB=${maxRssMb}).`)
  if (exiting) console.error(code !== 0 ? 'Build server: stopping after a failed build; the next build starts a new one.' : codeChanged ? 'Build server: stopping for the new code.' : 'Build server: stopping, past its memory limit; the next build starts a new one.')
  await done(request.id, code, exiting)
  if (exiting) process.exit(0)
}
// stdin closed: the publisher stopped (or died without saying so); nothing may keep this process up.
process.exit(0)
