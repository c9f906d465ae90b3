import type { Payload, TypedUser } from 'payload'
import { countQueues, queueHref } from './countQueues.ts'
import './WorkflowQueue.css'

/**
 * "Việc cần làm" on the dashboard (issue #3, point 7): per role, how many articles and profiles
 * wait in each queue, each count linking to the filtered list.
 */
export async function WorkflowQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const queues = await countQueues(payload, user)
  if (queues.length === 0) return null
  const adminRoute = payload.config.routes.admin
  return (
    <section className="workflow-queue">
      <h2>Việc cần làm</h2>
      <div className="workflow-queue__cards">
        {queues.map(({ queue, counts }) => (
          <article key={queue.key} className="workflow-queue__card" data-queue={queue.key}>
            <h3>{queue.label}</h3>
            <ul>
              {counts.map(({ slug, label, total }) => (
                <li key={slug}>
                  <a href={queueHref(adminRoute, slug, queue)}>
                    <strong>{total}</strong> {label.toLowerCase()}
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
