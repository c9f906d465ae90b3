import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { BACKUP_FORMAT, BACKUP_NAME, BACKUP_VERSION, EXCLUDED, UPLOAD_COLLECTIONS, backupName, type BackupFile, type BackupManifest } from './backupFormat.ts'

/** Runs SQL on a SQLite database (the @libsql/client interface, used by Payload's SQLite adapter). */
export interface SqlClient {
  execute(statement: string | { sql: string; args: unknown[] }): Promise<{ rows: ArrayLike<Record<string, unknown>>; columns?: string[] }>
  close?(): void
}

/** The subset of the MongoDB driver's Db a backup reads. */
export interface MongoDbLike {
  listCollections(): { toArray(): Promise<{ name: string; type?: string }[]> }
  collection(name: string): { find(filter?: object): AsyncIterable<Record<string, unknown>> }
}

export type BackupSource = { kind: 'sqlite'; client: SqlClient } | { kind: 'mongodb'; db: MongoDbLike; ejson: { stringify(value: unknown, options?: { relaxed?: boolean }): string } }

export interface BackupOptions {
  source: BackupSource
  /** The data directory holding the uploads (media/, audio/). */
  dataDir: string
  /** Where the archive goes. */
  directory: string
  /** Opens a second SQLite file (the snapshot), to scrub and count it. */
  openSqlite: (file: string) => SqlClient
  now?: Date
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** Every filename a media or audio document names (the original and each generated size). */
function filenamesOf(doc: Record<string, unknown>): string[] {
  const names: string[] = []
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && /filename$/i.test(key) && value) names.push(value)
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k)
  }
  walk(doc, '')
  return names
}

async function snapshotSqlite(options: BackupOptions, client: SqlClient, staging: string) {
  const file = path.join(staging, 'sqlite', 'thidua.db')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // One read transaction: the copy is the database as it was at one instant, while writers go on.
  await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
  const copy = options.openSqlite(`file:${file}`)
  try {
    const tables = (await copy.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).rows
    if (!Array.from(tables).some((t) => t.name === 'users')) throw new Error('The database has no users table: it is not a migrated CMS database. Start the CMS on it once, or check DATA_DIR.')
    await copy.execute('UPDATE users SET reset_password_token = NULL, reset_password_expiration = NULL')
    // Sessions die with the Payload secret, which stays behind.
    if (Array.from(tables).some((t) => t.name === 'users_sessions')) await copy.execute('DELETE FROM users_sessions')
    const counts: Record<string, number> = {}
    for (const { name } of Array.from(tables)) {
      counts[String(name)] = Number(Array.from((await copy.execute(`SELECT COUNT(*) AS n FROM "${String(name)}"`)).rows)[0]!.n)
    }
    const uploads: Record<string, string[]> = {}
    for (const collection of UPLOAD_COLLECTIONS) {
      if (!(collection in counts)) continue
      const rows = Array.from((await copy.execute(`SELECT * FROM "${collection}"`)).rows)
      uploads[collection] = rows.flatMap((row) => filenamesOf({ ...row }))
    }
    await copy.execute('VACUUM')
    return { counts, uploads }
  } finally {
    copy.close?.()
  }
}

/**
 * MongoDB: collection by collection through the driver. The documents that point at others
 * (articles, exemplars, their versions) are read before what they point at (units, media), so a
 * reference written during the backup finds its target in the archive. A replica set can do better
 * (a snapshot read concern in one session); FerretDB has no sessions.
 */
async function snapshotMongo(source: Extract<BackupSource, { kind: 'mongodb' }>, staging: string) {
  const dir = path.join(staging, 'mongodb')
  fs.mkdirSync(dir, { recursive: true })
  const names = (await source.db.listCollections().toArray()).filter((c) => c.type !== 'view' && !c.name.startsWith('system.')).map((c) => c.name)
  const last = ['units', 'categories', 'movements', ...UPLOAD_COLLECTIONS]
  names.sort((a, b) => last.indexOf(a) - last.indexOf(b) || a.localeCompare(b))
  const counts: Record<string, number> = {}
  const uploads: Record<string, string[]> = {}
  for (const name of names) {
    const out = fs.openSync(path.join(dir, `${name}.jsonl`), 'w')
    let n = 0
    for await (const doc of source.db.collection(name).find({})) {
      if (name === 'users') {
        delete doc.resetPasswordToken
        delete doc.resetPasswordExpiration
        delete doc.sessions
      }
      if ((UPLOAD_COLLECTIONS as readonly string[]).includes(name)) (uploads[name] ??= []).push(...filenamesOf(doc))
      fs.writeSync(out, source.ejson.stringify(doc, { relaxed: false }) + '\n')
      n++
    }
    fs.closeSync(out)
    counts[name] = n
  }
  return { counts, uploads }
}

/** Takes a consistent backup of a running system and writes it as one archive; returns its path. */
export async function createBackup(options: BackupOptions): Promise<{ file: string; manifest: BackupManifest }> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-'))
  try {
    const { source } = options
    const { counts, uploads } = source.kind === 'sqlite' ? await snapshotSqlite(options, source.client, staging) : await snapshotMongo(source, staging)
    // The files after the snapshot: every file it names was on disk before its document was written.
    const files: BackupFile[] = []
    const missingFiles: string[] = []
    for (const [collection, names] of Object.entries(uploads)) {
      for (const name of new Set(names)) {
        const from = path.join(options.dataDir, collection, path.basename(name))
        const relative = path.posix.join('uploads', collection, path.basename(name))
        if (!fs.existsSync(from)) {
          missingFiles.push(relative)
          continue
        }
        const to = path.join(staging, relative)
        fs.mkdirSync(path.dirname(to), { recursive: true })
        fs.copyFileSync(from, to)
        files.push({ path: relative, bytes: fs.statSync(to).size, sha256: sha256(to) })
      }
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: (options.now ?? new Date()).toISOString(), database: source.kind, counts, files, missingFiles, excluded: EXCLUDED,
    }
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))
    // Archives hold password hashes and personal data: the server's account only.
    fs.mkdirSync(options.directory, { recursive: true, mode: 0o700 })
    let name = backupName(options.now)
    for (let i = 2; fs.existsSync(path.join(options.directory, name)); i++) name = backupName(options.now).replace('.tar.gz', `-${i}.tar.gz`)
    const file = path.join(options.directory, name)
    const partial = `${file}.partial`
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, fs.readdirSync(staging))
    fs.chmodSync(partial, 0o600)
    fs.renameSync(partial, file)
    return { file, manifest }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** The archives in `directory`, newest first. */
export function listBackups(directory: string): { name: string; bytes: number; createdAt: string }[] {
  if (!fs.existsSync(directory)) return []
  return fs
    .readdirSync(directory)
    .filter((name) => BACKUP_NAME.test(name))
    .map((name) => {
      const stat = fs.statSync(path.join(directory, name))
      return { name, bytes: stat.size, createdAt: stat.mtime.toISOString() }
    })
    .sort((a, b) => b.name.localeCompare(a.name))
}

/** Keeps the `keep` newest archives and deletes the rest; returns the names deleted. */
export function pruneBackups(directory: string, keep: number): string[] {
  const old = listBackups(directory).slice(Math.max(1, keep))
  for (const { name } of old) fs.rmSync(path.join(directory, name), { force: true })
  return old.map((b) => b.name)
}
