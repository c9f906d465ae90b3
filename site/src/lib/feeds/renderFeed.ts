import { getRssString } from '@astrojs/rss'
import { buildJsonFeed, restoreLiterals, rssFeedOptions, serializeJsonFeed } from '@thidua/content-models'
import { feedView } from './pressFeeds.ts'

/**
 * The RSS 2.0 response of one feed. @astrojs/rss builds the XML; our `customData` carries text as
 * tokens that `restoreLiterals` puts back, because @astrojs/rss re-parses customData and would
 * turn number-like text ("007") into numbers.
 */
export async function rssResponse(site: URL | undefined, key: string): Promise<Response> {
  const { channel, items } = await feedView(requireSite(site), key)
  const xml = restoreLiterals(await getRssString(rssFeedOptions(channel, items)))
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}

/** The JSON Feed 1.1 twin of the same feed. */
export async function jsonFeedResponse(site: URL | undefined, key: string): Promise<Response> {
  const { channel, items } = await feedView(requireSite(site), key)
  return new Response(serializeJsonFeed(buildJsonFeed(channel, items)), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  })
}

/** Feeds need absolute URLs: a build without `site` would publish links to nowhere. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('Feeds need an absolute site URL: set SITE_URL (astro.config.mjs `site`).')
  return site
}
