import type { Payload, TypedUser } from 'payload'
import { countQueues, queueHref } from './countQueues.ts'
import { returnedItems } from './returnedItems.ts'
import './WorkflowQueue.css'

/**
 * "Việc cần làm" on the dashboard (issue #3, point 7): per role, how many articles and profiles
 * wait in each queue, each count linking to the filtered list.
 */
export async function WorkflowQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const queues = await countQueues(payload, user)
  if (queues.length === 0) return null
  const adminRoute = payload.config.routes.admin
  const returned = user && queues.some((q) => q.queue.key === 'returned') ? await returnedItems(payload, user) : []
  return (
    <section className="workflow-queue">
      <h2>Việc cần làm</h2>
      <div className="workflow-queue__cards">
        {queues.map(({ queue, counts }) => (
          <article key={queue.key} className="workflow-queue__card" data-queue={queue.key}>
            <h3>
              {queue.label}
              {queue.key === 'returned' ? ` (${counts.reduce((sum, c) => sum + c.total, 0)})` : ''}
            </h3>
            <ul>
              {counts.map(({ slug, label, total }) => (
                <li key={slug}>
                  <a href={queueHref(adminRoute, slug, queue)}>
                    <strong>{total}</strong> {label.toLowerCase()}
                  </a>
                </li>
              ))}
            </ul>
            {queue.key === 'returned' && returned.length ? (
              <ul className="workflow-queue__returned">
                {returned.map((item) => (
                  <li key={`${item.slug}-${item.id}`}>
                    <a href={`${adminRoute}/collections/${item.slug}/${item.id}`}>{item.title || '(chưa có tiêu đề)'}</a>
                    {item.comment ? (
                      <blockquote>
                        {item.comment}
                        {item.by ? <cite> ({item.by})</cite> : null}
                      </blockquote>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
      </div>
    </section>
  )
}
