import type { Endpoint, Payload } from 'payload'
import { isStaffRole } from '@thidua/content-models'
import { fetchPublisherStatus, readStatusFile } from '@thidua/publisher/client'
import { roleOf } from '../access/roles.ts'
import { dataDir } from '../paths.ts'
import { publisherConnection } from '../publishing/publisherConnection.ts'
import { describeReleases } from '../publishing/releaseHistory.ts'

/**
 * `GET /api/publisher/status` for the dashboard (staff only): the publisher's live status, or the
 * last one it wrote to the data directory when it does not answer (`reachable: false`).
 */
export const publisherStatusEndpoint: Endpoint = {
  path: '/publisher/status',
  method: 'get',
  handler: async (req) => {
    if (!isStaffRole(roleOf(req))) return Response.json({ error: 'Bạn không có quyền xem trạng thái xuất bản.' }, { status: 403 })
    return Response.json(await readPublisherStatus(req.payload), { headers: { 'cache-control': 'no-store' } })
  },
}

/**
 * The status the dashboard shows, with what each recent release published. From the file, a
 * publisher that stopped mid-build would still say "building": nothing runs while it does not answer.
 */
export async function readPublisherStatus(payload: Payload) {
  const live = await fetchPublisherStatus({ url: publisherConnection().url, timeoutMs: 800 })
  const saved = live ? null : readStatusFile(dataDir())
  const status = live ?? (saved && { ...saved, state: 'idle' as const, pending: false, buildingId: null, buildingSince: null })
  return { reachable: Boolean(live), status, releases: await describeReleases(payload, status?.recentBuilds ?? []) }
}
