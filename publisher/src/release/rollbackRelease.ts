import { ReleaseNotFoundError } from '../errors.ts'
import { activateRelease, currentRelease, listReleases, readReleaseMeta } from './releaseStore.ts'

/** The outcome of a rollback, for the command's output and the status file. */
export interface RollbackResult {
  from: string | null
  to: string
}

/**
 * Makes an earlier release live again (issue #6, point 2): the one named, or by default the newest
 * release older than the live one, passing over one that left list pages for the build after it
 * when that build only completed them (a passing state: rolling back to it would undo nothing but
 * the completion). Only the symlink moves, so it takes milliseconds; the content
 * in the CMS is untouched, and the next publish builds a fresh release from it.
 */
export async function rollbackRelease(releasesDir: string, to?: string): Promise<RollbackResult> {
  const releases = await listReleases(releasesDir)
  const from = await currentRelease(releasesDir)
  let target = to
  if (!target) {
    const older = releases.filter((id) => from === null || id < from)
    const metas = await Promise.all(releases.map((id) => readReleaseMeta(releasesDir, id)))
    const completedByNext = (id: string) => {
      const i = releases.indexOf(id)
      const next = metas[i + 1]
      return Boolean(metas[i]?.pagesLeft && next?.completedPagesLeft && !next.changes)
    }
    target = older.filter((id) => !completedByNext(id)).at(-1) ?? older.at(-1)
    if (!target) {
      throw new ReleaseNotFoundError(
        `There is no release older than ${from ?? '(none)'} in ${releasesDir} to roll back to; releases on disk: ${releases.join(', ') || 'none'}.`,
      )
    }
  }
  await activateRelease(releasesDir, target)
  return { from, to: target }
}
