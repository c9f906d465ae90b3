import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { ReleaseNotFoundError } from '../errors.ts'
import { removeTree } from './removeTree.ts'

/**
 * The releases directory (issue #6, point 2):
 *
 *   releases/
 *     20261121T120102345Z/      a complete, verified build (one directory per release)
 *     20261121T120102345Z.json  what went into it (pages, duration, changes)
 *     20261121T120102345Z.canaries.json  hashes of what it was checked against (verify/canaryDigest.ts)
 *     current -> 20261121T120102345Z   the live release: a relative symlink, swapped atomically
 *     .staging-<id>/            a build in progress (the build's OUT_DIR), never served, removed if it fails
 *     .removing-<id>/           a pruned release being deleted
 *     logs/<id>.log             the build command's output
 *
 * Release ids are UTC timestamps, so name order is age order.
 */
export const CURRENT_LINK = 'current'
const RELEASE_ID = /^\d{8}T\d{9}Z(-\d+)?$/
const STAGING_PREFIX = '.staging-'
/** A pruned release being deleted. */
const REMOVING_PREFIX = '.removing-'

/** What the publisher records next to a release directory. */
export interface ReleaseMeta {
  id: string
  startedAt: string
  finishedAt: string
  durationMs: number
  pages: number
  changes: number
  /** List pages that only shifted, left as the release before had them for the next build (site deferredPages): a passing state, never a rollback's default target. */
  pagesLeft?: number
  /** This release only rendered the list pages the one before it left (no change of its own). */
  completedPagesLeft?: number
}

/** A fresh release id from the clock, e.g. `20261121T120102345Z`. */
export function newReleaseId(now = new Date()): string {
  return now.toISOString().replace(/[-:.]/g, '')
}

/** Whether `name` is a release directory's name (not `current`, staging or logs). */
export function isReleaseId(name: string): boolean {
  return RELEASE_ID.test(name)
}

/** The release ids on disk, oldest first. */
export async function listReleases(releasesDir: string): Promise<string[]> {
  const entries = await fs.readdir(releasesDir, { withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isDirectory() && isReleaseId(entry.name))
    .map((entry) => entry.name)
    .sort()
}

/** The live release's id, or null before the first successful build. */
export async function currentRelease(releasesDir: string): Promise<string | null> {
  try {
    return path.basename(await fs.readlink(path.join(releasesDir, CURRENT_LINK)))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * The directory a build writes into before it is verified; it is not a release yet. Not created:
 * the build creates it (the site's fast path makes it as a hard-linked copy of the live release).
 */
export async function stagingDirFor(releasesDir: string, id: string): Promise<string> {
  const dir = path.join(releasesDir, `${STAGING_PREFIX}${id}`)
  await fs.rm(dir, { recursive: true, force: true })
  return dir
}

/** Turns a verified staging directory into a release (a rename: atomic, no copy) and records its meta. */
export async function promoteStaging(releasesDir: string, stagingDir: string, meta: ReleaseMeta): Promise<string> {
  const dir = path.join(releasesDir, meta.id)
  await fs.rename(stagingDir, dir)
  await writeJsonAtomic(path.join(releasesDir, `${meta.id}.json`), meta)
  return dir
}

/** The canary digest a release was verified with (see verify/canaryDigest.ts), if recorded. */
export async function readCanaryDigest(releasesDir: string, id: string): Promise<string[] | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(releasesDir, `${id}.canaries.json`), 'utf8')) as string[]
  } catch {
    return null
  }
}

export async function writeCanaryDigest(releasesDir: string, id: string, digest: string[]): Promise<void> {
  await writeJsonAtomic(path.join(releasesDir, `${id}.canaries.json`), digest)
}

/** The meta recorded for a release, if any. */
export async function readReleaseMeta(releasesDir: string, id: string): Promise<ReleaseMeta | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(releasesDir, `${id}.json`), 'utf8')) as ReleaseMeta
  } catch {
    return null
  }
}

/**
 * Points `current` at release `id`. A new symlink is created under a temporary name and renamed
 * over the old one: rename(2) replaces it atomically, so a request sees either the old or the new
 * release, never a missing one.
 */
