import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from '../migrations/index.ts'
import { mongoCompatibility } from './mongoCompatibility.ts'
import { dataDir } from '../paths.ts'

/**
 * Embedded SQLite by default, so a fresh clone runs with no database server; a `mongodb://` (or
 * `mongodb+srv://`) DATABASE_URI selects MongoDB, the production choice (issue #2, point 4).
 */
export function databaseAdapter(uri = process.env.DATABASE_URI ?? ''): DatabaseAdapterObj {
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    return mongooseAdapter({ url: uri, ...mongoCompatibility() })
  }
  const url = uri.startsWith('file:') ? uri : `file:${path.join(/*turbopackIgnore: true*/ dataDir(), 'thidua.db')}`
  return sqliteAdapter({
    client: { url },
    // Never push the schema in dev mode: a pushed database makes the production server wait on an
    // interactive "data loss" prompt. Every environment goes through the shipped migrations.
    push: false,
    prodMigrations: migrations,
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    busyTimeout: 5000,
  })
}

/** Whether this process runs on the embedded SQLite database. */
export function usesSqlite(uri = process.env.DATABASE_URI ?? ''): boolean {
  return !/^mongodb(\+srv)?:\/\//.test(uri)
}
