/**
 * @thidua/publisher: live publishing for the portal (issue #6). `startPublisher` turns CMS changes
 * into debounced, serialised, verified releases swapped in atomically; `startStaticServer` serves
 * the live release; `rollbackRelease` makes an earlier one live again.
 */
export { startPublisher, resolvePublisherOptions, type Publisher, type PublisherOptions } from './startPublisher.ts'
export { DEFAULT_DEBOUNCE_MS } from './publisherOptions.ts'
export { startStaticServer, resolveStaticServerOptions, type StaticServer, type StaticServerOptions } from './staticServer.ts'
export { rollbackRelease, type RollbackResult } from './release/rollbackRelease.ts'
export { activateRelease, currentRelease, listReleases, pruneReleases, readReleaseMeta, writeJsonAtomic, CURRENT_LINK, type ReleaseMeta } from './release/releaseStore.ts'
export { verifyRelease, type VerifyOptions, type VerifyReport } from './verify/verifyRelease.ts'
export { createPublisherServer, type PublisherServerHandlers } from './publisherServer.ts'
export { BuildScheduler, type BuildBatch, type SchedulerState } from './build/buildScheduler.ts'
export type { BuildCommand } from './build/runBuildCommand.ts'
export { BuildServer, type BuildServerCommand } from './build/buildServer.ts'
export { defaultBuildCommand, defaultDataDir, defaultReleasesDir, defaultSiteUrl, REPO_ROOT } from './config.ts'
export { BuildFailedError, PublisherConfigError, ReleaseNotFoundError, VerificationError } from './errors.ts'
export { consoleLogger, silentLogger, type Logger } from './logger.ts'
export * from './client/index.ts'
