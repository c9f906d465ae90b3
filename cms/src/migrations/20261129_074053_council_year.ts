import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'advanced' NOT NULL,
  	\`subject_type\` text DEFAULT 'individual' NOT NULL,
  	\`planned_quarter\` text,
  	\`field_id\` integer,
  	\`movement_id\` integer,
  	\`description\` text,
  	\`unit_id\` integer,
  	\`year\` numeric,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`review_comment\` text,
  	\`late\` integer DEFAULT false,
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`field_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_field_idx\` ON \`registrations\` (\`field_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_movement_idx\` ON \`registrations\` (\`movement_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_unit_idx\` ON \`registrations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_year_idx\` ON \`registrations\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`registrations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_rels_order_idx\` ON \`registrations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_parent_idx\` ON \`registrations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_path_idx\` ON \`registrations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_exemplars_id_idx\` ON \`registrations_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_rels_articles_id_idx\` ON \`registrations_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`reminder_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`unit_id\` integer,
  	\`period_key\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reminder_log_key_idx\` ON \`reminder_log\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`reminder_log_unit_idx\` ON \`reminder_log\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reminder_log_updated_at_idx\` ON \`reminder_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reminder_log_created_at_idx\` ON \`reminder_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reminder_log_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reminder_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reminder_log_texts_order_parent\` ON \`reminder_log_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`year_plan_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`unit_type\` text NOT NULL,
  	\`period\` text NOT NULL,
  	\`minimum\` numeric DEFAULT 1,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`year_plan\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`year_plan_rules_order_idx\` ON \`year_plan_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`year_plan_rules_parent_id_idx\` ON \`year_plan_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`year_plan\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`registration_deadline\` text,
  	\`report_deadline\` text,
  	\`reminder_days_before\` numeric DEFAULT 7,
  	\`document_issuer_parent\` text DEFAULT 'UBND TỈNH SƠN HÀ',
  	\`document_issuer_name\` text DEFAULT 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
  	\`document_abbreviation\` text DEFAULT 'HĐTĐKT',
  	\`document_place\` text DEFAULT 'Sơn Hà',
  	\`document_signer_capacity\` text DEFAULT 'TM. HỘI ĐỒNG',
  	\`document_signer_title\` text DEFAULT 'CHỦ TỊCH',
  	\`document_signer_name\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`units\` ADD \`cluster\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`quota_minimum\` numeric;`)
  await db.run(sql`CREATE INDEX \`units_cluster_idx\` ON \`units\` (\`cluster\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`registrations_id\` integer REFERENCES registrations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reminder_log_id\` integer REFERENCES reminder_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reminder_log_id_idx\` ON \`payload_locked_documents_rels\` (\`reminder_log_id\`);`)
  // A unit's quota is now an override of the year plan (issue #10, point 1): the values units got
  // filled in from their type's default become empty, so editing the plan reaches them.
  await db.run(sql`UPDATE \`units\` SET \`quota\` = NULL WHERE (\`type\` = 'district' AND \`quota\` = 'month') OR (\`type\` IN ('department', 'enterprise') AND \`quota\` = 'quarter') OR (\`type\` NOT IN ('district', 'department', 'enterprise') AND \`quota\` = 'none');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`DROP TABLE \`registrations_rels\`;`)
  await db.run(sql`DROP TABLE \`reminder_log\`;`)
  await db.run(sql`DROP TABLE \`reminder_log_texts\`;`)
  await db.run(sql`DROP TABLE \`year_plan_rules\`;`)
  await db.run(sql`DROP TABLE \`year_plan\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`exemplars_id\` integer,
  	\`categories_id\` integer,
  	\`movements_id\` integer,
  	\`units_id\` integer,
  	\`media_id\` integer,
  	\`audio_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "exemplars_id", "categories_id", "movements_id", "units_id", "media_id", "audio_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "exemplars_id", "categories_id", "movements_id", "units_id", "media_id", "audio_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exemplars_id_idx\` ON \`payload_locked_documents_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_movements_id_idx\` ON \`payload_locked_documents_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audio_id_idx\` ON \`payload_locked_documents_rels\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`units_cluster_idx\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`cluster\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`quota_minimum\`;`)
}
