import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { READ_CACHE_STAMP } from '../readCache/readCache.ts'
import * as tar from 'tar'
import { BACKUP_FORMAT, BACKUP_VERSION, UPLOAD_COLLECTIONS, type BackupManifest } from './backupFormat.ts'

/** A restore that must not go ahead, with what to do instead. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefusedError'
  }
}

export interface MongoTarget {
  listCollections(): { toArray(): Promise<{ name: string }[]> }
  collection(name: string): { countDocuments(): Promise<number>; insertMany(docs: unknown[], options?: object): Promise<unknown> }
  dropDatabase(): Promise<unknown>
}

export interface RestoreOptions {
  archive: string
  /** The data directory to restore into (the SQLite database and the uploads). */
  dataDir: string
  /** For a MongoDB backup: the database to restore into, and Extended JSON to read it. */
  mongo?: { db: MongoTarget; ejson: { parse(text: string, options?: { relaxed?: boolean }): unknown } }
  force?: boolean
}

const DB_FILE = 'thidua.db'

/** What in `dataDir` a restore would overwrite. */
function occupied(dataDir: string): string[] {
  if (!fs.existsSync(dataDir)) return []
  return [DB_FILE, `${DB_FILE}-wal`, ...UPLOAD_COLLECTIONS].filter((name) => {
    const at = path.join(dataDir, name)
    return fs.existsSync(at) && (!fs.statSync(at).isDirectory() || fs.readdirSync(at).length > 0)
  })
}

/**
 * Restores an archive made by createBackup into an empty data directory (and, for a MongoDB backup,
 * an empty database), after checking every file against the manifest's hashes. Refuses to overwrite
 * anything without `force`.
 */
export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  if (!fs.existsSync(options.archive)) throw new RestoreRefusedError(`No archive at ${options.archive}.`)
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-restore-'))
  try {
    try {
      await tar.x({ file: options.archive, cwd: staging, strict: true })
    } catch (error) {
      throw new RestoreRefusedError(`${options.archive} is not a readable backup archive (${(error as Error).message}). Use another backup.`)
    }
    const manifestFile = path.join(staging, 'manifest.json')
    if (!fs.existsSync(manifestFile)) throw new RestoreRefusedError(`${options.archive} has no manifest.json: it is not a backup made by scripts/backup.ts.`)
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
    if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION) throw new RestoreRefusedError(`Unknown backup format ${manifest.format} v${manifest.version}.`)
    for (const file of manifest.files) {
      const hash = createHash('sha256').update(fs.readFileSync(path.join(staging, file.path))).digest('hex')
      if (hash !== file.sha256) throw new RestoreRefusedError(`${file.path} in the archive does not match its hash: the archive is damaged. Use another backup.`)
    }
    const inTheWay = occupied(options.dataDir)
    if (inTheWay.length && !options.force) {
      throw new RestoreRefusedError(`${options.dataDir} is not empty (${inTheWay.join(', ')}). Restore into an empty directory, or add --force to replace what is there.`)
    }
    if (manifest.database === 'mongodb') {
      if (!options.mongo) throw new RestoreRefusedError('This is a MongoDB backup: give the database to restore into (--database-uri mongodb://...).')
      await restoreMongo(options.mongo, staging, manifest, Boolean(options.force))
    } else if (options.mongo) {
      throw new RestoreRefusedError('This is a SQLite backup: restore it into a data directory, without --database-uri.')
    }
    fs.mkdirSync(options.dataDir, { recursive: true })
    for (const name of inTheWay) fs.rmSync(path.join(options.dataDir, name), { recursive: true, force: true })
    fs.rmSync(path.join(options.dataDir, `${DB_FILE}-shm`), { force: true })
    if (manifest.database === 'sqlite') fs.copyFileSync(path.join(staging, 'sqlite', DB_FILE), path.join(options.dataDir, DB_FILE))
    for (const collection of UPLOAD_COLLECTIONS) {
      const from = path.join(staging, 'uploads', collection)
      if (fs.existsSync(from)) fs.cpSync(from, path.join(options.dataDir, collection), { recursive: true })
    }
    // A CMS running on this data (MongoDB restored under it) drops what its read cache holds.
    fs.writeFileSync(path.join(options.dataDir, READ_CACHE_STAMP), `restore-${Date.now()}-${randomUUID()}`)
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

async function restoreMongo(mongo: NonNullable<RestoreOptions['mongo']>, staging: string, manifest: BackupManifest, force: boolean) {
  const existing = await mongo.db.listCollections().toArray()
  let documents = 0
  for (const { name } of existing) documents += await mongo.db.collection(name).countDocuments()
  if (documents > 0 && !force) throw new RestoreRefusedError(`The target database already holds ${documents} documents. Restore into an empty database, or add --force to replace it.`)
  if (existing.length) await mongo.db.dropDatabase()
  for (const name of Object.keys(manifest.counts)) {
    const lines = fs.readFileSync(path.join(staging, 'mongodb', `${name}.jsonl`), 'utf8').split('\n').filter(Boolean)
    for (let i = 0; i < lines.length; i += 500) {
      await mongo.db.collection(name).insertMany(lines.slice(i, i + 500).map((line) => mongo.ejson.parse(line, { relaxed: false })), { ordered: true })
    }
  }
}
