import type { Payload, TypedUser } from 'payload'
import { queuesFor, type Role, type WorkflowQueue as Queue } from '@thidua/content-models'
import './WorkflowQueue.css'

const COLLECTIONS = [
  { slug: 'articles', label: 'Bài viết' },
  { slug: 'exemplars', label: 'Điển hình' },
] as const

/** A list view URL filtered to the queue's states (latest versions, as the list shows them). */
function queueHref(adminRoute: string, slug: string, queue: Queue): string {
  return `${adminRoute}/collections/${slug}?where[or][0][and][0][workflowState][in]=${queue.states.join(',')}`
}

/**
 * "Việc cần làm" on the dashboard (issue #3, point 7): per role, how many articles and profiles
 * wait in each queue, each count linking to the filtered list. Counted with the user's own access
 * (`overrideAccess: false`), so a contributor sees only its unit's documents.
 */
export async function WorkflowQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const role = ((user as { role?: Role } | null | undefined)?.role ?? null) as Role | null
  const queues = queuesFor(role)
  if (!user || queues.length === 0) return null
  const counts = await Promise.all(
    queues.flatMap((queue) =>
      COLLECTIONS.map(async ({ slug }) => {
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
        return [`${queue.key}:${slug}`, totalDocs] as const
      }),
    ),
  )
  const count = new Map(counts)
  const adminRoute = payload.config.routes.admin
  return (
    <section className="workflow-queue">
      <h2>Việc cần làm</h2>
      <div className="workflow-queue__cards">
        {queues.map((queue) => (
          <article key={queue.key} className="workflow-queue__card">
            <h3>{queue.label}</h3>
            <ul>
              {COLLECTIONS.map(({ slug, label }) => (
                <li key={slug}>
                  <a href={queueHref(adminRoute, slug, queue)}>
                    <strong>{count.get(`${queue.key}:${slug}`) ?? 0}</strong> {label.toLowerCase()}
                  </a>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  )
}
