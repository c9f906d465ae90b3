/**
 * Rolls the portal back to an earlier release in one command (issue #6, point 2):
 *
 *   node scripts/rollback.ts            the release before the live one
 *   node scripts/rollback.ts <release>  that release (ids as listed)
 *   node scripts/rollback.ts --list     the releases on disk, the live one marked
 *
 * Only the `current` symlink moves, so it is instant and the static server (or nginx) serves the
 * older release at its next request. Reads RELEASES_DIR / DATA_DIR like the publisher.
 */
import path from 'node:path'
import {
  currentRelease,
  defaultDataDir,
  defaultReleasesDir,
  listReleases,
  readReleaseMeta,
  readStatusFile,
  ReleaseNotFoundError,
  rollbackRelease,
  STATUS_FILE,
  writeJsonAtomic,
} from '@thidua/publisher'

const releasesDir = defaultReleasesDir()
const dataDir = defaultDataDir()
const arg = process.argv[2]

if (arg === '--list' || arg === '-l') {
  const live = await currentRelease(releasesDir)
  const releases = await listReleases(releasesDir)
  if (!releases.length) console.log(`No releases in ${releasesDir}.`)
  for (const id of releases.reverse()) {
    const meta = await readReleaseMeta(releasesDir, id)
    console.log(`${id === live ? '* ' : '  '}${id}${meta ? `  ${meta.pages} pages, built in ${(meta.durationMs / 1000).toFixed(1)} s` : ''}${id === live ? '  (live)' : ''}`)
  }
  process.exit(0)
}

try {
  const { from, to } = await rollbackRelease(releasesDir, arg)
  const at = new Date().toISOString()
  const status = readStatusFile(dataDir)
  await writeJsonAtomic(path.join(dataDir, STATUS_FILE), {
    ...(status ?? { state: 'idle', buildingId: null, buildingSince: null, pending: false, lastBuild: null, lastSuccess: null, pid: process.pid }),
    live: to,
    rollback: { from, to, at },
    updatedAt: at,
  })
  console.log(`Rolled back: ${from ?? '(none)'} -> ${to} is live now.`)
  console.log(
    'The content in the CMS is unchanged: the next publish (or "Xây dựng lại cổng") builds a new release from it.\n' +
      'If that content is the problem, fix or unpublish it first. Undo with: node scripts/rollback.ts ' + (from ?? ''),
  )
} catch (error) {
  if (error instanceof ReleaseNotFoundError) {
    console.error(`Cannot roll back: ${error.message}`)
    process.exit(2)
  }
  throw error
}
