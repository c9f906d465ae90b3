import type { CollectionBeforeChangeHook } from 'payload'
import {
  COMMENT_REFUSAL,
  INITIAL_STATE,
  TransitionError,
  assertTransition,
  canPublishCorrection,
  editRefusal,
  isWorkflowState,
  lastSubmitterId,
  reviewEntry,
  stateAfterEdit,
  stateOf,
  transitionRefusal,
  type Actor,
  type ReviewEntry,
  type WorkflowState,
} from '@thidua/content-models'
import { changesContent } from './changesContent.ts'
import { actorOf, refuse, workflowContext, type SaveIntent } from './workflowContext.ts'

type Doc = Record<string, unknown>

interface Decision {
  next: WorkflowState
  entries: ReviewEntry[]
}

/**
 * Enforces the review flow on every write to an article or a profile, whatever the path (admin,
 * REST, GraphQL, Local API), and records each step in `reviewHistory` (issue #3, points 2-3).
 *
 * A write asks for a step by setting `workflowState` (with `reviewNote` as its comment), or by
 * publishing / taking down (see `guardPublication`); otherwise it is a content edit, which the
 * edit rules allow or refuse. Refusals are 403s with a Vietnamese message. The step taken is left
 * in the request context for `notifyWorkflowChange`. Runs last among the collection's
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
  let decision: Decision
  try {
    decision = actor
      ? await decideForUser({
          actor, from, asked, comment, data, previous,
          intent: context.intent ?? 'draft',
          isMainPublished: mainPublished,
          titleField: collection.admin?.useAsTitle,
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
  const main = await req.payload.db.findOne<{ id: string | number; _status?: string }>({ collection: slug, where: { id: { equals: previous.id } }, req })
  return main?._status === 'published'
}

interface UserInput {
  actor: Actor
  from: WorkflowState | null
  asked: WorkflowState | undefined
  comment: string | null
  intent: SaveIntent
  data: Doc
  previous: Doc | null
  isMainPublished: () => Promise<boolean>
  titleField: string | undefined
}

async function decideForUser(input: UserInput): Promise<Decision> {
  const { actor, asked, comment, intent, data, previous } = input
  const role = actor.role ?? null
  const entries: ReviewEntry[] = []
  const step = (from: WorkflowState, to: WorkflowState) => {
    assertTransition(role, from, to, comment)
    if (to === 'submitted') requireTitle(data, previous, input.titleField)
    entries.push(reviewEntry(from, to, actor, comment))
    return { next: to, entries }
  }

  if (input.from === null) {
    // Creation (also duplication): always a draft, possibly submitted at once.
    if (asked && asked !== INITIAL_STATE) return step(INITIAL_STATE, asked)
    if (comment) entries.push(reviewEntry(INITIAL_STATE, INITIAL_STATE, actor, comment))
    return { next: INITIAL_STATE, entries }
  }
  const from = input.from

  if (intent === 'publish') {
    if (from === 'published') {
      if (!canPublishCorrection(role, from)) throw new TransitionError(transitionRefusal(role, from, 'published') ?? '', from, 'published')
      entries.push(reviewEntry('published', 'published', actor, comment ?? 'Sửa trực tiếp bản đang xuất bản.'))
      return { next: 'published', entries }
    }
    return step(from, 'published')
  }

  if (intent === 'offline' && (await input.isMainPublished())) return step('published', asked ?? 'unpublished')
  if (intent === 'offline' && asked) return step(from, asked)

  const edits = changesContent(data, previous ?? undefined)
  let base = from
  if (edits) {
    const refusal = editRefusal(role, from)
    if (refusal) throw new TransitionError(refusal, from, null)
    base = stateAfterEdit(from)
    // Editing a live document opens a revision: say so in the history.
    if (base !== from) entries.push(reviewEntry(from, base, actor, 'Mở bản sửa mới; bản đang xuất bản vẫn hiển thị đến khi bản sửa được duyệt và xuất bản.'))
  }
  if (asked) return step(base, asked)
  if (comment) {
    if (stateAfterEdit(base) !== base || base === 'archived') throw new TransitionError(COMMENT_REFUSAL, base, base)
    entries.push(reviewEntry(base, base, actor, comment))
  }
  return { next: base, entries }
}

function requireTitle(data: Doc, previous: Doc | null, titleField: string | undefined): void {
  if (!titleField) return
  const title = data[titleField] ?? previous?.[titleField]
  if (typeof title !== 'string' || !title.trim()) {
    throw new TransitionError('Chưa thể gửi duyệt: bài chưa có tiêu đề (hoặc tên điển hình).', null, 'submitted')
  }
}

interface SystemInput {
  from: WorkflowState | null
  asked: WorkflowState | undefined
  data: Doc
  intent: SaveIntent
  isMainPublished: () => Promise<boolean>
}

/**
 * The system (seed, scripts with full access) is trusted: it may set any state; without one, the
 * state follows what the write does to `_status`. Its steps are recorded like anyone's.
 */
async function decideForSystem({ from, asked, data, intent, isMainPublished }: SystemInput): Promise<Decision> {
  let next: WorkflowState
  // On creation `workflowState` is already filled with its default, so `_status` decides first.
  if (intent === 'publish' || (from === null && data._status === 'published')) next = 'published'
  else if (asked) next = asked
  else if (intent === 'offline' && from !== null && (await isMainPublished())) next = 'unpublished'
  else if (intent === 'draft' && from !== null) next = stateAfterEdit(from)
  else next = from ?? INITIAL_STATE
  const entries = from !== null && next !== from ? [reviewEntry(from, next, null)] : []
  return { next, entries }
}
