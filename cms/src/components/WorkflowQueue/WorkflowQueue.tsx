import type { Payload, TypedUser } from 'payload'
import type { WorkflowQueue as Queue } from '@thidua/content-models'
import { countQueues } from './countQueues.ts'
import './WorkflowQueue.css'

/** A list view URL filtered to the queue's states (latest versions, as the list shows them). */
function queueHref(adminRoute: string, slug: string, queue: Queue): string {
  return `${adminRoute}/collections/${slug}?where[or][0][and][0][workflowState][in]=${queue.states.join(',')}`
}

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
