import {
  articleToFeedItem, eventToFeedItem, exemplarToFeedItem, feedChannel, listPortalFeeds, sortFeedItems, takeFeedItems,
  type FeedChannel, type FeedChannelSettings, type FeedContext, type FeedDefinition, type FeedItem,
} from '@thidua/content-models'
import { getSiteContent } from '../content.ts'
import { docKey, selectPaths } from '../routes.ts'
import { cachedFeedRenderer } from './feedHtmlCache.ts'
import { audioSrc, shareImage } from '../images/imageSet.ts'
import { SITE } from '../siteConfig.ts'
import { mediaByFilename } from '../bodyImages.ts'
import { perBuild } from '../buildScope.ts'

/** The channel logo (RSS 2.0 wants GIF/JPEG/PNG, at most 144 px wide), also the JSON Feed favicon. */
export const FEED_LOGO = { path: '/bao-chi/logo-ban-tin.png', width: 144, height: 144 } as const
/** The JSON Feed icon (512 px square, as JSON Feed 1.1 recommends). */
export const FEED_ICON = '/bao-chi/bieu-tuong-512.png'

/** Every feed of the portal and the stories they draw from, computed once per build. */
export interface PressFeeds {
  settings: FeedChannelSettings
  feeds: FeedDefinition[]
  /** Every published article and profile as a feed item, in feed order (newest first). */
  items: FeedItem[]
  /** The articles with an on-air script, by slug (for the text/plain script files). */
  scripts: Map<string, { title: string; script: string; deps: string[] }>
  /** What each item shows from the content (its story, the profiles an article names), for the fast path. */
  deps: Map<FeedItem, readonly string[]>
  /** The items of each feed, by key, once computed (feedItemsOf). */
  itemsByFeed: Map<string, FeedItem[]>
}

/** The portal's name in channel titles and the OPML file. */
export const PORTAL_NAME = SITE.name

/**
 * Feeds reuse the pages' own files: the Open Graph JPEG (1200 px, registered for encoding like
 * any page image) and the recording copied byte for byte under /_img/, so no feed sends a
 * newsroom to the CMS. Story HTML is rendered once in its life (feedHtmlCache.ts).
 */
function feedContext(siteUrl: string): FeedContext {
  return {
    siteUrl,
    portalName: `${PORTAL_NAME} – ${SITE.council}`,
    mediaByFilename,
    renderMarkdown: cachedFeedRenderer(siteUrl, process.env.SITE_CACHE_DIR),
    imageFile: (media) => {
      const jpeg = shareImage(media)
      return jpeg ? { url: jpeg.path, width: jpeg.width, height: jpeg.height, mimeType: 'image/jpeg' } : null
    },
    audioUrl: (audio) => audioSrc(audio),
  }
}

async function build(siteUrl: string): Promise<PressFeeds> {
  const content = await getSiteContent()
  const ctx = feedContext(siteUrl)
  const deps = new Map<FeedItem, readonly string[]>()
  const tracked = (item: FeedItem, keys: string[]) => { deps.set(item, keys); return item }
  const articleItems = content.articles.map((a) => ({
    slug: a.slug, item: tracked(articleToFeedItem(ctx, a), [docKey('a', a.id), ...a.exemplars.map((e) => docKey('e', e.id))]),
  }))
  const items = sortFeedItems([
    ...articleItems.map((a) => a.item),
    ...content.exemplarList.map((e) => tracked(exemplarToFeedItem(ctx, e), [docKey('e', e.id)])),
    ...content.events.map((e) => tracked(eventToFeedItem(ctx, e), [docKey('v', e.id)])),
  ])
  const feeds = listPortalFeeds({
    portalName: PORTAL_NAME,
    publisher: SITE.council,
    categories: [...content.categories.values()],
    movements: [...content.movements.values()],
    units: [...content.units.values()],
  })
  const scripts = new Map<string, { title: string; script: string; deps: string[] }>()
  for (const { slug, item } of articleItems) {
    if (item.broadcastScript) scripts.set(slug, { title: item.title, script: item.broadcastScript, deps: [...deps.get(item)!] })
  }
  const settings: FeedChannelSettings = {
    siteUrl,
    hubUrl: process.env.WEBSUB_HUB_URL ?? null,
    logoPath: FEED_LOGO.path,
    logoWidth: FEED_LOGO.width,
    logoHeight: FEED_LOGO.height,
    iconPath: FEED_ICON,
  }
  return { settings, feeds, items, scripts, deps, itemsByFeed: new Map() }
}

/** The portal's feeds for the site at `site` (Astro's `context.site`); worked out once per build. */
export function getPressFeeds(site: URL | string): Promise<PressFeeds> {
  const siteUrl = String(site)
  return perBuild(`pressFeeds ${siteUrl}`, () => build(siteUrl))
}

/** A feed's items (the newest 50 it includes), computed once per build. */
function feedItemsOf(press: PressFeeds, feed: FeedDefinition): FeedItem[] {
  let items = press.itemsByFeed.get(feed.key)
  if (!items) press.itemsByFeed.set(feed.key, (items = takeFeedItems(press.items, feed.includes)))
  return items
}

/** One feed's channel and items (the newest 50), ready for the RSS and JSON renderers. */
export async function feedView(site: URL | string, key: string): Promise<{ channel: FeedChannel; items: FeedItem[] }> {
  const press = await getPressFeeds(site)
  const feed = press.feeds.find((f) => f.key === key)
  if (!feed) throw new Error(`No feed "${key}": it is not in listPortalFeeds(). Check the route's getStaticPaths.`)
  const items = feedItemsOf(press, feed)
  return { channel: feedChannel(press.settings, feed, items), items }
}

/**
 * `getStaticPaths` entries for the feeds of one group in one format, keyed by the route's
 * parameter. On the fast path only the feeds whose items changed are rendered (lib/routes.ts); the
 * others stay the live release's files. A feed's channel comes from the taxonomy, whose changes
 * make a full build.
 */
export async function feedPaths(site: URL | string, group: FeedDefinition['group'], format: 'rss' | 'json', param: string, value: (f: FeedDefinition) => string) {
  const press = await getPressFeeds(site)
  return selectPaths(press.feeds.filter((f) => f.group === group).map((f) => ({
    params: { [param]: value(f) },
    props: { key: f.key, path: format === 'rss' ? f.rssPath : f.jsonPath, deps: feedItemsOf(press, f).flatMap((item) => press.deps.get(item) ?? []) },
  })))
}
