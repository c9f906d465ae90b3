import path from 'node:path'

/** Where archives go: BACKUP_DIR, or backups/ in the data directory (never itself backed up). */
export function backupDirectory(dataDir: string): string {
  return process.env.BACKUP_DIR ? path.resolve(process.env.BACKUP_DIR) : path.join(dataDir, 'backups')
}

/** How many archives the schedule keeps (BACKUP_KEEP, default 14: two weeks of nightly backups). */
export function backupsKept(): number {
  const keep = Number(process.env.BACKUP_KEEP ?? 14)
  return Number.isInteger(keep) && keep >= 1 ? keep : 14
}
