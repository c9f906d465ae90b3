import { execFile } from 'node:child_process'
import path from 'node:path'
import { REPO_ROOT } from '../config.ts'
import type { Logger } from '../logger.ts'

export interface ReleaseLive {
  id: string
  dir: string
  /** The release it replaced, or null for the first one. */
  previousDir: string | null
}

/**
 * Tells the press's WebSub hub which feeds changed once a release is live (issue #5, point 5), by
 * running the feeds' own `scripts/websub-notify.ts`, which compares the two releases' feed bytes.
 * Only when WEBSUB_HUB_URL is set. Never affects the release: a failure is a warning.
 */
export function announceToWebSub(siteUrl: string, logger: Logger, env: NodeJS.ProcessEnv = process.env): ((release: ReleaseLive) => void) | null {
  if (!env.WEBSUB_HUB_URL) return null
  const script = path.join(REPO_ROOT, 'scripts', 'websub-notify.ts')
  return (release) => {
    const args = [script, '--next', release.dir, '--site', siteUrl, ...(release.previousDir ? ['--previous', release.previousDir] : [])]
    execFile(process.execPath, args, { cwd: REPO_ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) logger.warn(`WebSub announcement for release ${release.id} failed: ${(stderr || error.message).trim()} The release is live; aggregators will see it at their next poll.`)
      else if (stdout.trim()) logger.info(stdout.trim().replace(/\n/g, '\n  '))
    })
  }
}
