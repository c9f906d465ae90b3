/**
 * One build of the portal (issue #4; the publisher's builds, issue #6), whichever process runs it:
 * a process of its own (build.ts) or the publisher's warm build server (buildServer.ts), which
 * keeps Astro loaded between publishes (issue #14). Arguments as build.ts documents them; the rest
 * comes from process.env as it is when the build starts.
 *
 * --fast renders only the pages the last sync's changes touch (content-models affectedPaths) and
 * writes --out as a copy of --base (hard links) with those pages replaced and stale URLs removed.
 * The sitemaps list --base's pages with the rendered ones added and the removed ones taken out;
 * the full search index stays --base's until the next full build, and the pages changed since
 * that index are searchable through a small index beside it (pagefind-recent/). It falls back to
 * a full build when taxonomy, media or the portal's information changed, when the last build
 * failed, when --base is missing or is not the release this cache dir built last, or when the
 * templates changed since (a fingerprint of the site's code, content-models and the
 * lockfile). When nothing public changed since --base was built (sourceSignature.ts: every public
 * document's id and updatedAt, the globals, the settings, the day), --out is a copy of --base and
 * Astro does not run.
 *
 * --defer-shifted (the publisher's fast builds) leaves the list pages that only shifted as --base
 * has them (src/lib/deferredPages.ts); the build says how many ("N list page(s) left for the next
 * build"), and the next fast build, which never defers, renders them. A --base with pages left
 * is never copied as it is.
 *
 * Without --fast, a --base (the publisher's build at start, its full build after fast ones) is
 * copied the same way if it was a full build of this cache dir, or a copy of one, with the same
 * templates and nothing public changed since; otherwise everything is built. No --base: everything.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, cpSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { templateFingerprint } from './fingerprint.ts'
import { publicDocumentSaved, recordedSignature, takeSource, warmListings, type TakenSource } from './sourceSignature.ts'
import { pageOfFile, releasePagesAsync, writeSitemaps } from '../src/lib/sitemaps.ts'
import { clearSyncRecords } from '../src/loaders/syncRecord.ts'
import { readJsonFile } from '../src/lib/jsonFile.ts'
import { DEFER_SHIFTED_ENV } from '../src/lib/deferredPages.ts'

export const SITE_ROOT = path.resolve(import.meta.dirname, '..')

/** A build that failed for a reason its message says in full (no stack needed). */
export class BuildError extends Error {}

/** Prints why a build failed: a BuildError's message says it in full; anything else with its stack. */
export function printBuildError(error: unknown): void {
  console.error(`\n${error instanceof BuildError ? error.message : (error as Error).stack ?? String(error)}`)
}

/** A child build's exit as an exit code: a signal counts as a failure (128), as a shell has it. */
export const exitCodeOf = (code: number | null, signal: NodeJS.Signals | null): number => code ?? (signal ? 128 : 1)

/**
 * Runs `astro build` with `env` added to process.env; resolves with its exit code (0: built).
 * build.ts spawns Astro's CLI; the warm build server calls Astro in its own process.
 */
export type AstroRunner = (env: Record<string, string>) => Promise<number>

/**
 * Which build made a release, in the release (a dot-file: the portal's server never serves those)
 * and in the cache dir: a fast build may start only from the release this cache dir built last,
 * with the same templates, since the change journal is relative to that build. `source` is the
 * signature of the content it was built from (sourceSignature.ts): what its loaders stored.
 */
const BUILD_STAMP = '.thidua-build.json'
interface BuildStamp {
  id: string
  fingerprint: string
  source?: string | null
  /** Whether its search index covers every page (a full build or a copy of one), not only a fast build's changes. */
  complete?: boolean
  /** List pages left as --base had them, for the next build (src/lib/deferredPages.ts). */
  deferred?: number
}
const readStamp = (file: string) => readJsonFile<BuildStamp>(file)

