import type { Payload, TypedUser } from 'payload'
import { lastReturn } from '@thidua/content-models'
import { QUEUE_COLLECTIONS } from './countQueues.ts'

export interface ReturnedItem {
  slug: (typeof QUEUE_COLLECTIONS)[number]['slug']
  id: string | number
  title: string
  comment: string | null
  by: string | null
}

/**
 * The unit's documents returned for changes, newest first, each with the reviewer's comment
 * (issue #13, point 5: a contributor saw a count, not why). Read with the user's own access.
 */
export async function returnedItems(payload: Payload, user: TypedUser, limit = 5): Promise<ReturnedItem[]> {
  const lists = await Promise.all(
    QUEUE_COLLECTIONS.map(async ({ slug }) => {
      const { docs } = await payload.find({
        collection: slug, draft: true, depth: 0, limit, sort: '-updatedAt', overrideAccess: false, user,
        where: { workflowState: { equals: 'changes_requested' } },
      })
      return docs.map((doc) => {
        const d = doc as unknown as { id: string | number; title?: string; name?: string; reviewHistory?: Parameters<typeof lastReturn>[0]; updatedAt?: string }
        const entry = lastReturn(d.reviewHistory)
        return { slug, id: d.id, title: d.title ?? d.name ?? '', comment: entry?.comment ?? null, by: entry?.actorName ?? null, updatedAt: d.updatedAt ?? '' }
      })
    }),
  )
  return lists.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit).map(({ updatedAt: _, ...item }) => item)
}
