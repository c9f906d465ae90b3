import type { TaskConfig } from 'payload'
import { backupRunningCms } from './payloadBackup.ts'

/**
 * The nightly backup (issue #12, point 5), a Payload job: at 18:30 UTC (01:30 in Vietnam) by default
 * (BACKUP_CRON, in the server's time zone; "off" disables it), keeping BACKUP_KEEP archives.
 */
export const backupTask: TaskConfig<'backup'> = {
  slug: 'backup',
  label: 'Sao lưu dữ liệu',
  retries: 1,
  outputSchema: [{ name: 'file', type: 'text' }],
  schedule: process.env.BACKUP_CRON === 'off' ? [] : [{ cron: process.env.BACKUP_CRON || '30 18 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const { file } = await backupRunningCms(req.payload)
    return { output: { file } }
  },
}
