import { changesContent } from './changesContent.ts'
import { canComment, canPublishCorrection, COMMENT_REFUSAL, editRefusal, stateAfterEdit } from './editing.ts'
import { reviewEntry, type Actor, type ReviewEntry } from './history.ts'
import { INITIAL_STATE, stateForStatus, type WorkflowState } from './states.ts'
import { TransitionError, assertTransition, findTransition, submissionState, transitionRefusal } from './transitions.ts'

type Doc = Record<string, unknown>

/**
 * What a write asks for, decided before the CMS picks between a draft save and a write to the
 * live document: a new draft version, the latest version going live, the live document taken
 * down, or a system write that keeps the status (seed, migrations).
 */
export type SaveIntent = 'draft' | 'publish' | 'offline' | 'save'

/** The state a write leaves the document in, and the history entries it adds. */
export interface WorkflowDecision {
  next: WorkflowState
  entries: ReviewEntry[]
}

export interface UserWriteInput {
  actor: Actor
  /** The stored state; null on creation (and duplication). */
  from: WorkflowState | null
  /** The state the write asks for, if any. */
  asked: WorkflowState | undefined
  comment: string | null
  intent: SaveIntent
  data: Doc
  previous: Doc | null
  /** Whether the live (main) document is published: a revision may be a draft over it. */
  isMainPublished: () => Promise<boolean>
  /** The field that must be filled before submission (title, or a profile's name). */
  titleField: string | undefined
  /** Whether the document's unit (or a unit above it) has a manager who screens submissions first. */
  unitHasManager?: () => Promise<boolean>
}

const ROUTED_REFUSAL = 'Hãy bấm “Gửi duyệt”: bài sẽ tự chuyển đến cán bộ thi đua đơn vị nếu đơn vị có.'
const TITLE_REFUSAL = 'Chưa thể gửi duyệt: bài chưa có tiêu đề (hoặc tên điển hình).'

function requireTitle(data: Doc, previous: Doc | null, titleField: string | undefined): void {
  if (!titleField) return
  const title = data[titleField] ?? previous?.[titleField]
  if (typeof title !== 'string' || !title.trim()) throw new TransitionError(TITLE_REFUSAL, null, 'submitted')
}

/**
 * The review rules for a person's write to an article or a profile (issue #3, points 2-3): a step
 * asked for, a publication, a take-down, a content edit (which may open a revision of a live
 * document) or a comment. Throws `TransitionError` with a Vietnamese reason when refused.
 */
export async function decideForUser(input: UserWriteInput): Promise<WorkflowDecision> {
  const { actor, asked, comment, intent, data, previous } = input
  const role = actor.role ?? null
  const entries: ReviewEntry[] = []
  const step = (from: WorkflowState, to: WorkflowState, routed = false): WorkflowDecision => {
    // A routed step ("Gửi duyệt" to the unit's manager) is the server's choice, never the caller's.
    if (!routed && findTransition(from, to)?.routed) throw new TransitionError(transitionRefusal(role, from, 'submitted') ?? ROUTED_REFUSAL, from, to)
    assertTransition(role, from, to, comment)
    if (to === 'submitted' || to === 'unit_review') requireTitle(data, previous, input.titleField)
    entries.push(reviewEntry(from, to, actor, comment))
    return { next: to, entries }
  }

  if (input.from === null) {
    // Creation (also duplication): always a draft, possibly submitted at once.
    if (asked === 'submitted' && role === 'contributor' && input.unitHasManager) {
      return step(INITIAL_STATE, submissionState(role, INITIAL_STATE, await input.unitHasManager()), true)
    }
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

  let base = from
  if (changesContent(data, previous ?? undefined)) {
    const refusal = editRefusal(role, from)
    if (refusal) throw new TransitionError(refusal, from, null)
    base = stateAfterEdit(from)
    // Editing a live document opens a revision: say so in the history.
    if (base !== from) entries.push(reviewEntry(from, base, actor, 'Mở bản sửa mới; bản đang xuất bản vẫn hiển thị đến khi bản sửa được duyệt và xuất bản.'))
  }
  if (asked === 'submitted' && role === 'contributor' && input.unitHasManager && (base === 'draft' || base === 'changes_requested')) {
    return step(base, submissionState(role, base, await input.unitHasManager()), true)
  }
  if (asked) return step(base, asked)
  if (comment) {
    if (!canComment(base)) throw new TransitionError(COMMENT_REFUSAL, base, base)
    entries.push(reviewEntry(base, base, actor, comment))
  }
  return { next: base, entries }
}

export interface SystemWriteInput {
  from: WorkflowState | null
  asked: WorkflowState | undefined
  data: Doc
  intent: SaveIntent
  isMainPublished: () => Promise<boolean>
}

/**
 * The system (seed, jobs, scripts with full access) is trusted: it may set any state; without one,
 * the state follows what the write does to `_status` (see `stateForStatus`). Its steps are recorded
 * like anyone's.
 */
export async function decideForSystem({ from, asked, data, intent, isMainPublished }: SystemWriteInput): Promise<WorkflowDecision> {
  let next: WorkflowState
  // On creation `workflowState` is already filled with its default, so `_status` decides first.
  if (intent === 'publish' || (from === null && stateForStatus(data._status) === 'published')) next = 'published'
  else if (asked) next = asked
  else if (intent === 'offline' && from !== null && (await isMainPublished())) next = 'unpublished'
  else if (intent === 'draft' && from !== null) next = stateAfterEdit(from)
  else next = from ?? INITIAL_STATE
  const entries = from !== null && next !== from ? [reviewEntry(from, next, null)] : []
  return { next, entries }
}
