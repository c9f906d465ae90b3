/**
 * `npm run restore -- ARCHIVE [--data-dir DIR] [--database-uri mongodb://...] [--force]` (issue #12,
 * point 5): restores a backup into an empty data directory (default DATA_DIR, or data/) and, for a
 * MongoDB backup, an empty database. Refuses to overwrite without --force. Then `npm start` with
 * the same DATA_DIR / DATABASE_URI runs on the restored data (everyone signs in again: the secret
 * is never in a backup).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { EJSON, openMongoTarget } from '../cms/src/backup/backupSources.ts'
import { RestoreRefusedError, restoreBackup } from '../cms/src/backup/restoreBackup.ts'
import { root } from './lib/adminBuild.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, 'database-uri': { type: 'string' }, force: { type: 'boolean', default: false } },
})
const archive = positionals[0]
if (!archive) {
  console.error('Usage: npm run restore -- ARCHIVE.tar.gz [--data-dir DIR] [--database-uri mongodb://...] [--force]')
  process.exit(2)
}
const dataDir = path.resolve(values['data-dir'] ?? process.env.DATA_DIR ?? path.join(root, 'data'))
const uri = values['database-uri'] ?? ''
const target = uri.startsWith('mongodb') ? await openMongoTarget(uri) : undefined
try {
  const manifest = await restoreBackup({ archive: path.resolve(archive), dataDir, force: values.force, ...(target ? { mongo: { db: target.db, ejson: EJSON } } : {}) })
  console.log(`Restored the backup of ${manifest.createdAt} (${manifest.database}) into ${dataDir}${target ? ` and ${uri.replace(/\/\/[^@/]*@/, '//***@')}` : ''}: ${manifest.files.length} files.`)
  console.log(`Start the CMS on it with: DATA_DIR=${dataDir}${target ? ' DATABASE_URI=...' : ''} npm start`)
} catch (error) {
  if (!(error instanceof RestoreRefusedError)) throw error
  console.error(`Not restored: ${error.message}`)
  process.exitCode = 1
} finally {
  await target?.close()
}
