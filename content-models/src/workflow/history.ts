import type { Role } from './roles.ts'
import type { WorkflowState } from './states.ts'

/**
 * One line of a document's review history (issue #3, point 3): who, when, from which state to
 * which, and what they said. A comment without a change of state has `fromState === toState`.
 */
export interface ReviewEntry {
  fromState: WorkflowState | null
  toState: WorkflowState
  comment?: string | null
  actorId?: string | null
  actorName?: string | null
  actorRole?: Role | null
  /** ISO 8601 instant. */
  at: string
}

/** Who did something, as the history records it (a name survives the account's deletion). */
export interface Actor {
  id: string | number
  name?: string | null
  email?: string | null
  role?: Role | null
}

/** A history line for a step taken now (or at `at`) by `actor`; `null` actor is the system. */
export function reviewEntry(
  fromState: WorkflowState | null,
  toState: WorkflowState,
  actor: Actor | null,
  comment?: string | null,
  at: Date = new Date(),
): ReviewEntry {
  return {
    fromState,
    toState,
    comment: comment?.trim() || null,
    actorId: actor ? String(actor.id) : null,
    actorName: actor ? actor.name || actor.email || `#${actor.id}` : 'Hệ thống',
    actorRole: actor?.role ?? null,
    at: at.toISOString(),
  }
}

/**
 * The account that last sent the document for review: the person told when changes are requested
 * and when it is published. `null` when nobody submitted it (e.g. written by the council itself).
 */
export function lastSubmitterId(history: readonly Partial<ReviewEntry>[] | null | undefined): string | null {
  const list = history ?? []
  for (let i = list.length - 1; i >= 0; i--) {
    const entry = list[i]
    if (entry?.toState === 'submitted' && entry.fromState !== 'submitted' && entry.actorId) return entry.actorId
  }
  return null
}

/** The latest return for changes in a history (its comment says what to fix), or null. */
export function lastReturn(history: readonly Partial<ReviewEntry>[] | null | undefined): Partial<ReviewEntry> | null {
  const entries = history ?? []
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.toState === 'changes_requested') return entries[i]!
  return null
}
