import { absoluteUrl } from '@thidua/content-models'
import { SITE } from './siteConfig.ts'

/** The council as the publisher in JSON-LD. */
export function publisher(site: URL): { name: string; url: string; logo: string } {
  return { name: SITE.council, url: site.toString(), logo: absoluteUrl('/favicon.svg', site.toString()) }
}
