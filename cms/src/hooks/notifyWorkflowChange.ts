import type { CollectionAfterChangeHook } from 'payload'
import { sendWorkflowNotice } from '../email/sendWorkflowNotice.ts'
import { workflowContext } from './workflowContext.ts'

/**
 * Emails the people a review step concerns (issue #3, point 8). A mail failure never undoes the
 * step: the editorial work is saved, the failure is logged for the administrator.
 */
export const notifyWorkflowChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const step = workflowContext(req).step
  if (!step) return doc
  try {
    await sendWorkflowNotice(req.payload, step, doc, req)
  } catch (err) {
    req.payload.logger.error(
      { err },
      `Could not email the "${step.to}" notice for ${step.collection} ${doc.id}; the step itself was saved. Check the SMTP_* settings.`,
    )
  }
  return doc
}
