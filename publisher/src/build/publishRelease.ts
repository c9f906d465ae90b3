import path from 'node:path'
import type { Canaries, ChangeRequest } from '../client/protocol.ts'
import type { Logger } from '../logger.ts'
import {
  activateRelease,
  discardRelease,
  LiveReleaseChangedError,
  currentRelease,
  newReleaseId,
  promoteStaging,
  pruneReleases,
  readCanaryDigest,
  readReleaseMeta,
  stagingDirFor,
  writeCanaryDigest,
} from '../release/releaseStore.ts'
import { removeTree } from '../release/removeTree.ts'
import { SupersededError } from '../errors.ts'
import { canaryDigest } from '../verify/canaryDigest.ts'
import { verifyRelease, type VerifyReport } from '../verify/verifyRelease.ts'
import type { ReleaseLive } from './announceRelease.ts'
import type { BuildServer } from './buildServer.ts'
import { runBuildCommand, type BuildCommand } from './runBuildCommand.ts'

export interface PublishReleaseOptions {
  releasesDir: string
  build: BuildCommand
  /** Runs the fast builds when given (build.server, started by the publisher); otherwise the build command does. */
  buildServer?: BuildServer | null
  cmsUrl: string
  siteUrl: string
  buildTimeoutMs: number
  keepReleases: number
  maxPageDrop: number
  canaries: () => Promise<Canaries>
  logger: Logger
  onBuildOutput?: (line: string) => void
  /** Called once the release is live (WebSub pings); must not throw. */
  onReleaseLive?: ((release: ReleaseLive) => void) | null
}

export interface PublishedRelease extends VerifyReport {
  id: string
  logFile: string
  /** Only the changed pages were rendered: the search index and sitemap are the previous release's. */
  fast: boolean
  /** List pages the fast build left as the previous release had them, for the next build to render. */
  pagesLeft: number
  /** Time in the site build, and in verification (canaries fetched from the CMS included). */
  buildMs: number
  verifyMs: number
}

/** What site/scripts/build.ts prints after a fast build (it may decline and build everything). */
const FAST_DONE = /^Fast path: /
/** ... and, in that line, when it left list pages that only shifted for the next build (site src/lib/deferredPages.ts). */
const PAGES_LEFT = /(\d+) list page\(s\) left for the next build/

/**
 * One build, start to finish (issue #6, point 2): build into a staging directory, verify it, turn
 * it into a release and swap `current` to it, then prune old releases. Any failure removes the
 * staging directory and rethrows; `current` is only touched after everything passed, so the live
 * site never changes on failure.
 */
