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

/**
 * The status the dashboard shows. From the file, a publisher that stopped mid-build would still
 * say "building": nothing runs while it does not answer.
 */
export async function readPublisherStatus() {
  const live = await fetchPublisherStatus({ url: publisherConnection().url, timeoutMs: 800 })
  if (live) return { reachable: true, status: live }
  const saved = readStatusFile(dataDir())
  return { reachable: false, status: saved && { ...saved, state: 'idle' as const, pending: false, buildingId: null, buildingSince: null } }
}
