import type { BuildCommand } from './build/runBuildCommand.ts'
import { announceToWebSub, type ReleaseLive } from './build/announceRelease.ts'
import type { Canaries } from './client/protocol.ts'
import { DEFAULT_PUBLISHER_PORT } from './client/publisherClient.ts'
import { publisherToken } from './client/publisherToken.ts'
import { defaultBuildCommand, defaultDataDir, defaultReleasesDir, defaultSiteUrl, envNumber } from './config.ts'
import { PublisherConfigError } from './errors.ts'
import { consoleLogger, type Logger } from './logger.ts'
import { fetchCanaries } from './verify/fetchCanaries.ts'

/**
 * How long a change waits for more before its build starts. Short: an editor's "Xuất bản" is one
 * request, and the changes of a bulk edit or an import arrive milliseconds apart; changes that
 * arrive during a build make one build after it whatever the debounce (build/buildScheduler.ts).
 */
export const DEFAULT_DEBOUNCE_MS = 300

/** Everything the publisher can be told; each option has an env variable and a default (see README). */
export interface PublisherOptions {
  /** DATA_DIR: the token and the status file live here, shared with the CMS. */
  dataDir: string
  /** RELEASES_DIR, default `<dataDir>/releases`. */
  releasesDir: string
  /** CMS_URL, default http://127.0.0.1:3000. */
  cmsUrl: string
  /** SITE_URL: the portal's public address, written into links and feeds. */
  siteUrl: string
  /** SITE_BUILD_COMMAND, default `npm run build -w @thidua/site`. */
  build: BuildCommand
  /** KEEP_RELEASES: releases kept on disk, the live one included (default 5). */
  keepReleases: number
  /** PUBLISH_DEBOUNCE_MS (default DEFAULT_DEBOUNCE_MS) and PUBLISH_MAX_WAIT_MS (default 5000). */
  debounceMs: number
  maxWaitMs: number
  /** PUBLISH_BUILD_TIMEOUT_MS (default 15 min). */
  buildTimeoutMs: number
  /** PUBLISH_MAX_PAGE_DROP: the largest share of pages a build may lose against the live release (0.5). */
  maxPageDrop: number
  /** PUBLISH_RETRY_MS: retry once this long after a failed build (the CMS restarting); 0 turns it off (30000). */
  retryAfterFailureMs: number
  /**
   * PUBLISH_FULL_REFRESH_MS: a fast build leaves the search index and sitemap of the release before
   * it; a full build follows once no change has come for this long (600000, 10 min).
   */
  fullRefreshAfterMs: number
  /** PUBLISHER_HOST/PUBLISHER_PORT for the control port (127.0.0.1:4322); port null: no control port. */
  host: string
  port: number | null
  /** PUBLISHER_TOKEN, or the token file in dataDir. */
  token: string
  /** What must not go live; by default asked from the CMS. */
  canaries: () => Promise<Canaries>
  /**
   * Build at start: `always` (default: catches changes saved while the publisher was down; the
   * live release is served meanwhile), only when there is no live release, or never.
   */
  buildOnStart: 'if-missing' | 'always' | 'never'
  logger: Logger
  /** Each line of the build's output (progress during a first build). */
  onBuildOutput?: (line: string) => void
  /** After a release went live; by default pings the WebSub hub when WEBSUB_HUB_URL is set. */
  onReleaseLive?: ((release: ReleaseLive) => void) | null
}

/** Options from the environment, overridden by `overrides`. */
export function resolvePublisherOptions(overrides: Partial<PublisherOptions> = {}, env: NodeJS.ProcessEnv = process.env): PublisherOptions {
  const dataDir = overrides.dataDir ?? defaultDataDir(env)
  const cmsUrl = overrides.cmsUrl ?? env.CMS_URL ?? 'http://127.0.0.1:3000'
  const token = overrides.token ?? publisherToken(dataDir, env)
  const siteUrl = overrides.siteUrl ?? defaultSiteUrl(env)
  const logger = overrides.logger ?? consoleLogger('[publisher]')
  return {
    dataDir,
    releasesDir: overrides.releasesDir ?? (env.RELEASES_DIR ? defaultReleasesDir(env) : `${dataDir}/releases`),
    cmsUrl,
    siteUrl,
    build: defaultBuildCommand(env),
    keepReleases: envNumber(env, 'KEEP_RELEASES', 5),
    debounceMs: envNumber(env, 'PUBLISH_DEBOUNCE_MS', DEFAULT_DEBOUNCE_MS),
    maxWaitMs: envNumber(env, 'PUBLISH_MAX_WAIT_MS', 5000),
    buildTimeoutMs: envNumber(env, 'PUBLISH_BUILD_TIMEOUT_MS', 15 * 60_000),
    maxPageDrop: envNumber(env, 'PUBLISH_MAX_PAGE_DROP', 0.5),
    retryAfterFailureMs: envNumber(env, 'PUBLISH_RETRY_MS', 30_000),
    fullRefreshAfterMs: envNumber(env, 'PUBLISH_FULL_REFRESH_MS', 10 * 60_000),
    host: env.PUBLISHER_HOST || '127.0.0.1',
    port: envNumber(env, 'PUBLISHER_PORT', DEFAULT_PUBLISHER_PORT),
    token,
    canaries: () => fetchCanaries(cmsUrl, token),
    buildOnStart: buildOnStartFrom(env.PUBLISH_BUILD_ON_START),
    logger,
    onReleaseLive: announceToWebSub(siteUrl, logger, env),
    ...overrides,
  }
}

function buildOnStartFrom(value: string | undefined): PublisherOptions['buildOnStart'] {
  if (!value) return 'always'
  if (value === 'always' || value === 'if-missing' || value === 'never') return value
  throw new PublisherConfigError(`PUBLISH_BUILD_ON_START=${value} must be always, if-missing or never.`)
}
