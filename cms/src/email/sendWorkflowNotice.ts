import type { Payload, PayloadRequest, Where } from 'payload'
import { unitWithAncestors, workflowNotice, type Id, type NoticeAudience } from '@thidua/content-models'
import type { WorkflowStep } from '../hooks/workflowContext.ts'
import { PendingWork } from '../pendingWork.ts'

type Doc = Record<string, unknown> & { id: string | number }

/** An email ready to go: recipients resolved, text written. */
export interface PreparedNotice {
  to: string[]
  subject: string
  text: string
  /** What it is about, for the log if delivery fails. */
  about: string
}

/**
 * Writes the email a review step calls for (issue #3, point 8): one message to everyone concerned,
 * never to the person who took the step; `null` when the step calls for none or nobody is left.
 * Looking up recipients is the system's own business, not something done on behalf of the user,
 * so it reads accounts with full access.
 */
export async function prepareWorkflowNotice(payload: Payload, step: WorkflowStep, doc: Doc, req?: PayloadRequest): Promise<PreparedNotice | null> {
  const config = payload.collections[step.collection as keyof typeof payload.collections]?.config
  const titleField = config?.admin?.useAsTitle ?? 'id'
  const singular = config?.labels?.singular
  const notice = workflowNotice({
    to: step.to,
    title: String(doc[titleField] ?? `#${doc.id}`),
    kindLabel: typeof singular === 'string' ? singular : step.collection,
    actorName: step.actor?.name || step.actor?.email || 'Hệ thống',
    comment: step.comment,
    link: `${payload.config.serverURL}/admin/collections/${step.collection}/${doc.id}`,
  })
  if (!notice) return null
  const about = `${step.collection} ${doc.id} moving to "${step.to}"`
  const to = (await recipients(payload, notice.audience, step, doc, req)).filter((email) => email !== step.actor?.email)
  if (to.length === 0) {
    payload.logger.info(`No one to notify of ${about} (audience: ${notice.audience}).`)
    return null
  }
  return { to, subject: notice.subject, text: notice.text, about }
}

const deliveries = new PendingWork()

/**
 * Hands a notice to the email adapter without waiting for it: the write's transaction (on SQLite,
 * the database's write lock) must not wait on a mail server. A failure is logged, never thrown.
 */
export function deliverNotice(payload: Payload, notice: PreparedNotice): void {
  const delivery = payload
    .sendEmail({ to: notice.to, subject: notice.subject, text: notice.text })
    .then(
      () => undefined,
      (err: unknown) => {
        payload.logger.error({ err }, `Could not email the notice of ${notice.about}; the step itself was saved. Check the SMTP_* settings.`)
      },
    )
  deliveries.track(delivery)
}

/** Resolves once every notice handed over so far has been delivered or has failed (tests, shutdown). */
export function noticesDelivered(): Promise<void> {
  return deliveries.settled()
}

async function emailsOf(payload: Payload, where: Where, req?: PayloadRequest): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'users', where, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  return [...new Set(docs.map((u) => (u as { email?: string }).email).filter((e): e is string => Boolean(e)))]
}

async function recipients(payload: Payload, audience: NoticeAudience, step: WorkflowStep, doc: Doc, req?: PayloadRequest): Promise<string[]> {
  if (audience === 'reviewers') {
    const editors = await emailsOf(payload, { role: { equals: 'editor' } }, req)
    // A council without a separate editor: the publisher reviews too.
    return editors.length > 0 ? editors : emailsOf(payload, { role: { equals: 'admin' } }, req)
  }
  if (audience === 'publishers') return emailsOf(payload, { role: { equals: 'admin' } }, req)
  if (audience === 'managers') {
    // The managers of the document's unit and of the units above it (issue #10, point 5).
    const own = doc.unit && typeof doc.unit === 'object' ? (doc.unit as { id: Id }).id : (doc.unit as Id | null | undefined)
    if (own == null) return []
    const { docs: units } = await payload.find({ collection: 'units', pagination: false, depth: 0, overrideAccess: true, select: { parent: true }, req })
    const chain = unitWithAncestors(units as never, own)
    return emailsOf(payload, { and: [{ role: { equals: 'manager' } }, { unit: { in: chain } }] }, req)
  }
  if (step.submitterId) {
    const submitter = await emailsOf(payload, { id: { equals: step.submitterId } }, req)
    if (submitter.length > 0) return submitter
  }
  // Nobody submitted it through the flow (or the account is gone): the unit's contributors.
  const unit = doc.unit && typeof doc.unit === 'object' ? (doc.unit as { id: unknown }).id : doc.unit
  if (unit == null) return []
  return emailsOf(payload, { and: [{ role: { equals: 'contributor' } }, { unit: { equals: unit } }] }, req)
}