/**
 * Builds the portal as `argv` (build.ts's arguments) and process.env say; throws a BuildError on
 * failure. `fingerprint`: templateFingerprint() when the caller just worked it out.
 */
export async function buildSite(argv: string[], runAstro: AstroRunner, fingerprint?: string): Promise<void> {
  const build = new SiteBuild(argv, runAstro, fingerprint)
  try {
    build.checkEnv()
    await (build.args.fast ? build.fast() : build.full())
  } finally {
    build.stopWarming()
  }
}

/** The arguments, --base and --out made absolute (the warm build server changes its working dir while Astro runs). */
function parseBuildArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      fast: { type: 'boolean', default: false },
      'defer-shifted': { type: 'boolean', default: false },
      base: { type: 'string', default: process.env.SITE_BASE_DIR },
      out: { type: 'string', default: process.env.OUT_DIR },
    },
  })
  return { ...values, base: values.base ? path.resolve(values.base) : values.base, out: values.out ? path.resolve(values.out) : values.out }
}

class SiteBuild {
  readonly args: ReturnType<typeof parseBuildArgs>
  readonly runAstro: AstroRunner
  readonly cacheDir = path.resolve(process.env.SITE_CACHE_DIR || path.join(SITE_ROOT, 'node_modules/.astro'))
  readonly buildDir = path.resolve(process.env.SITE_BUILD_DIR || path.join(SITE_ROOT, 'dist'))
  readonly failedMarker = path.join(this.cacheDir, 'thidua-last-build-failed')
  readonly siteUrl = process.env.SITE_URL || 'http://127.0.0.1:4321'
  stopWarming = () => {}

  readonly fingerprint: () => string

  constructor(argv: string[], runAstro: AstroRunner, fingerprint?: string) {
    this.args = parseBuildArgs(argv)
    this.runAstro = runAstro
    this.fingerprint = () => fingerprint ?? templateFingerprint()
  }

  checkEnv(): void {
    const { args } = this
    if (process.env.FIXTURE) {
      if (!existsSync(path.join(process.env.FIXTURE, 'index.json'))) throw new BuildError(`FIXTURE=${process.env.FIXTURE} has no index.json. Record one with scripts/record-fixture.ts.`)
    } else if (process.env.CMS_URL) {
      try { new URL(process.env.CMS_URL) } catch { throw new BuildError(`CMS_URL=${process.env.CMS_URL} is not a URL (e.g. http://127.0.0.1:3000).`) }
    }
    if (process.env.SITE_URL) {
      try { new URL(process.env.SITE_URL) } catch { throw new BuildError(`SITE_URL=${process.env.SITE_URL} is not a URL (the portal's public address, e.g. https://thidua.example.vn).`) }
    }
    if (args.out && existsSync(args.out) && readdirSync(args.out).length > 0) throw new BuildError(`--out ${args.out} exists and is not empty; give a new directory.`)
    // The release is copied from --base into --out while Astro writes SITE_BUILD_DIR: none may hold another.
    const dirs = { '--out': args.out, '--base': args.base, SITE_BUILD_DIR: this.buildDir }
    for (const [a, dirA] of Object.entries(dirs)) {
      for (const [b, dirB] of Object.entries(dirs)) {
        if (a !== b && dirA && dirB && isWithin(path.resolve(dirA), path.resolve(dirB))) throw new BuildError(`${a} (${dirA}) is inside ${b} (${dirB}) or the same folder; give separate folders.`)
      }
    }
  }

  /** The stamp that lets the next build start from this one. */
  finish(dir: string, fingerprint: string, source: string | null, complete: boolean, deferred = 0): void {
    const stamp: BuildStamp = { id: randomUUID(), fingerprint, source, complete, ...(deferred ? { deferred } : {}) }
    rmSync(path.join(dir, BUILD_STAMP), { force: true }) // a hard link to the live release's in a fast build
    writeFileSync(path.join(dir, BUILD_STAMP), JSON.stringify(stamp))
    mkdirSync(this.cacheDir, { recursive: true })
    writeFileSync(path.join(this.cacheDir, BUILD_STAMP), JSON.stringify(stamp))
  }

