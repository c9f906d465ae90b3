import type { TypedUser } from 'payload'
import { isStaffRole, type Role } from '@thidua/content-models'
import { readPublisherStatus } from '../../endpoints/publisherStatusEndpoint.ts'
import { publicSiteUrl } from '../../publishing/publicSiteUrl.ts'
import { PublisherStatusPanel } from './PublisherStatusPanel.tsx'

/**
 * "Cổng thông tin" on the dashboard (issue #6, points 2 and 5): the live release, the last build's
 * outcome, time, duration and error, and for administrators "Xây dựng lại cổng". Council staff only.
 */
export async function PublisherStatus({ user }: { user?: TypedUser | null }) {
  const role = ((user as { role?: Role } | null | undefined)?.role ?? null) as Role | null
  if (!isStaffRole(role)) return null
  return <PublisherStatusPanel initial={await readPublisherStatus()} canRebuild={role === 'admin'} siteUrl={publicSiteUrl()} />
}
