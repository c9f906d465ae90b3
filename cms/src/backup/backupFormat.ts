/**
 * The backup archive (issue #12, point 5): a gzipped tar holding
 *   manifest.json                 what is inside, counted from the snapshot itself
 *   sqlite/thidua.db              the SQLite snapshot (VACUUM INTO), or
 *   mongodb/<collection>.jsonl    every collection, one canonical Extended JSON document per line
 *   uploads/<collection>/<file>   every file a media or audio document of the snapshot names
 * Never inside: the Payload secret, environment variables, password-reset tokens.
 */
export const BACKUP_FORMAT = 'thidua-backup'
export const BACKUP_VERSION = 1
export const UPLOAD_COLLECTIONS = ['media', 'audio'] as const

export interface BackupFile {
  path: string
  bytes: number
  sha256: string
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  createdAt: string
  database: 'sqlite' | 'mongodb'
  /** Rows (SQLite tables) or documents (MongoDB collections) in the snapshot. */
  counts: Record<string, number>
  files: BackupFile[]
  /** Files a document names but the disk did not have (the document is kept; the file is lost). */
  missingFiles: string[]
  excluded: string[]
}

export const EXCLUDED = ['payload-secret (the Payload secret; a restored CMS makes a new one, so everyone signs in again)', 'environment variables (SMTP, DATABASE_URI)', 'password-reset tokens and sessions']

/** "thidua-20261129T102259Z.tar.gz": sortable, unique per second. */
export function backupName(at = new Date()): string {
  return `thidua-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.tar.gz`
}

export const BACKUP_NAME = /^thidua-\d{8}T\d{6}Z(-\d+)?\.tar\.gz$/