  /** Runs `astro build`; resolves when it succeeded. */
  async astroBuild(extraEnv: Record<string, string>): Promise<void> {
    clearSyncRecords(this.cacheDir)
    const code = await this.runAstro({ ASTRO_TELEMETRY_DISABLED: '1', SITE_CACHE_DIR: this.cacheDir, ...(process.env.SITE_BUILD_DIR ? { SITE_BUILD_DIR: this.buildDir } : {}), ...extraEnv })
    if (code !== 0) {
      mkdirSync(this.cacheDir, { recursive: true })
      writeFileSync(this.failedMarker, new Date().toISOString())
      throw new BuildError(`astro build failed (exit ${code}); see the error above. Nothing was published.`)
    }
  }

  /** Moves the finished build to `out` (a rename when on the same file system). */
  publishTo(out: string): void {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
    if (existsSync(out)) rmSync(out, { recursive: true })
    try {
      renameSync(this.buildDir, out)
    } catch {
      cpSync(this.buildDir, out, { recursive: true })
    }
  }

  /** Why a build cannot start from `base` (it is not the release this cache dir built last, ...), or null. */
  whyNotFrom(base: string | undefined, fingerprint: string): string | null {
    const baseStamp = base ? readStamp(path.join(base, BUILD_STAMP)) : null
    return !base || !existsSync(path.join(base, 'index.html')) ? `no previous release at --base ${base ?? '(unset)'}`
      : existsSync(this.failedMarker) ? 'the last build failed, so the last sync may hold changes no page shows yet'
      : !baseStamp || baseStamp.id !== readStamp(path.join(this.cacheDir, BUILD_STAMP))?.id ? `--base ${base} is not the release this cache dir built last, so its change journal does not apply`
      : baseStamp.fingerprint !== fingerprint ? 'the templates or the renderer changed since --base was built (fingerprint), so every page may differ'
      : null
  }

  /**
   * The content's signature (sourceSignature.ts). When the build does not wait for it because a
   * public document was saved, the CMS still prepares the listings the loaders ask first; not when
   * the CMS failed to answer them (asking again at once would only load it more).
   */
  async takeSourceWarming(): Promise<TakenSource> {
    const taken = await takeSource()
    if (taken.signature === null && publicDocumentSaved(process.env)) this.stopWarming = warmListings()
    return taken
  }

  async full(fingerprint = this.fingerprint(), given?: TakenSource): Promise<void> {
    const { args, buildDir } = this
    const taken = given ?? await this.takeSourceWarming()
    const base = args.base
    const baseStamp = base ? readStamp(path.join(base, BUILD_STAMP)) : null
    if (base && args.out && taken.signature && baseStamp?.complete && baseStamp.source === taken.signature && !this.whyNotFrom(base, fingerprint)) {
      const started = Date.now()
      const out = path.resolve(args.out)
      await copyRelease(base, out)
      this.finish(out, fingerprint, taken.signature, true)
      console.log(`\nNothing public changed since ${base} was built, with the same templates: ${out} is a copy of it, made in ${((Date.now() - started) / 1000).toFixed(1)} s. (Give no --base to build everything.)`)
      return
    }
    await this.astroBuild({})
    for (const must of ['index.html', '404.html', 'pagefind/pagefind.js', 'sitemap-index.xml']) {
      if (!existsSync(path.join(buildDir, must))) throw new BuildError(`The build finished without ${must}; refusing to publish it.`)
    }
    this.finish(buildDir, fingerprint, recordedSignature(this.cacheDir, taken), true)
    rmSync(this.failedMarker, { force: true })
    if (args.out) this.publishTo(args.out)
    console.log(`\nPortal built${args.out ? ` into ${path.resolve(args.out)}` : ` in ${buildDir}`}.`)
  }

