import { APIError, addDataAndFileToRequest, type Endpoint } from 'payload'
import { assertTransition, isWorkflowState, stateOf, workflowStateLabel, TransitionError, type EditorialCollection, type Role } from '@thidua/content-models'
import { queuePublication } from '../jobs/queuePublication.ts'
import { refuse } from '../hooks/workflowContext.ts'

/** Scheduling less than this far ahead publishes at once. */
const SCHEDULE_MARGIN_MS = 5_000

/**
 * `POST /api/<collection>/:id/transition` with `{ to, comment?, publishAt? }` (or only `comment`):
 * the admin's workflow buttons call this. It is a thin door onto an ordinary update made with the
 * caller's own access (`overrideAccess: false`), so the rules enforced are exactly those of every
 * other path (`guardPublication`, `applyWorkflowTransition`). A future `publishAt` queues Payload's
 * scheduled publish job, acting as the caller, instead of publishing now.
 */
export function transitionEndpoint(collection: EditorialCollection): Endpoint {
  return {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      if (!req.user) throw new APIError('Bạn cần đăng nhập để thực hiện thao tác này.', 401, undefined, true)
      await addDataAndFileToRequest(req)
      const body = (req.data ?? {}) as { to?: unknown; comment?: unknown; publishAt?: unknown }
      const id = String(req.routeParams?.id ?? '')
      const comment = typeof body.comment === 'string' ? body.comment : undefined
      if (body.to !== undefined && !isWorkflowState(body.to)) throw new APIError('Trạng thái yêu cầu không hợp lệ.', 400, undefined, true)
      const to = body.to as Parameters<typeof workflowStateLabel>[0] | undefined
      if (!to && !comment?.trim()) throw new APIError('Cần chọn một thao tác hoặc nhập nhận xét.', 400, undefined, true)

      const publishAt = typeof body.publishAt === 'string' ? new Date(body.publishAt) : null
      if (publishAt && Number.isNaN(publishAt.getTime())) {
        return Response.json({ errors: [{ message: `Thời điểm xuất bản “${String(body.publishAt).slice(0, 40)}” không hợp lệ; dùng dạng 2026-12-01T08:00:00+07:00.` }] }, { status: 400 })
      }
      if (to === 'published' && publishAt && publishAt.getTime() > Date.now() + SCHEDULE_MARGIN_MS) {
        const current = await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
        try {
          assertTransition((req.user as { role?: Role }).role, stateOf(current as never), 'published')
        } catch (error) {
          if (error instanceof TransitionError) refuse(error.message)
          throw error
        }
        await queuePublication(req.payload, { collection, id, type: 'publish', at: publishAt, userId: req.user.id, req })
        return Response.json({ message: `Đã hẹn giờ xuất bản lúc ${publishAt.toISOString()}.`, scheduledAt: publishAt.toISOString() })
      }

      const live = to === 'published' ? { _status: 'published' } : to === 'unpublished' || to === 'archived' ? { _status: 'draft' } : {}
      const doc = await req.payload.update({
        collection,
        id,
        data: { ...(to ? { workflowState: to } : {}), reviewNote: comment, ...live } as never,
        // guardPublication decides what may touch the live document; this is only the request.
        draft: Object.keys(live).length === 0,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const state = (doc as { workflowState?: string }).workflowState
      return Response.json({
        message: to ? `Đã chuyển sang “${workflowStateLabel(state)}”.` : 'Đã ghi nhận xét.',
        doc: { id: doc.id, workflowState: state, _status: (doc as { _status?: string })._status },
      })
    },
  }
}
