import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { legacyGuid } from '@thidua/content-models'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`guid\` text;`)
  await db.run(sql`CREATE INDEX \`exemplars_guid_idx\` ON \`exemplars\` (\`guid\`);`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_guid\` text;`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_guid_idx\` ON \`_exemplars_v\` (\`version_guid\`);`)
  await backfillLegacyGuids(db)
}

/**
 * Profiles that already exist get the URN the feeds derive from their creation instant
 * (content-models `feedGuid`), so their identifier in newsrooms' readers does not change (issue #5).
 */
export async function backfillLegacyGuids(db: MigrateUpArgs['db']): Promise<void> {
  const rows = await db.all<{ id: number; created_at: string }>(sql`SELECT \`id\`, \`created_at\` FROM \`exemplars\` WHERE \`guid\` IS NULL;`)
  for (const row of rows) {
    const guid = legacyGuid('exemplars', new Date(row.created_at).toISOString())
    await db.run(sql`UPDATE \`exemplars\` SET \`guid\` = ${guid} WHERE \`id\` = ${row.id};`)
    await db.run(sql`UPDATE \`_exemplars_v\` SET \`version_guid\` = ${guid} WHERE \`parent_id\` = ${row.id};`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`exemplars_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`guid\`;`)
  await db.run(sql`DROP INDEX \`_exemplars_v_version_version_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_guid\`;`)
}
