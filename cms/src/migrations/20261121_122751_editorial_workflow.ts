import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`comment\` text,
  	\`actor_id\` text,
  	\`actor_name\` text,
  	\`actor_role\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_review_history_order_idx\` ON \`articles_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_history_parent_id_idx\` ON \`articles_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`comment\` text,
  	\`actor_id\` text,
  	\`actor_name\` text,
  	\`actor_role\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_history_order_idx\` ON \`_articles_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_history_parent_id_idx\` ON \`_articles_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`comment\` text,
  	\`actor_id\` text,
  	\`actor_name\` text,
  	\`actor_role\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_review_history_order_idx\` ON \`exemplars_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_review_history_parent_id_idx\` ON \`exemplars_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`comment\` text,
  	\`actor_id\` text,
  	\`actor_name\` text,
  	\`actor_role\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_review_history_order_idx\` ON \`_exemplars_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_review_history_parent_id_idx\` ON \`_exemplars_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`exemplars_workflow_state_idx\` ON \`exemplars\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_workflow_state_idx\` ON \`_exemplars_v\` (\`version_workflow_state\`);`)
  // Documents that were live before the workflow existed are "published", not drafts.
  for (const table of ['articles', 'exemplars']) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`))
    await db.run(sql.raw(`UPDATE \`_${table}_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_review_history\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`exemplars_review_history\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_review_history\`;`)
  await db.run(sql`DROP INDEX \`articles_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`exemplars_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`DROP INDEX \`_exemplars_v_version_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_unpublish_at\`;`)
}
