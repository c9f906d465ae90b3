import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`privacy_marker\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_privacy_marker\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`consent_method\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`consent_recorded_by\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`consent_recorded_at\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`privacy_marker\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_consent_method\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_consent_recorded_by\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_consent_recorded_at\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_privacy_marker\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_use\` integer;`)
  await db.run(sql`CREATE INDEX \`media_unit_idx\` ON \`media\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`media_public_use_idx\` ON \`media\` (\`public_use\`);`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`public_use\` integer;`)
  await db.run(sql`CREATE INDEX \`audio_unit_idx\` ON \`audio\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`audio_public_use_idx\` ON \`audio\` (\`public_use\`);`)
  // Earlier uploads keep public_use NULL: onInit decides each one (publishing/backfillUploadVisibility.ts).
  // Earlier articles and profiles get their private marker for the release check (issue #9, point 3).
  for (const table of ['articles', 'exemplars']) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`privacy_marker\` = 'tdkt-private-' || lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-' || lower(hex(randomblob(2))) || '-' || lower(hex(randomblob(2))) || '-' || lower(hex(randomblob(6))) WHERE \`privacy_marker\` IS NULL;`))
  }
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "caption", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename") SELECT "id", "alt", "caption", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_audio\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`credit\` text,
  	\`duration_seconds\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audio\`("id", "title", "credit", "duration_seconds", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "title", "credit", "duration_seconds", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`audio\`;`)
  await db.run(sql`DROP TABLE \`audio\`;`)
  await db.run(sql`ALTER TABLE \`__new_audio\` RENAME TO \`audio\`;`)
  await db.run(sql`CREATE INDEX \`audio_updated_at_idx\` ON \`audio\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audio_created_at_idx\` ON \`audio\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audio_filename_idx\` ON \`audio\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`privacy_marker\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_privacy_marker\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`consent_method\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`consent_recorded_by\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`consent_recorded_at\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`privacy_marker\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_consent_method\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_consent_recorded_by\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_consent_recorded_at\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_privacy_marker\`;`)
}
