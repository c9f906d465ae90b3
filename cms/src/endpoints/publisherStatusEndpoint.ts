import type { Endpoint } from 'payload'
import { isStaffRole } from '@thidua/content-models'
import { fetchPublisherStatus, readStatusFile } from '@thidua/publisher/client'
import { roleOf } from '../access/roles.ts'
import { dataDir } from '../paths.ts'
import { publisherConnection } from '../publishing/publisherConnection.ts'

/**
 * `GET /api/publisher/status` for the dashboard (staff only): the publisher's live status, or the
 * last one it wrote to the data directory when it does not answer (`reachable: false`).
 */
export const publisherStatusEndpoint: Endpoint = {
  path: '/publisher/status',
  method: 'get',
  handler: async (req) => {
    if (!isStaffRole(roleOf(req))) return Response.json({ error: 'Bạn không có quyền xem trạng thái xuất bản.' }, { status: 403 })
    return Response.json(await readPublisherStatus(), { headers: { 'cache-control': 'no-store' } })
  },
}

/** The status the dashboard shows. */
export async function readPublisherStatus() {
  const live = await fetchPublisherStatus({ url: publisherConnection().url, timeoutMs: 800 })
  return { reachable: live !== null, status: live ?? readStatusFile(dataDir()) }
}