export async function publishRelease(
  options: PublishReleaseOptions,
  /**
   * `changes`: every change since the live release, or null when unknown. `fast`: the site may
   * render only those (nothing failed since the live release was built). `reuseLive`: a full
   * build may copy the live release when nothing public changed since it was built (the site's
   * build checks that itself); false for an administrator's rebuild. `completes`: the build only
   * renders the list pages the live release left (their number, for the release's record).
   */
  batch: { id?: string; changes: ChangeRequest[] | null; fast?: boolean; acceptPageDrop: boolean; reuseLive?: boolean; completes?: number },
  signal?: AbortSignal,
): Promise<PublishedRelease> {
  const { releasesDir } = options
  const id = batch.id ?? newReleaseId()
  const startedAt = new Date()
  const logFile = path.join(releasesDir, 'logs', `${id}.log`)
  const staging = await stagingDirFor(releasesDir, id)
  const live = await currentRelease(releasesDir)
  const liveDir = live ? path.join(releasesDir, live) : null
  try {
    const fast = Boolean(batch.fast && batch.changes && liveDir && options.build.fastArgs?.length)
    let fastDone = false
    let pagesLeft = 0
    const env = {
      OUT_DIR: staging,
      CMS_URL: options.cmsUrl,
      SITE_URL: options.siteUrl,
      // For a fast build: the live release to start from, and everything that changed since.
      // For a full build that may reuse it: the live release, copied when nothing public
      // changed since it was built. Empty when neither applies: the site builds everything.
      SITE_BASE_DIR: fast || batch.reuseLive ? (liveDir ?? '') : '',
      PUBLISH_PREVIOUS_RELEASE: batch.changes ? (liveDir ?? '') : '',
      PUBLISH_CHANGES: batch.changes ? JSON.stringify(batch.changes) : '',
    }
    const onOutput = (line: string) => {
      if (FAST_DONE.test(line)) {
        fastDone = true
        pagesLeft = Number(PAGES_LEFT.exec(line)?.[1] ?? 0)
      }
      options.onBuildOutput?.(line)
    }
    const withOutDir = (args: string[]) => args.map((arg) => arg.replaceAll('{outDir}', staging))
    const run = { env, logFile, timeoutMs: options.buildTimeoutMs, signal, onOutput }
    if (fast && options.buildServer) await options.buildServer.run({ ...run, args: withOutDir(options.build.fastArgs ?? []) })
    else {
      await runBuildCommand({
        ...run,
        build: { ...options.build, args: withOutDir([...options.build.args, ...(fast ? (options.build.fastArgs ?? []) : [])]) },
      })
    }
    signal?.throwIfAborted()
    const builtAt = Date.now()
    // Fetched after the build, so a document unpublished while it ran is caught; the CMS works
    // them out while verification walks the release.
    const canaries = options.canaries()
    canaries.catch(() => {}) // awaited by verifyRelease; a CMS that fails at once must not end the process before that
    const report = await verifyRelease({
      dir: staging,
      liveDir,
      livePages: live ? (await readReleaseMeta(releasesDir, live))?.pages : null,
      canaries,
      liveCanaryDigest: live ? await readCanaryDigest(releasesDir, live) : null,
      maxPageDrop: options.maxPageDrop,
      acceptPageDrop: batch.acceptPageDrop,
    })
    signal?.throwIfAborted()
    const verifyMs = Date.now() - builtAt
    const finishedAt = new Date()
    // A rollback while this build ran: it was made from the release rolled back from, so it must not
    // undo the rollback. Checked now, and again at the swap itself (activateRelease's ifCurrent).
    const superseded = (liveNow: string | null) => new SupersededError(`The live release changed from ${live ?? '(none)'} to ${liveNow ?? '(none)'} while release ${id} was being built (a rollback); ${id} was discarded so the rollback stands. Publish again, or rebuild from the dashboard, to build from the current content.`)
    const liveNow = await currentRelease(releasesDir)
    if (liveNow !== live) throw superseded(liveNow)
    await writeCanaryDigest(releasesDir, id, canaryDigest(await canaries))
    await promoteStaging(releasesDir, staging, {
      id,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      pages: report.pages,
      changes: batch.changes?.length ?? 0,
      ...(pagesLeft ? { pagesLeft } : {}),
      ...(batch.completes ? { completedPagesLeft: batch.completes } : {}),
    })
    try {
      await activateRelease(releasesDir, id, { ifCurrent: live })
    } catch (error) {
      if (!(error instanceof LiveReleaseChangedError)) throw error
      await discardRelease(releasesDir, id)
      throw superseded(error.live)
    }
    options.onReleaseLive?.({ id, dir: path.join(releasesDir, id), previousDir: liveDir })
    // The release is live: a failure to remove old ones is reported, never taken for a failed build.
    // The old trees are deleted in the background (a low-priority rm, seconds at 10,000 articles):
    // the build that completes the list pages this one left, or the next publish, need not wait.
    const pruned = await pruneReleases(releasesDir, options.keepReleases, { waitForRemoval: false }).catch((error: Error) => {
      options.logger.warn(`Release ${id} is live, but removing old releases failed: ${error.message}. Free the disk space by hand, or restart the publisher, which removes leftovers.`)
      return []
    })
    if (pruned.length) options.logger.info(`Removed old releases: ${pruned.join(', ')}.`)
    return { ...report, id, logFile, fast: fastDone, pagesLeft, buildMs: builtAt - startedAt.getTime(), verifyMs }
  } catch (error) {
    await removeTree(staging)
    throw error
  }
}
