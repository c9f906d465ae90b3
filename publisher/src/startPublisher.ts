import fs from 'node:fs/promises'
import type http from 'node:http'
import { BuildScheduler, type BuildBatch } from './build/buildScheduler.ts'
import { BuildServer } from './build/buildServer.ts'
import { publishRelease } from './build/publishRelease.ts'
import { RECORDED_CHANGES, type BuildRecord, type ChangeRequest, type PublisherStatus } from './client/protocol.ts'
import { SupersededError, VerificationError } from './errors.ts'
import { close, createPublisherServer, listen } from './publisherServer.ts'
import { resolvePublisherOptions, type PublisherOptions } from './publisherOptions.ts'
import { currentRelease, newReleaseId, readReleaseMeta, removeLeftovers } from './release/releaseStore.ts'
import { StatusStore } from './statusStore.ts'

export { resolvePublisherOptions, type PublisherOptions }

export interface Publisher {
  /** The control port's base URL, or null without one. */
  readonly url: string | null
  readonly options: Readonly<PublisherOptions>
  /** A public document changed: schedule a debounced build. */
  request(change: ChangeRequest): void
  /** Build now, skipping the debounce (still never two at once). */
  rebuild(options?: { acceptPageDrop?: boolean }): void
  status(): Promise<PublisherStatus>
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>
  /**
   * Stops taking requests and waits for a running build; with `abort`, stops that build instead
   * (it was not live yet: nothing changes for readers, and it is redone at the next start).
   */
  close(options?: { abort?: boolean }): Promise<void>
}


/**
 * Starts the publisher (issue #6, point 1): a control port the CMS's hooks notify, a scheduler that
 * debounces and serialises builds, and atomic, verified releases. Call `close()` on shutdown; a
 * running build is waited for, so no half-built release is left behind.
 */
