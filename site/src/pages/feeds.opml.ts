import type { APIRoute } from 'astro'
import { buildOpml } from '@thidua/content-models'
import { getPressFeeds, PORTAL_NAME } from '../lib/feeds/pressFeeds.ts'
import { requireSite } from '../lib/feeds/renderFeed.ts'

/** Every RSS feed in one OPML file, for newsrooms to import in one step (issue #5, point 4). */
export const GET: APIRoute = async ({ site }) => {
  const { feeds } = await getPressFeeds(requireSite(site))
  const opml = buildOpml(feeds, { siteUrl: String(site), portalName: PORTAL_NAME })
  return new Response(opml, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } })
}