export async function activateRelease(releasesDir: string, id: string, options: { ifCurrent?: string | null } = {}): Promise<void> {
  const stat = await fs.stat(path.join(releasesDir, id)).catch(() => null)
  if (!isReleaseId(id) || !stat?.isDirectory()) {
    throw new ReleaseNotFoundError(`Release ${id} is not in ${releasesDir}; list the releases with \`node scripts/rollback.ts --list\`.`)
  }
  const temporary = path.join(releasesDir, `.current-${process.pid}-${Date.now()}`)
  const link = path.join(releasesDir, CURRENT_LINK)
  await fs.symlink(id, temporary)
  try {
    // With `ifCurrent`, the check and the swap run with no await between them: nothing else in this
    // process (a rollback through the publisher) can move the link in between, and another process
    // only within the two system calls.
    if (options.ifCurrent !== undefined) {
      const now = currentReleaseSync(link)
      if (now !== options.ifCurrent) throw new LiveReleaseChangedError(now)
    }
    fsSync.renameSync(temporary, link)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
}

/** activateRelease's `ifCurrent` no longer held: another release went live meanwhile (a rollback). */
export class LiveReleaseChangedError extends Error {
  override name = 'LiveReleaseChangedError'
  readonly live: string | null
  constructor(live: string | null) {
    super(`The live release is now ${live ?? '(none)'}.`)
    this.live = live
  }
}

function currentReleaseSync(link: string): string | null {
  try {
    return path.basename(fsSync.readlinkSync(link))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Removes a release that never went live (its folder, meta and canary digest). */
export async function discardRelease(releasesDir: string, id: string): Promise<void> {
  await removeTree(path.join(releasesDir, id))
  await removeReleaseRecords(releasesDir, id)
}

/** A release's records beside its folder: its metadata and its canary digest (the build log is kept apart). */
async function removeReleaseRecords(releasesDir: string, id: string): Promise<void> {
  await fs.rm(path.join(releasesDir, `${id}.json`), { force: true })
  await fs.rm(path.join(releasesDir, `${id}.canaries.json`), { force: true })
}

/**
 * Deletes all but the `keep` newest releases. The live release is never deleted, even after a
 * rollback made an older one live; neither are the releases newer than it. Each leaves the list
 * at once (a rename); with `waitForRemoval: false` its files are deleted in the background.
 */
export async function pruneReleases(releasesDir: string, keep: number, options: { waitForRemoval?: boolean } = {}): Promise<string[]> {
  const releases = await listReleases(releasesDir)
  const live = await currentRelease(releasesDir)
  const liveIndex = live ? releases.indexOf(live) : -1
  const keepFrom = Math.min(Math.max(0, releases.length - Math.max(1, keep)), liveIndex === -1 ? Infinity : liveIndex)
  const doomed = releases.slice(0, keepFrom)
  const pruned: string[] = []
  for (const id of doomed) {
    // A rollback (scripts/rollback.ts, another process) may have made it live since the listing.
    if ((await currentRelease(releasesDir)) === id) continue
    // Out of the list first (a rename), so no rollback can pick a half-deleted release; one
    // removed by hand meanwhile still has its records removed.
    const removing = path.join(releasesDir, `${REMOVING_PREFIX}${id}`)
    const moved = await fs.rename(path.join(releasesDir, id), removing).then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    })
    await removeReleaseRecords(releasesDir, id)
    await fs.rm(path.join(releasesDir, 'logs', `${id}.log`), { force: true })
    pruned.push(id)
    // On failure, removeLeftovers finishes it at the next start.
    if (moved && options.waitForRemoval === false) void removeTree(removing).catch(() => {})
    else if (moved) await removeTree(removing)
  }
  return pruned
}

/** Removes staging directories, half-deleted releases and temporary links left behind by a crash or a failed build. */
export async function removeLeftovers(releasesDir: string): Promise<void> {
  const entries = await fs.readdir(releasesDir).catch(() => [] as string[])
  for (const name of entries) {
    if (name.startsWith(STAGING_PREFIX) || name.startsWith(REMOVING_PREFIX) || name.startsWith('.current-')) {
      await removeTree(path.join(releasesDir, name))
    }
  }
}

/** Writes JSON through a temporary file and a rename, so a reader never sees half a file. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await fs.writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`)
  await fs.rename(temporary, file)
}
