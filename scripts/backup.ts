/**
 * `npm run backup [-- --out DIR] [--keep N]` (issue #12, point 5): a consistent backup of the data
 * of DATA_DIR / DATABASE_URI, safe while the CMS runs (SQLite's VACUUM INTO reads one snapshot;
 * on MongoDB every collection goes out through the driver). Prints the archive's path.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createBackup, pruneBackups } from '../cms/src/backup/createBackup.ts'
import { backupDirectory } from '../cms/src/backup/backupDirectory.ts'
import { openSource, openSqlite } from '../cms/src/backup/backupSources.ts'
import { root } from './lib/adminBuild.ts'

const { values } = parseArgs({ options: { out: { type: 'string' }, keep: { type: 'string' } } })
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'))
const directory = values.out ? path.resolve(values.out) : backupDirectory(dataDir)
const opened = await openSource(dataDir, process.env.DATABASE_URI ?? '').catch((error: Error) => {
  console.error(`Not backed up: ${error.message}`)
  process.exit(1)
})
const { source, close } = opened
try {
  const started = Date.now()
  const { file, manifest } = await createBackup({ source, dataDir, directory, openSqlite })
  const documents = Object.values(manifest.counts).reduce((a, b) => a + b, 0)
  console.log(`Backup written: ${file}`)
  console.log(`  ${manifest.database}, ${Object.keys(manifest.counts).length} tables/collections, ${documents} rows/documents, ${manifest.files.length} files, ${Date.now() - started} ms`)
  if (manifest.missingFiles.length) console.log(`  Named by a document but missing on disk: ${manifest.missingFiles.join(', ')}`)
  if (values.keep) console.log(`  Pruned: ${pruneBackups(directory, Number(values.keep)).join(', ') || 'none'}`)
} finally {
  await close()
}
