import type { JobsConfig } from 'payload'
import { roleOf } from '../access/roles.ts'
import { guardJobCancellation } from './guardJobCancellation.ts'
import { quotaRemindersTask } from './sendQuotaReminders.ts'
import { backupTask } from '../backup/backupTask.ts'

/**
 * The jobs queue runs inside the CMS server (issue #3, point 4): Payload's scheduled publish and
 * unpublish jobs are picked up by `autoRun`, every minute by default; JOBS_AUTORUN_CRON changes
 * that (six fields for seconds, e.g. "* * * * * *" in tests). Read when Payload starts its crons,
 * which the server does at boot (instrumentation.ts) and tests do with `getPayload({ cron: true })`.
 */
export function jobsConfig(): JobsConfig {
  const publisherOnly = ({ req }: { req: Parameters<typeof roleOf>[0] }) => roleOf(req) === 'admin'
  return {
    autoRun: () => [{ cron: process.env.JOBS_AUTORUN_CRON || '* * * * *', queue: 'default', limit: 50 }],
    // Quota and registration reminders (issue #10, point 4), scheduled daily.
    // and the nightly backup (issue #12, point 5).
    tasks: [quotaRemindersTask, backupTask],
    // Payload lets every signed-in account run, queue and cancel jobs over REST by default.
    access: { run: publisherOnly, queue: publisherOnly, cancel: publisherOnly },
    // Payload warns at start that hooks added here only run with `runHooks`: that is true of the
    // queue's own writes, not of the Local API delete the schedule drawer uses, which is the one
    // guarded here (see workflowSchedule.test.ts).
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      hooks: {
        ...defaultJobsCollection.hooks,
        beforeDelete: [...(defaultJobsCollection.hooks?.beforeDelete ?? []), guardJobCancellation],
      },
    }),
  }
}
