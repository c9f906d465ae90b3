import type { CollectionAfterChangeHook } from 'payload'
import { deliverNotice, prepareWorkflowNotice } from '../email/sendWorkflowNotice.ts'
import { workflowContext } from './workflowContext.ts'

/**
 * Emails the people a review step concerns (issue #3, point 8). Recipients are looked up inside
 * the write; the email leaves afterwards, so a slow or failing mail server never holds the write
 * back nor undoes the step (the failure is logged for the administrator).
 */
export const notifyWorkflowChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const step = workflowContext(req).step
  if (!step) return doc
  const notice = await prepareWorkflowNotice(req.payload, step, doc, req)
  if (notice) deliverNotice(req.payload, notice)
  return doc
}
