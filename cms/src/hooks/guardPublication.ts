import type { CollectionBeforeOperationHook } from 'payload'
import { PUBLISH_REFUSAL, RESTORE_REFUSAL, canPublish, transitionRefusal } from '@thidua/content-models'
import { roleOf } from '../access/roles.ts'
import { refuse, workflowContext } from './workflowContext.ts'

/**
 * Decides, before Payload does, whether a write may touch the live document (issue #3, point 2).
 *
 * Payload publishes whenever `_status: 'published'` is sent, even with `?draft=true`, and a write
 * without `?draft=true` overwrites the live document with whatever it carries. So for anyone
 * signed in:
 * - `_status: 'published'` is refused (403, Vietnamese) unless the caller is the publisher, and
 *   never allowed on creation (a new document starts as a draft);
 * - the publisher's explicit take-down (`_status: 'draft'` without `?draft=true`, or a step to
 *   `unpublished`/`archived`) writes the live document;
 * - everything else becomes a draft save, so an edit of a published document opens a revision
 *   while the published version stays live;
 * - restoring an old version is only allowed as a draft.
 * Writes without a user (seed, migrations) are the system's and pass unchanged.
 */
export const guardPublication: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  const context = workflowContext(req)
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  const draft = Boolean((args as { draft?: boolean }).draft)
  context.duplicating = operation === 'create' && (args as { duplicateFromID?: unknown }).duplicateFromID != null

  if (!req.user) {
    context.intent = draft ? 'draft' : data._status === 'published' ? 'publish' : data._status === 'draft' ? 'offline' : 'save'
    return args
  }
  const role = roleOf(req)
  if (operation === 'restoreVersion') {
    if (!draft) refuse(RESTORE_REFUSAL)
    context.intent = 'draft'
    return args
  }
  const wantsPublish = data._status === 'published' || data.workflowState === 'published'
  if (wantsPublish) {
    if (!canPublish(role)) refuse(PUBLISH_REFUSAL)
    if (operation === 'create') refuse(transitionRefusal(role, 'draft', 'published') ?? PUBLISH_REFUSAL)
    context.intent = 'publish'
    return { ...args, draft: false, data: { ...data, _status: 'published' } }
  }
  const takesDown = data.workflowState === 'unpublished' || data.workflowState === 'archived' || (data._status === 'draft' && !draft)
  if (operation === 'update' && canPublish(role) && takesDown) {
    context.intent = 'offline'
    return { ...args, draft: false, data: { ...data, _status: 'draft' } }
  }
  context.intent = 'draft'
  return { ...args, draft: true }
}
