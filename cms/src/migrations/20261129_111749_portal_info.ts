import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`portal_info_social_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`portal_info\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`portal_info_social_links_order_idx\` ON \`portal_info_social_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`portal_info_social_links_parent_id_idx\` ON \`portal_info_social_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`portal_info\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`council_name\` text DEFAULT 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn Hà' NOT NULL,
  	\`agency\` text DEFAULT 'Uỷ ban nhân dân tỉnh Sơn Hà',
  	\`address\` text DEFAULT 'Số 1 đường Trần Hưng Đạo, thành phố Sơn Hà, tỉnh Sơn Hà',
  	\`phone\` text DEFAULT '0210 3 852 000',
  	\`email\` text DEFAULT 'thiduakhenthuong@sonha.gov.example',
  	\`responsible_person\` text DEFAULT 'Trưởng ban Thi đua - Khen thưởng tỉnh',
  	\`licence\` text,
  	\`about\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`portal_info_social_links\`;`)
  await db.run(sql`DROP TABLE \`portal_info\`;`)
}
