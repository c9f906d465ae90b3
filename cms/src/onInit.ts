import type { Payload } from 'payload'
import { usesSqlite } from './db/databaseAdapter.ts'
import { migrations } from './migrations/index.ts'
import { backfillUploadVisibility } from './publishing/backfillUploadVisibility.ts'
import { invalidateOnDatabaseWrites } from './readCache/invalidateOnWrite.ts'
import { seedDemoContent } from './seed/seedDemoContent.ts'

/** Runs once per server start, after the database is connected. */
export async function onInit(payload: Payload): Promise<void> {
  invalidateOnDatabaseWrites(payload)
  // In production the SQLite adapter runs `prodMigrations` itself; dev servers and tests go through
  // the same shipped migrations (schema push is off), so every database has one history.
  if (usesSqlite() && process.env.NODE_ENV !== 'production') {
    await payload.db.migrate({ migrations: migrations as never })
  }
  await backfillUploadVisibility(payload)
  if (process.env.SEED_DEMO === 'false') return
  await seedDemoContent(payload)
}