export async function startPublisher(overrides: Partial<PublisherOptions> = {}): Promise<Publisher> {
  const options = resolvePublisherOptions(overrides)
  const { logger, releasesDir } = options
  await fs.mkdir(releasesDir, { recursive: true })
  await removeLeftovers(releasesDir)
  const store = new StatusStore(options.dataDir)
  let buildingId: string | null = null
  let buildingSince: string | null = null
  let retryTimer: NodeJS.Timeout | null = null
  let running: AbortController | null = null
  let refreshTimer: NodeJS.Timeout | null = null
  // Runs the fast builds, Astro kept loaded between them; started after a build, so that its
  // loading never slows the build at start, and it is ready when the next publish comes.
  const { server: serverCommand } = options.build
  const buildServer = serverCommand ? new BuildServer({ ...serverCommand, env: { ...options.build.env, ...serverCommand.env } }) : null

  const scheduler: BuildScheduler<ChangeRequest> = new BuildScheduler<ChangeRequest>({
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs,
    run: (batch) => runOne(batch),
    onStateChange: (state) => store.update({ state, pending: scheduler?.hasPending ?? false, buildingId, buildingSince }),
    onRunError: (error) => logger.error(`Unexpected publisher error: ${(error as Error).stack ?? String(error)}`),
  })

  // A fast build renders only what changed since the live release, so it is allowed only right
  // after a successful build of this process that is still live: not after a start, a rollback, an
  // administrator's rebuild, nor any failure (the site's sync may have taken changes no live page
  // shows). Changes of failed builds stay due and go to the next build's PUBLISH_CHANGES.
  let carried: ChangeRequest[] = []
  let builtByMe: string | null = null
  let lastFailed = false
  let nextIsRetry = false
  // The live release (this process's last build) left list pages that only shifted for the next
  // build (site src/lib/deferredPages.ts): that one is fast even with no new change, and follows at once.
  let pagesLeft = 0
  let followUpDue = false

  async function runOne(batch: BuildBatch<ChangeRequest>): Promise<void> {
    const isRetry = nextIsRetry
    nextIsRetry = false
    const isFollowUp = followUpDue && !batch.changes.length && !carried.length && !batch.rebuild
    followUpDue = false
    if (isFollowUp && (await currentRelease(releasesDir)) !== builtByMe) {
      // Rolled back since: completing the release rolled back from would undo the rollback.
      logger.info(`The live release is no longer ${builtByMe} (a rollback): its ${pagesLeft} list pages left are not built; the next publish builds everything.`)
      return
    }
    const changes = [...carried, ...batch.changes]
    carried = []
    const id = newReleaseId()
    const startedAt = new Date()
    buildingId = id
    buildingSince = startedAt.toISOString()
    store.update({ state: 'building', buildingId, buildingSince })
    const live = await currentRelease(releasesDir)
    // Every change since the live release is known only while it is this process's own last build.
    const liveIsMine = builtByMe !== null && live === builtByMe
    const completing = pagesLeft > 0 && liveIsMine && !batch.rebuild
    const completes = completing && !changes.length ? pagesLeft : 0
    const trigger = completes ? `the ${completes} list page(s) the last build left` : describeTrigger(changes, batch.acceptPageDrop)
    const changesKnown = liveIsMine && (batch.changes.length > 0 || completing)
    logger.info(`Building release ${id} (${trigger})…`)
    const record = (outcome: BuildRecord['outcome'], extra: Partial<BuildRecord>): BuildRecord => {
      const finishedAt = new Date()
      const published = changes.slice(0, RECORDED_CHANGES).map(({ collection, id, operation, published, slug }) => ({ collection, id, operation, published, slug }))
      return { id, outcome, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), durationMs: finishedAt.getTime() - startedAt.getTime(), changes: changes.length, trigger, published, ...extra }
    }
    running = new AbortController()
    const { signal } = running
    try {
      const release = await publishRelease({ ...options, buildServer }, {
        id,
        changes: changesKnown ? changes : null,
        fast: changesKnown && !lastFailed,
        acceptPageDrop: batch.acceptPageDrop,
        completes,
        // The build at start and the full build after fast ones copy the live release when nothing
        // public changed since it was built (site/scripts/build.ts decides); a rebuild never does.
        reuseLive: !batch.rebuild,
      }, signal)
      builtByMe = id
      lastFailed = false
      buildServer?.start()
      pagesLeft = release.pagesLeft
      if (pagesLeft) {
        followUpDue = true
        scheduler.request(undefined, { immediate: true })
      }
      scheduleFullRefresh(release.fast)
      const done = record('success', {
        pages: release.pages, fast: release.fast, logFile: release.logFile,
        ...(release.pagesLeft ? { pagesLeft: release.pagesLeft } : {}), ...(completes ? { completedPagesLeft: completes } : {}),
      })
      store.recordBuild(done, await currentRelease(releasesDir))
      logger.info(
        `Release ${id} is live: ${release.pages} pages, ${release.feeds} feeds; ${release.fast ? 'fast build of the changed pages' : 'full build'}` +
          `${release.pagesLeft ? ` (${release.pagesLeft} list pages that only shifted follow in the next build)` : ''} ` +
          `${(release.buildMs / 1000).toFixed(1)} s, verified in ${(release.verifyMs / 1000).toFixed(1)} s.`,
      )
    } catch (error) {
      carried = changes
      lastFailed = true
      if (signal.aborted) {
        logger.info(`Build ${id} stopped for shutdown; the live site is unchanged.`)
        return
      }
      const failure = error as Error & { code?: string; logFile?: string }
      const liveNow = await currentRelease(releasesDir)
      store.recordBuild(record('failed', { error: failure.message, errorCode: failure.code ?? 'error', logFile: failure.logFile }), liveNow)
      logger.error(
        `Build ${id} failed: ${failure.message}\n` +
          `  The live site is unchanged: it still serves ${liveNow ? `release ${liveNow}` : 'nothing yet (no release has been built)'}. ` +
          `Fix the cause, then publish again or use "Xây dựng lại cổng" on the admin dashboard.`,
      )
      const transient = error instanceof SupersededError ? false : !(error instanceof VerificationError) || error.code === 'canaries-unavailable'
      if (transient && !isRetry && options.retryAfterFailureMs > 0 && !scheduler.hasPending) {
        logger.info(`Retrying once in ${Math.round(options.retryAfterFailureMs / 1000)} s, in case the CMS was restarting.`)
        retryTimer = setTimeout(() => {
          retryTimer = null
          if (scheduler.state !== 'idle') return
          nextIsRetry = true
          scheduler.request(undefined, { immediate: true })
        }, options.retryAfterFailureMs)
      }
    } finally {
      running = null
      buildingId = null
      buildingSince = null
      await store.flush()
    }
  }

  /** After a fast build, a full one once changes stop (search index, sitemap); none is due after a full build. */
  function scheduleFullRefresh(afterFastBuild: boolean): void {
    if (refreshTimer) clearTimeout(refreshTimer)
    refreshTimer = null
    if (!afterFastBuild) return
    refreshTimer = setTimeout(() => {
      refreshTimer = null
      logger.info('Full build after fast builds (search index, sitemap).')
      scheduler.request(undefined, { immediate: true })
    }, options.fullRefreshAfterMs)
    refreshTimer.unref()
  }

  let server: http.Server | null = null
  let url: string | null = null
  if (options.port !== null) {
    server = createPublisherServer({
      token: options.token,
      onChange: (change) => publisher.request(change),
      onRebuild: (o) => publisher.rebuild(o),
      status: () => publisher.status(),
    })
    url = await listen(server, options.host, options.port)
    logger.info(`Listening for publish requests on ${url}; releases in ${releasesDir}.`)
  }

  const publisher: Publisher = {
    url,
    options,
    request(change) {
      logger.info(`Change: ${change.collection}/${change.id} ${change.operation}${change.published ? '' : ' (not public now)'}; build scheduled.`)
      scheduler.request(change)
    },
    rebuild(o = {}) {
      logger.info(`Rebuild requested${o.acceptPageDrop ? ', accepting a drop in page count' : ''}.`)
      scheduler.request(undefined, { immediate: true, acceptPageDrop: o.acceptPageDrop, rebuild: true })
    },
    async status() {
      return { ...store.current, state: scheduler.state, pending: scheduler.hasPending, buildingId, buildingSince, live: await currentRelease(releasesDir) }
    },
    idle: () => scheduler.idle(),
    async close(o = {}) {
      if (o.abort) running?.abort()
      if (retryTimer) clearTimeout(retryTimer)
      if (refreshTimer) clearTimeout(refreshTimer)
      if (server) await close(server)
      await scheduler.close()
      buildServer?.close()
      await store.flush()
    },
  }

  const live = await currentRelease(releasesDir)
  store.update({ live, state: 'idle', pending: false, buildingId: null, buildingSince: null })
  if (options.buildOnStart === 'always' || (options.buildOnStart === 'if-missing' && !live)) {
    logger.info(live ? 'Building the portal at start.' : 'No live release yet: building the portal now.')
    scheduler.request(undefined, { immediate: true })
  } else if (live && (await readReleaseMeta(releasesDir, live))?.pagesLeft) {
    logger.info(`The live release ${live} left list pages for a build that did not run before the publisher stopped: building the portal now.`)
    scheduler.request(undefined, { immediate: true })
  }
  return publisher
}


function describeTrigger(changes: ChangeRequest[], acceptPageDrop: boolean): string {
  if (!changes.length) return acceptPageDrop ? 'full rebuild, page drop accepted' : 'full rebuild'
  const named = changes.slice(0, 3).map((c) => `${c.collection}/${c.id} ${c.operation}${c.published ? '' : ' (unpublished)'}`)
  return `${named.join(', ')}${changes.length > 3 ? ` and ${changes.length - 3} more` : ''}`
}
