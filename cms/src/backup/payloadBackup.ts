import type { Payload } from 'payload'
import { dataDir } from '../paths.ts'
import { usesSqlite } from '../db/databaseAdapter.ts'
import { backupDirectory, backupsKept } from './backupDirectory.ts'
import { EJSON, openSqlite } from './backupSources.ts'
import { createBackup, pruneBackups, type BackupSource } from './createBackup.ts'

/** A backup of the running CMS through its own database connection, then old archives pruned. */
export async function backupRunningCms(payload: Payload) {
  const db = payload.db as unknown as { client?: BackupSource & { execute: unknown }; connection?: { db: unknown } }
  const source: BackupSource = usesSqlite()
    ? { kind: 'sqlite', client: db.client as never }
    : { kind: 'mongodb', db: db.connection!.db as never, ejson: EJSON }
  const directory = backupDirectory(dataDir())
  const started = Date.now()
  const result = await createBackup({ source, dataDir: dataDir(), directory, openSqlite })
  const pruned = pruneBackups(directory, backupsKept())
  payload.logger.info(`Backup written to ${result.file} in ${Date.now() - started} ms (${result.manifest.files.length} files${result.manifest.missingFiles.length ? `, ${result.manifest.missingFiles.length} named but missing on disk` : ''}); pruned ${pruned.length} old archive(s).`)
  return { ...result, pruned }
}
