import type { Payload, TypedUser } from 'payload'
import { queuesFor, type Role, type WorkflowQueue } from '@thidua/content-models'

export const QUEUE_COLLECTIONS = [
  { slug: 'articles', label: 'Bài viết' },
  { slug: 'exemplars', label: 'Điển hình' },
  { slug: 'events', label: 'Sự kiện' },
] as const

/** The admin list filtered to a queue's states (the list shows latest versions, where states live). */
export function queueHref(adminRoute: string, slug: string, queue: WorkflowQueue): string {
  return `${adminRoute}/collections/${slug}?where[or][0][and][0][workflowState][in]=${queue.states.join(',')}`
}

export interface QueueCount {
  queue: WorkflowQueue
  counts: { slug: (typeof QUEUE_COLLECTIONS)[number]['slug']; label: string; total: number }[]
}

/**
 * How many articles and profiles wait in each of the user's queues, counted on their latest
 * versions (where the review state lives) with the user's own access, so a contributor counts
 * only its unit's documents.
 */
export async function countQueues(payload: Payload, user: TypedUser | null | undefined): Promise<QueueCount[]> {
  const role = ((user as { role?: Role } | null | undefined)?.role ?? null) as Role | null
  if (!user) return []
  return Promise.all(
    queuesFor(role).map(async (queue) => ({
      queue,
      counts: await Promise.all(
        QUEUE_COLLECTIONS.map(async ({ slug, label }) => {
          const { totalDocs } = await payload.find({
            collection: slug,
            draft: true,
            depth: 0,
            limit: 1,
            select: {},
            overrideAccess: false,
            user,
            where: { workflowState: { in: [...queue.states] } },
          })
          return { slug, label, total: totalDocs }
        }),
      ),
    })),
  )
}
