import { statSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Canaries } from '../client/protocol.ts'
import { VerificationError } from '../errors.ts'
import { canaryDigest, onlyNewMarkers } from './canaryDigest.ts'
import { CanaryScanner, type Leak } from './canaryScanner.ts'
import { checkPageCount } from './checkPageCount.ts'
import { jsonFeedProblem, xmlFeedProblem } from './checkFeed.ts'
import { isJsonFeed, isPage, isPublicText, isXmlFeed, walkRelease, walkReleaseTree, type ReleaseFile } from './walkRelease.ts'

export interface VerifyOptions {
  /** The finished build, not live yet. */
  dir: string
  /** The live release, to compare with, or null before the first release. */
  liveDir: string | null
  /** The live release's page count when already known (its meta file), to skip counting again. */
  livePages?: number | null
  /**
   * What must not appear, or its promise: the publisher fetches it from the CMS after the build,
   * while the release is walked, and it is awaited only when the files are read.
   */
  canaries: Canaries | Promise<Canaries>
  /**
   * The canary digest the live release was verified with. When nothing is new since, files the
   * build hard-linked from the live release (a fast build's untouched pages) are not read again:
   * their content was verified then and no new canary could be in it.
   */
  liveCanaryDigest?: readonly string[] | null
  maxPageDrop: number
  acceptPageDrop: boolean
}

export interface VerifyReport {
  pages: number
  feeds: number
  filesScanned: number
  /** Files skipped as hard links to the already verified live release. */
  filesReused: number
}

/** Feeds that, once live, must stay: aggregators subscribed to them. */
const REQUIRED_IF_LIVE = ['/rss.xml', '/feed.json']
const MAX_LISTED = 8
/**
 * A CMS upload address (`…/api/media/file/x.jpg`), in a page or a feed: found by its path, then
 * widened back to the address's start for the message. (One pattern with the start in it,
 * `[^\s"'<>()]*\/api…`, retried a run of characters at every position: about 0.3 ms a page.)
 */
