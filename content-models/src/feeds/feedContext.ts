import { absoluteUrl } from '../urls.ts'

/** What the mapping from CMS documents to feed items needs to know about the portal. */
export interface FeedContext {
  /** The portal's public origin (SITE_URL), e.g. "https://thidua.example.gov.vn/". */
  siteUrl: string
  /**
   * Where the portal serves a stored file, given the URL the CMS reports for it
   * ("/api/media/file/hoa.jpg"). May return a site path or an absolute URL; defaults to the
   * CMS URL itself. The site passes the function its pages use, so feeds and pages agree.
   */
  assetUrl?: (cmsUrl: string) => string | null
}

/** An absolute URL for a portal path (or an already absolute URL, returned as it is). */
export function toAbsolute(ctx: FeedContext, pathOrUrl: string): string {
  return absoluteUrl(pathOrUrl, ctx.siteUrl)
}

/** The absolute public URL of a stored file, or null when the portal does not serve it. */
export function fileUrl(ctx: FeedContext, cmsUrl: string | null | undefined): string | null {
  if (!cmsUrl) return null
  const served = ctx.assetUrl ? ctx.assetUrl(cmsUrl) : cmsUrl
  return served ? toAbsolute(ctx, served) : null
}
