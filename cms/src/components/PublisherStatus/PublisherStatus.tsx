import type { Payload, TypedUser } from 'payload'
import { isStaffRole, type Role } from '@thidua/content-models'
import { readPublisherStatus } from '../../endpoints/publisherStatusEndpoint.ts'
import { publicSiteUrl } from '../../publishing/publicSiteUrl.ts'
import { PublisherStatusPanel } from './PublisherStatusPanel.tsx'

/**
 * "Cổng thông tin" on the dashboard (issue #6, points 2 and 5): the live release, the last build's
 * outcome, time, duration and error, the recent releases with what each published (issue #13,
 * point 5), and for administrators "Xây dựng lại cổng". Council staff only.
 */
export async function PublisherStatus({ user, payload }: { user?: TypedUser | null; payload: Payload }) {
  const role = ((user as { role?: Role } | null | undefined)?.role ?? null) as Role | null
  if (!isStaffRole(role)) return null
  return <PublisherStatusPanel initial={await readPublisherStatus(payload)} canRebuild={role === 'admin'} siteUrl={publicSiteUrl()} />
}
