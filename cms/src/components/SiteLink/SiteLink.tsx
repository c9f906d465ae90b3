import { publicSiteUrl } from '../../publishing/publicSiteUrl.ts'
import { SiteLinkButton } from './SiteLinkButton.tsx'

/**
 * "Xem trên cổng thông tin" beside the document's Save/Publish buttons (issue #6, point 5). Server
 * side only to read the portal's address from the environment at run time.
 */
export function SiteLink() {
  return <SiteLinkButton siteUrl={publicSiteUrl()} />
}
