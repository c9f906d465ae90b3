import { APIError, addDataAndFileToRequest, type Endpoint } from 'payload'
import { requestRebuild } from '@thidua/publisher/client'
import { roleOf } from '../access/roles.ts'
import { publisherConnection } from '../publishing/publisherConnection.ts'

/**
 * `POST /api/publisher/rebuild` with `{ acceptPageDrop? }`: "Xây dựng lại cổng" on the dashboard
 * (issue #6, point 5), administrators only. `acceptPageDrop` lets a build that lost many pages go
 * live, after a real bulk deletion; the checks for private and unpublished content still apply.
 */
export const rebuildSiteEndpoint: Endpoint = {
  path: '/publisher/rebuild',
  method: 'post',
  handler: async (req) => {
    if (roleOf(req) !== 'admin') throw new APIError('Chỉ quản trị viên được xây dựng lại cổng thông tin.', 403, undefined, true)
    await addDataAndFileToRequest(req)
    const acceptPageDrop = (req.data as { acceptPageDrop?: unknown } | undefined)?.acceptPageDrop === true
    try {
      await requestRebuild(publisherConnection(), { acceptPageDrop })
    } catch (error) {
      req.payload.logger.warn(`Rebuild request failed: ${(error as Error).message} Start the publisher (npm start does).`)
      throw new APIError('Không liên lạc được với bộ xuất bản (publisher). Hãy kiểm tra nó đang chạy rồi thử lại.', 503, undefined, true)
    }
    req.payload.logger.info(`Portal rebuild requested by ${(req.user as { email?: string } | null)?.email ?? 'unknown'}${acceptPageDrop ? ' (page drop accepted)' : ''}.`)
    return Response.json({ message: 'Đã yêu cầu xây dựng lại cổng thông tin.' }, { status: 202 })
  },
}
