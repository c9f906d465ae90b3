import { APIError, type PayloadRequest } from 'payload'
import type { Actor, Role, SaveIntent, WorkflowState } from '@thidua/content-models'


/** A step of the review flow taken by a write, for the hooks that run after it (notifications). */
export interface WorkflowStep {
  collection: string
  from: WorkflowState | null
  to: WorkflowState
  comment: string | null
  actor: Actor | null
  submitterId: string | null
  unpublishAt: string | null
}

/** The notes the workflow hooks leave each other for one request, in `req.context`. */
export interface WorkflowContext {
  intent?: SaveIntent
  /** A duplicate copies the original's state; the copy starts as a fresh draft instead. */
  duplicating?: boolean
  step?: WorkflowStep
}

export function workflowContext(req: PayloadRequest): WorkflowContext {
  const context = req.context as Record<string, unknown>
  context.workflow ??= {}
  return context.workflow as WorkflowContext
}

/** The signed-in person acting, or `null` for the system (seed, jobs queued without a user). */
export function actorOf(req: PayloadRequest): Actor | null {
  const user = req.user as { id: string | number; name?: string; email?: string; role?: Role } | null | undefined
  if (!user) return null
  return { id: user.id, name: user.name, email: user.email, role: user.role ?? null }
}

/**
 * A write the review rules refuse: a 403 whose Vietnamese message the admin shows as is. Logged at
 * info level (see `loggingLevels` in payload.config.ts): a refusal is the rules working, not a fault.
 */
export class WorkflowRefusal extends APIError {
  constructor(message: string, data?: Record<string, unknown>) {
    super(message, 403, data, true)
    this.name = 'WorkflowRefusal'
  }
}

/** Refuses a request with a message for the person who made it. */
export function refuse(message: string, data?: Record<string, unknown>): never {
  throw new WorkflowRefusal(message, data)
}
