import type { Payload, PayloadRequest } from 'payload'

export interface PublicationJob {
  collection: string
  id: string | number
  type: 'publish' | 'unpublish'
  at: Date
  /** The publisher the job acts as: it runs with that account's access, like a click at `at`. */
  userId: string | number | null
  req?: PayloadRequest
}

/**
 * Queues Payload's own `schedulePublish` job (the one the admin's schedule drawer uses), replacing
 * any pending one of the same type for the document, so a document has one publication time and
 * one expiry at most.
 */
export async function queuePublication(payload: Payload, job: PublicationJob): Promise<void> {
  await cancelPendingPublications(payload, job)
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: job.type,
      doc: { relationTo: job.collection, value: String(job.id) },
      ...(job.userId != null ? { user: { relationTo: 'users', value: job.userId } } : {}),
    } as never,
    waitUntil: job.at,
    req: job.req,
  })
}

/** Drops the document's scheduled publications (or expiries) that have not run yet. */
export async function cancelPendingPublications(payload: Payload, job: Omit<PublicationJob, 'at' | 'userId'>): Promise<void> {
  await payload.db.deleteMany({
    collection: 'payload-jobs',
    req: job.req,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { 'input.doc.relationTo': { equals: job.collection } },
        { 'input.doc.value': { equals: String(job.id) } },
        { 'input.type': { equals: job.type } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
  })
}
