import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import mongoose from 'mongoose'
import type { BackupSource, SqlClient } from './createBackup.ts'
import type { MongoTarget } from './restoreBackup.ts'

/**
 * Opening the databases without Payload, for the command-line backup and restore: they run beside
 * a live CMS (SQLite allows a second reader; MongoDB any number of clients) or before one starts.
 */
export const EJSON = mongoose.mongo.BSON.EJSON

export const isMongoUri = (uri: string) => /^mongodb(\+srv)?:\/\//.test(uri)

/** The SQLite file the CMS uses for this data directory and DATABASE_URI. */
export function sqliteUrl(dataDir: string, uri = ''): string {
  return uri.startsWith('file:') ? uri : `file:${path.join(dataDir, 'thidua.db')}`
}

export const openSqlite = (url: string): SqlClient => createClient({ url }) as unknown as SqlClient

export async function openSource(dataDir: string, uri: string): Promise<{ source: BackupSource; close: () => Promise<void> }> {
  if (isMongoUri(uri)) {
    const client = await mongoose.mongo.MongoClient.connect(uri)
    return { source: { kind: 'mongodb', db: client.db() as never, ejson: EJSON }, close: () => client.close() }
  }
  const url = sqliteUrl(dataDir, uri)
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '')
  if (!fs.existsSync(file)) throw new Error(`No database at ${file}: nothing to back up. Set DATA_DIR (or DATABASE_URI) to the CMS's.`)
  const client = openSqlite(url)
  await client.execute('PRAGMA busy_timeout = 5000')
  return { source: { kind: 'sqlite', client }, close: async () => client.close?.() }
}

export async function openMongoTarget(uri: string): Promise<{ db: MongoTarget; close: () => Promise<void> }> {
  const client = await mongoose.mongo.MongoClient.connect(uri)
  return { db: client.db() as unknown as MongoTarget, close: () => client.close() }
}