  async fast(): Promise<void> {
    const { args } = this
    const base = args.base
    const fingerprint = this.fingerprint()
    const baseStamp = base ? readStamp(path.join(base, BUILD_STAMP)) : null
    const why = !args.out ? 'no --out given' : this.whyNotFrom(base, fingerprint)
    const taken = await this.takeSourceWarming()
    if (why) { console.log(`Fast path not possible (${why}): running a full build.`); return this.full(fingerprint, taken) }
    const started = Date.now()
    const out = path.resolve(args.out!)
    if (taken.signature && baseStamp!.source === taken.signature && !baseStamp!.deferred) {
      // Nothing any page shows changed since --base was built (a draft saved, a change to a document that is not public).
      await copyRelease(base!, out)
      this.finish(out, fingerprint, taken.signature, baseStamp!.complete === true)
      console.log(`\nFast path: 0 page(s) rendered, nothing public changed since ${base} was built: ${out} is a copy of it, made in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
      return
    }
    // --out starts as a copy of --base, made on the second core while Astro renders on the first;
    // whatever fails from here on, no --out is left behind.
    const copied = copyRelease(base!, out).then(() => null, (error: unknown) => error)
    try {
      // Pages are left for the next build only by a build whose --base left none: they never wait twice.
      const defer = args['defer-shifted'] && !baseStamp!.deferred
      const built = this.astroBuild({ SITE_FAST: '1', SITE_BASE_DIR: path.resolve(base!), [DEFER_SHIFTED_ENV]: defer ? '1' : '0' })
      // The pages of --base, of which --out is a copy, listed while Astro works: the sitemaps list them
      // with this build's changes applied, instead of walking --out once it is finished.
      const basePages = listPages(base!)
      await built
      const copyFailed = await copied
      if (copyFailed) throw copyFailed
      this.publishFast(out, fingerprint, taken, started, await basePages)
    } catch (error) {
      await copied
      rmSync(out, { recursive: true, force: true })
      throw error
    }
  }

  /**
   * Puts a fast build's pages into `out` (a copy of --base), or its whole output when it declined.
   * `pages`: --base's pages, which this updates to `out`'s; null to walk `out` for them.
   */
  publishFast(out: string, fingerprint: string, taken: TakenSource, started: number, pages: Set<string> | null): void {
    const { buildDir, cacheDir } = this
    const plan = JSON.parse(readFileSync(path.join(cacheDir, 'thidua-fast-plan.json'), 'utf8')) as { render: string[]; remove: string[]; deferred?: number; fullBuildReason: string | null }
    if (plan.fullBuildReason) {
      console.log(`Fast path declined (${plan.fullBuildReason}): this was a full build.`)
      writeSitemaps(buildDir, this.siteUrl) // sitemapIntegration skips SITE_FAST builds
      this.finish(buildDir, fingerprint, recordedSignature(cacheDir, taken), true)
      rmSync(this.failedMarker, { force: true })
      this.publishTo(out) // in place of the copy
      return
    }
    // The small index of recent changes is written whole by every fast build (lib/search/searchIndexer.ts).
    rmSync(path.join(out, 'pagefind-recent'), { recursive: true, force: true })
    let replaced = 0
    for (const rel of walk(buildDir)) {
      if (rel.startsWith(`pagefind${path.sep}`)) continue // kept from --base until the full build (the recent index is pagefind-recent/)
      const target = path.join(out, rel)
      mkdirSync(path.dirname(target), { recursive: true })
      if (existsSync(target)) unlinkSync(target)
      renameSync(path.join(buildDir, rel), target)
      replaced++
      const page = pageOfFile(rel)
      if (page) pages?.add(page)
    }
    for (const page of plan.remove) {
      // A page is a directory's index.html; a feed or a script file is named as it is.
      const target = path.join(out, page)
      if (!target.startsWith(out + path.sep) || !existsSync(target)) continue
      const isFile = statSync(target).isFile()
      const removed = isFile ? target : path.join(target, 'index.html')
      if (isFile || existsSync(removed)) {
        rmSync(removed)
        const page = pageOfFile(path.relative(out, removed))
        if (page && pages && !pages.delete(page)) pages = null // not in --base's list as named here: walk --out instead
      }
      removeEmptyDirs(isFile ? path.dirname(target) : target, out)
    }
    discardBuildDir(buildDir)
    // Astro wrote sitemaps of the rendered pages only (sitemapIntegration skips a fast build): list the whole release.
    writeSitemaps(out, this.siteUrl, pages ? [...pages].sort() : undefined)
    const deferred = plan.deferred ?? 0
    this.finish(out, fingerprint, recordedSignature(cacheDir, taken), false, deferred)
    rmSync(this.failedMarker, { force: true })
    const left = deferred ? `, ${deferred} list page(s) left for the next build` : ''
    console.log(`\nFast path: ${plan.render.length} page(s) rendered${left}, ${replaced} file(s) replaced, ${plan.remove.length} URL(s) removed, into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  }
}

const isWithin = (dir: string, parent: string) => dir === parent || dir.startsWith(parent + path.sep)

function walk(dir: string, rel = ''): string[] {
  const out: string[] = []
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, entry.name)
    if (entry.isDirectory()) out.push(...walk(dir, r))
    else out.push(r)
  }
  return out
}