const CMS_FILE_PATH = /\/api\/(?:media|audio)\/file\/[^\s"'<>()]+/
const URL_CHAR = /[^\s"'<>()]/

function cmsFileUrl(text: string): string | null {
  const found = CMS_FILE_PATH.exec(text)
  if (!found) return null
  let start = found.index
  while (start > 0 && found.index - start < 80 && URL_CHAR.test(text[start - 1]!)) start--
  return text.slice(start, found.index + found[0].length)
}
const READ_CONCURRENCY = 16

/**
 * Checks a finished build before it may go live (issue #6, point 2): a sane page count against the
 * live release, no trace of unpublished or private content, and feeds that parse. Throws a
 * VerificationError naming the first kind of problem and up to eight places.
 */
export async function verifyRelease(options: VerifyOptions): Promise<VerifyReport> {
  const asked = Promise.resolve(options.canaries)
  asked.catch(() => {}) // awaited below; not an unhandled rejection when the walk fails first
  const { files, others } = await walkReleaseTree(options.dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
    throw new VerificationError(`The build finished without writing ${options.dir}; it was not published. Check the build command writes into OUT_DIR.`, 'empty-release')
  })
  // A symlink is served as what it points at (the portal's server within the release, a web
  // server configured to follow links anywhere), which nothing here scans; no build makes one.
  fail('unexpected-file', 'The build contains symlinks or special files, which are never scanned', others.map((entry) => `${entry.urlPath} is not a regular file`))
  const pages = files.filter(isPage)
  checkPageCount({
    pages: pages.length,
    hasHomePage: files.some((file) => file.urlPath === '/index.html'),
    livePages: options.liveDir ? (options.livePages ?? (await countPages(options.liveDir))) : null,
    maxDrop: options.maxPageDrop,
    acceptDrop: options.acceptPageDrop,
  })

  const canaries = await asked
  const scanner = new CanaryScanner(canaries)
  const draftPages = pages.filter((file) => scanner.isDraftPage(file.urlPath)).map((file) => `${file.urlPath} is the page of an unpublished document`)
  fail('draft-content', 'The build contains pages of unpublished documents', draftPages)

  const leaks: Leak[] = []
  const malformed: string[] = []
  const cmsAddresses: string[] = []
  const texts = files.filter(isPublicText)
  // Files hard-linked from the live release are read again unless the only new canaries are
  // private markers of new documents (canaryDigest.ts, onlyNewMarkers).
  const reuse = Boolean(options.liveDir && options.liveCanaryDigest && onlyNewMarkers(canaryDigest(canaries), options.liveCanaryDigest))
  const toRead = reuse ? await notHardLinked(texts) : texts
  await forEachConcurrently(toRead, READ_CONCURRENCY, async (file) => {
    const text = await fs.readFile(file.absolutePath, 'utf8')
    leaks.push(...scanner.scan(file.urlPath, text))
    // The portal serves its own copies of every file (issue #13, point 2): a CMS file URL is a broken
    // image wherever the CMS is not public, and the unoptimised original everywhere else.
    const cms = cmsFileUrl(text)
    if (cms) cmsAddresses.push(`${file.urlPath} points at the CMS (${cms.slice(0, 80)})`)
    const problem = isXmlFeed(file) ? xmlFeedProblem(text) : isJsonFeed(file) ? jsonFeedProblem(text) : null
    if (problem) malformed.push(`${file.urlPath}: ${problem}`)
  })
  const messages = (kind: Leak['kind']) => leaks.filter((leak) => leak.kind === kind).map((leak) => leak.message)
  fail('draft-content', 'The build links to unpublished documents', messages('draft'))
  fail('private-content', 'The build contains private data', messages('private'))
  fail('cms-address', 'The build points at files on the CMS instead of its own copies', cmsAddresses)

  const paths = new Set(files.map((file) => file.urlPath))
  if (options.liveDir) {
    for (const feed of REQUIRED_IF_LIVE) {
      if (!paths.has(feed) && (await exists(path.join(options.liveDir, feed)))) malformed.push(`${feed} is live but missing from the build`)
    }
  }
  fail('malformed-feed', 'The build has broken feeds', malformed)

  return { pages: pages.length, feeds: files.filter((f) => isXmlFeed(f) || isJsonFeed(f)).length, filesScanned: toRead.length, filesReused: texts.length - toRead.length }
}

function fail(code: VerificationError['code'], what: string, found: string[]): void {
  if (!found.length) return
  // In URL order (each problem starts with its file's path): files are read concurrently.
  const problems = [...found].sort()
  const listed = problems.slice(0, MAX_LISTED).join('; ')
  const more = problems.length > MAX_LISTED ? ` and ${problems.length - MAX_LISTED} more` : ''
  throw new VerificationError(`${what}, so it was not published: ${listed}${more}.`, code, problems)
}

/** Pages of a release already on disk. */
export async function countPages(dir: string): Promise<number> {
  return (await walkRelease(dir)).filter(isPage).length
}

/** Files checked between two turns of the event loop (the portal's server may share the process). */
const STATS_PER_TURN = 1000

/**
 * The files that are not hard links, i.e. not shared with the live release. Checked with one
 * synchronous stat each, in batches: 13,500 files take 0.07 s this way and about 0.5 s through the
 * asynchronous calls.
 */
async function notHardLinked(files: ReleaseFile[]): Promise<ReleaseFile[]> {
  const own: ReleaseFile[] = []
  for (const [index, file] of files.entries()) {
    if (index > 0 && index % STATS_PER_TURN === 0) await nextTurn()
    if (statSync(file.absolutePath).nlink <= 1) own.push(file)
  }
  return own
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  )
}

async function forEachConcurrently<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  })
  await Promise.all(workers)
}
