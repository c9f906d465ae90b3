import type { CollectionAfterChangeHook } from 'payload'
import { queuePublication } from '../jobs/queuePublication.ts'
import { workflowContext } from './workflowContext.ts'

/**
 * Optional expiry (issue #3, point 4): when a document with "Tự động gỡ xuống lúc" goes live, an
 * unpublish job is queued for that time, acting as the publisher who published it.
 */
export const scheduleUnpublish: CollectionAfterChangeHook = async ({ doc, req }) => {
  const step = workflowContext(req).step
  if (step?.to !== 'published' || !step.unpublishAt) return doc
  const at = new Date(step.unpublishAt)
  if (!(at.getTime() > Date.now())) {
    req.payload.logger.warn(`${step.collection} ${doc.id} was published with an expiry in the past (${step.unpublishAt}); no unpublish was scheduled.`)
    return doc
  }
  await queuePublication(req.payload, { collection: step.collection, id: doc.id, type: 'unpublish', at, userId: step.actor?.id ?? null, req })
  return doc
}