/**
 * A copy of a release made of hard links: its files are replaced, never edited. About 1.7 s at
 * 10,000 articles (mostly the kernel's), so a fast build makes it while Astro runs.
 */
async function copyRelease(from: string, to: string): Promise<void> {
  const status = await new Promise<number | null>((resolve) => {
    // -T: into `to` itself, even when it exists (empty), not into a folder inside it.
    const cp = spawn('nice', ['-n', '19', 'cp', '-alT', path.resolve(from), to], { stdio: 'ignore' })
    cp.on('error', () => resolve(null))
    cp.on('exit', resolve)
  })
  if (status !== 0) {
    rmSync(to, { recursive: true, force: true })
    cpSync(from, to, { recursive: true })
  }
}

/** A release's pages (sitemaps.ts releasePages), or null when they cannot be listed (the copy of it then fails too). */
async function listPages(dir: string): Promise<Set<string> | null> {
  try {
    return new Set(await releasePagesAsync(dir))
  } catch {
    return null
  }
}

/**
 * Takes the build dir, emptied of its files by a fast build but holding their folders (hundreds
 * after a build of list pages), out of the way and deletes it with a low-priority `rm`, so the
 * next build's Astro, which empties it first, does not wait for that. Build dirs set aside earlier
 * and still there (their `rm` was killed with the process: a crash, a restart) go with it.
 */
export function discardBuildDir(buildDir: string): void {
  const trash = `${buildDir}.old-${randomUUID()}`
  try {
    renameSync(buildDir, trash)
  } catch {
    return // nothing to move: Astro empties it
  }
  const prefix = `${path.basename(buildDir)}.old-`
  const parent = path.dirname(buildDir)
  let left = [trash]
  try {
    left = readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => path.join(parent, name))
  } catch { /* only this build's, then */ }
  const rm = spawn('nice', ['-n', '19', 'rm', '-rf', ...left], { stdio: 'ignore', detached: true })
  rm.on('error', () => { for (const dir of left) rmSync(dir, { recursive: true, force: true }) })
  rm.unref()
}

/** Removes `dir` and then its parents while they are empty, up to `root` (kept): a removed page leaves no empty folder, as a clean build would not have one. */
function removeEmptyDirs(dir: string, root: string): void {
  for (let current = dir; current.startsWith(root + path.sep) && existsSync(current) && readdirSync(current).length === 0; current = path.dirname(current)) {
    rmdirSync(current)
  }
}
