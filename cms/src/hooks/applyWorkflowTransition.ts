import type { CollectionBeforeChangeHook } from 'payload'
import {
  TransitionError,
  decideForSystem,
  decideForUser,
  isWorkflowState,
  lastSubmitterId,
  stateOf,
  type ReviewEntry,
  type WorkflowDecision,
  type WorkflowState,
} from '@thidua/content-models'
import { unitHasManager } from '../access/unitScope.ts'
import { actorOf, refuse, workflowContext } from './workflowContext.ts'

type Doc = Record<string, unknown>

/**
 * Enforces the review flow on every write to an article or a profile, whatever the path (admin,
 * REST, GraphQL, Local API), and records each step in `reviewHistory` (issue #3, points 2-3).
 *
 * A write asks for a step by setting `workflowState` (with `reviewNote` as its comment), or by
 * publishing / taking down (see `guardPublication`); otherwise it is a content edit, which the
 * edit rules allow or refuse. Refusals are 403s with a Vietnamese message. The step taken is left
 * in the request context for `notifyWorkflowChange`. The decisions are content-models' pure
 * `decideForUser`/`decideForSystem`; this hook gathers their inputs and records the result. Runs last among the collection's
 * beforeChange hooks, so no later hook refuses a write whose step was already recorded.
 */
export const applyWorkflowTransition: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  const context = workflowContext(req)
  const actor = actorOf(req)
  const restoring = Boolean(req.context.isRestoringVersion)
  const comment = typeof data.reviewNote === 'string' && data.reviewNote.trim() ? data.reviewNote.trim() : null
  delete data.reviewNote
  const previous = operation === 'create' ? null : ((originalDoc as Doc | undefined) ?? null)
  const from: WorkflowState | null = previous ? stateOf(previous as never) : null
  // A restored version or a duplicate carries its old state: neither asks for a step.
  const asked = !restoring && !context.duplicating && isWorkflowState(data.workflowState) && data.workflowState !== from ? data.workflowState : undefined
  const history = (previous?.reviewHistory as ReviewEntry[] | undefined) ?? []

  const mainPublished = () => isMainPublished(req, collection.slug, previous)
  let decision: WorkflowDecision
  try {
    decision = actor
      ? await decideForUser({
          actor, from, asked, comment, data, previous,
          intent: context.intent ?? 'draft',
          isMainPublished: mainPublished,
          titleField: collection.admin?.useAsTitle,
          unitHasManager: () => unitHasManager(req, unitOf(data.unit ?? previous?.unit)),
        })
      : await decideForSystem({ from, asked, data, intent: context.intent ?? 'save', isMainPublished: mainPublished })
  } catch (error) {
    if (error instanceof TransitionError) refuse(error.message, { from: error.from, to: error.to })
    throw error
  }

  // The seed may bring its own history; a person's write never does (field access drops it).
  const kept = !actor && operation === 'create' && Array.isArray(data.reviewHistory) ? (data.reviewHistory as ReviewEntry[]) : history
  const reviewHistory = [...kept, ...decision.entries]
  const last = decision.entries.at(-1)
  if (last && last.fromState !== last.toState) {
    context.step = {
      collection: collection.slug,
      from: last.fromState,
      to: last.toState,
      comment: last.comment ?? null,
      actor,
      submitterId: lastSubmitterId(reviewHistory),
      unpublishAt: typeof data.unpublishAt === 'string' ? data.unpublishAt : null,
    }
  } else {
    delete context.step
  }
  return { ...data, workflowState: decision.next, reviewHistory }
}

async function isMainPublished(req: Parameters<CollectionBeforeChangeHook>[0]['req'], slug: string, previous: Doc | null): Promise<boolean> {
  if (!previous?.id) return false
  // The latest version may be a draft revision: ask the live document itself.
  const main = await req.payload.db.findOne<{ id: string | number; _status?: string }>({ collection: slug as never, where: { id: { equals: previous.id } }, req })
  return main?._status === 'published'
}

/** A relationship value's id (populated or not). */
function unitOf(value: unknown): string | number | null {
  if (value && typeof value === 'object') return (value as { id: string | number }).id
  return (value as string | number | null | undefined) ?? null
}
