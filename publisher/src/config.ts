import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BuildCommand } from './build/runBuildCommand.ts'
import { DEFAULT_PUBLISHER_PORT } from './client/publisherClient.ts'
import { PublisherConfigError } from './errors.ts'

/** The repository root (this file is publisher/src/config.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const DEFAULT_SITE_PORT = 4321

/** The data directory shared with the CMS: DATA_DIR, or `<repo>/data`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.join(REPO_ROOT, 'data')
}

/** Where releases live: RELEASES_DIR, or `<data dir>/releases`. */
export function defaultReleasesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RELEASES_DIR ? path.resolve(env.RELEASES_DIR) : path.join(defaultDataDir(env), 'releases')
}

/** The portal's public address: SITE_URL, or the static server's SITE_HOST/SITE_PORT. */
export function defaultSiteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_URL || `http://${env.SITE_HOST || '127.0.0.1'}:${env.SITE_PORT || DEFAULT_SITE_PORT}`
}

/**
 * The site build: SITE_BUILD_COMMAND (run by `sh -c`; it writes into OUT_DIR), or the portal's own
 * build script (site/scripts/build.ts), run with this Node directly to save npm's start-up time on
 * every publish. Its `--fast` mode renders only the pages a change touches onto a hard-linked copy
 * of the live release (SITE_BASE_DIR); `--defer-shifted` lets it leave the list pages that only
 * shifted for the build after it, which the publisher starts at once. The fast builds run in the
 * site's build server (site/scripts/buildServer.ts), which keeps Astro loaded between publishes,
 * unless PUBLISH_WARM_BUILDS=0.
 */
export function defaultBuildCommand(env: NodeJS.ProcessEnv = process.env): BuildCommand {
  if (env.SITE_BUILD_COMMAND) return { command: 'sh', args: ['-c', env.SITE_BUILD_COMMAND], cwd: REPO_ROOT }
  const warm = envFlag(env, 'PUBLISH_WARM_BUILDS', true)
  return {
    command: process.execPath,
    args: [path.join(REPO_ROOT, 'site', 'scripts', 'build.ts')],
    cwd: REPO_ROOT,
    fastArgs: ['--fast', '--defer-shifted'],
    ...(warm ? { server: { command: process.execPath, args: [path.join(REPO_ROOT, 'site', 'scripts', 'buildServer.ts')], cwd: REPO_ROOT } } : {}),
  }
}

/** A yes/no setting from the environment (1/0, true/false), or `fallback`; anything else is a config error. */
export function envFlag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (raw === '1' || raw === 'true') return true
  if (raw === '0' || raw === 'false') return false
  throw new PublisherConfigError(`${name}=${raw} must be 1 or 0; fix or unset it.`)
}

/** A number from the environment, or `fallback`; a value that is not a number is a config error. */
export function envNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new PublisherConfigError(`${name}=${raw} is not a non-negative number; fix or unset it.`)
  return value
}

export { DEFAULT_PUBLISHER_PORT }
