import type { Payload, TaskConfig } from 'payload'
import { COLLECTIONS, dueReminders, vietnamYearMonth, type Id } from '@thidua/content-models'
import { loadCouncilYear } from '../reports/loadCouncilYear.ts'

const SYSTEM_VIEWER = { role: 'admin' }

async function recipients(payload: Payload, audience: 'unit' | 'editors', unitId: Id | null): Promise<string[]> {
  const where = audience === 'editors' ? { role: { in: ['editor', 'admin'] } } : { and: [{ role: { in: ['contributor', 'manager'] } }, { unit: { equals: unitId } }] }
  const { docs } = await payload.find({ collection: COLLECTIONS.users, where: where as never, pagination: false, depth: 0, overrideAccess: true })
  return docs.map((u) => (u as { email?: string }).email).filter((e): e is string => Boolean(e))
}

/**
 * Sends the quota and registration reminders due now and the monthly digest (issue #10, point 4).
 * Each reminder is recorded in `reminder-log` under a unique key before it is sent, so a second
 * run, a restart or two servers racing never send it twice. Returns the keys sent.
 */
export async function sendQuotaReminders(payload: Payload, now = new Date()): Promise<string[]> {
  const { plan, board } = await loadCouncilYear({ payload, user: SYSTEM_VIEWER }, vietnamYearMonth(now).year, {}, now)
  const { docs: registrations } = await payload.find({
    collection: COLLECTIONS.registrations, where: { year: { equals: plan.year } }, pagination: false, depth: 0, overrideAccess: true, select: { unit: true },
  })
  const registeredUnits = registrations.map((r) => (r as { unit?: Id | null }).unit).filter((u): u is Id => u != null)
  const sent: string[] = []
  for (const reminder of dueReminders({ plan, board, registeredUnits, now })) {
    const { totalDocs } = await payload.count({ collection: COLLECTIONS.reminderLog, where: { key: { equals: reminder.key } }, overrideAccess: true })
    if (totalDocs) continue
    const to = await recipients(payload, reminder.audience, reminder.unitId)
    try {
      // The unique key refuses a second record: whoever records first sends.
      await payload.create({
        collection: COLLECTIONS.reminderLog,
        data: { key: reminder.key, kind: reminder.kind, unit: reminder.unitId ?? undefined, periodKey: reminder.periodKey, recipients: to, sentAt: now.toISOString() } as never,
        overrideAccess: true,
      })
    } catch {
      continue
    }
    if (!to.length) {
      payload.logger.warn(`Reminder ${reminder.key} not e-mailed: nobody to send it to (add a contributor to the unit).`)
      continue
    }
    await payload.sendEmail({ to, subject: reminder.subject, text: `${reminder.text}\n\nThư tự động từ Cổng thông tin Hội đồng Thi đua - Khen thưởng; vui lòng không trả lời thư này.` })
    payload.logger.info(`Reminder sent: ${reminder.key} to ${to.length} recipient(s).`)
    sent.push(reminder.key)
  }
  return sent
}

/** The Payload task: every morning at 07:00 Vietnam time (00:00 UTC) through the jobs queue. */
export const quotaRemindersTask: TaskConfig<'quotaReminders'> = {
  slug: 'quotaReminders',
  label: 'Nhắc việc chỉ tiêu giới thiệu điển hình',
  schedule: [{ cron: process.env.REMINDERS_CRON || '0 0 * * *', queue: 'default' }],
  handler: async ({ req }: { req: { payload: Payload } }) => {
    const sent = await sendQuotaReminders(req.payload)
    return { output: { sent: sent.length } }
  },
  outputSchema: [{ name: 'sent', type: 'number' }],
} as never
