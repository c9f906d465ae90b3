import type { FeedChannel } from './feedChannel.ts'
import type { FeedItem } from './feedItem.ts'

/** A JSON Feed 1.1 item (https://www.jsonfeed.org/version/1.1/) with the portal's `_thidua` extension. */
export interface JsonFeedItem {
  id: string
  url: string
  title: string
  content_html: string
  summary: string
  image?: string
  date_published: string
  date_modified?: string
  authors?: { name: string }[]
  tags?: string[]
  language: 'vi'
  attachments?: { url: string; mime_type: string; size_in_bytes: number; title?: string; duration_in_seconds?: number }[]
  _thidua: {
    about: string
    source_unit?: { name: string; url: string; feed_url: string }
    categories: { scheme: string; label: string; url: string }[]
    image?: { url: string; width?: number; height?: number; mime_type?: string; alt?: string; caption?: string; credit?: string; copyright?: string }
    rights?: string
    broadcast_script?: string
    broadcast_script_url?: string
  }
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url: string
  feed_url: string
  description: string
  icon?: string
  favicon?: string
  language: 'vi'
  hubs?: { type: 'WebSub'; url: string }[]
  _thidua: { about: string; copyright: string; rss_url: string }
  items: JsonFeedItem[]
}

/** Drops undefined keys so the serialised JSON has no "key": null noise and stable bytes. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T
}

function jsonItem(item: FeedItem, about: string): JsonFeedItem {
  const { image, audio } = item
  return compact({
    id: item.guid,
    url: item.url,
    title: item.title,
    content_html: item.contentHtml,
    summary: item.summary,
    image: image?.url,
    date_published: item.publishedAt,
    date_modified: item.updatedAt ?? undefined,
    authors: item.authors.length > 0 ? item.authors.map((name) => ({ name })) : undefined,
    tags: item.categories.length > 0 ? item.categories.map((c) => c.label) : undefined,
    language: 'vi' as const,
    attachments: audio
      ? [compact({ url: audio.url, mime_type: audio.mimeType, size_in_bytes: audio.length, title: audio.title ?? undefined, duration_in_seconds: audio.durationSeconds ?? undefined })]
      : undefined,
    _thidua: compact({
      about,
      source_unit: item.unit ? { name: item.unit.name, url: item.unit.url, feed_url: item.unit.feedUrl } : undefined,
      categories: item.categories.map((c) => ({ scheme: c.scheme, label: c.label, url: c.url })),
      image: image
        ? compact({
            url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, mime_type: image.mimeType ?? undefined,
            alt: image.alt ?? undefined, caption: image.caption ?? undefined, credit: image.credit ?? undefined, copyright: image.copyright ?? undefined,
          })
        : undefined,
      rights: item.rights ?? undefined,
      broadcast_script: item.broadcastScript ?? undefined,
      broadcast_script_url: item.broadcastScriptUrl ?? undefined,
    }),
  })
}

/**
 * The JSON Feed 1.1 twin of an RSS feed: the same items in the same order, the recording as an
 * attachment with its byte size, credits and the on-air script in the `_thidua` extension
 * (JSON Feed's rule: extensions start with "_" and readers ignore what they do not know).
 */
export function buildJsonFeed(channel: FeedChannel, items: readonly FeedItem[]): JsonFeed {
  const about = `${channel.pressUrl}#dinh-dang`
  return compact({
    version: 'https://jsonfeed.org/version/1.1' as const,
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.jsonUrl,
    description: channel.description,
    icon: channel.iconUrl ?? channel.logo?.url,
    favicon: channel.logo?.url,
    language: 'vi' as const,
    hubs: channel.hubUrl ? [{ type: 'WebSub' as const, url: channel.hubUrl }] : undefined,
    _thidua: { about, copyright: channel.copyright, rss_url: channel.rssUrl },
    items: items.map((i) => jsonItem(i, about)),
  })
}

/** The feed as served: stable key order, two-space indentation, final newline. */
export function serializeJsonFeed(feed: JsonFeed): string {
  return `${JSON.stringify(feed, null, 2)}\n`
}
