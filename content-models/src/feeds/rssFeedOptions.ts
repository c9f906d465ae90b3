import { escapeHtmlText } from '../site/escapeHtml.ts'
import { toRfc822 } from './feedDates.ts'
import type { FeedChannel } from './feedChannel.ts'
import type { FeedImage, FeedItem } from './feedItem.ts'
import { xmlElement } from './xmlElement.ts'

/** Namespaces the RSS feeds use besides content: (which @astrojs/rss declares itself). */
export function rssNamespaces(channel: FeedChannel): Record<string, string> {
  return {
    atom: 'http://www.w3.org/2005/Atom',
    dc: 'http://purl.org/dc/elements/1.1/',
    dcterms: 'http://purl.org/dc/terms/',
    media: 'http://search.yahoo.com/mrss/',
    // Our own element for the on-air script; the press page (this URL) documents it.
    broadcast: `${channel.pressUrl}#phat-thanh`,
  }
}

/** An item as @astrojs/rss's `rss()` / `getRssString()` take it (structurally `RSSFeedItem`). */
export interface RssItemOptions {
  title: string
  link: string
  pubDate: Date
  description: string
  content: string
  customData: string
  source?: { url: string; title: string }
  enclosure?: { url: string; length: number; type: string }
}

/** Options for @astrojs/rss (structurally `RSSOptions`), built without importing Astro. */
export interface RssFeedOptions {
  title: string
  description: string
  site: string
  xmlns: Record<string, string>
  customData: string
  items: RssItemOptions[]
}

const text = (name: string, value: string, attrs = {}) => xmlElement(name, attrs, { text: value })

function channelCustomData(c: FeedChannel): string {
  return [
    text('language', c.language),
    text('copyright', c.copyright),
    c.lastBuildDate ? text('lastBuildDate', toRfc822(c.lastBuildDate)) : '',
    text('ttl', String(c.ttlMinutes)),
    c.logo
      ? xmlElement('image', {}, {
          children: [
            text('url', c.logo.url),
            text('title', c.title),
            text('link', c.homeUrl),
            c.logo.width ? text('width', String(c.logo.width)) : '',
            c.logo.height ? text('height', String(c.logo.height)) : '',
          ],
        })
      : '',
    xmlElement('atom:link', { href: c.rssUrl, rel: 'self', type: 'application/rss+xml' }),
    xmlElement('atom:link', { href: c.jsonUrl, rel: 'alternate', type: 'application/feed+json' }),
    c.hubUrl ? xmlElement('atom:link', { href: c.hubUrl, rel: 'hub' }) : '',
  ].join('')
}

/** The hero photo as Media RSS, credited: what newspapers' CMS importers read for the lead image. */
function mediaContent(image: FeedImage): string {
  const children = [
    image.alt ? text('media:title', image.alt, { type: 'plain' }) : '',
    image.caption ? text('media:description', image.caption, { type: 'plain' }) : '',
    image.credit ? text('media:credit', image.credit, { role: 'photographer', scheme: 'urn:ebu' }) : '',
    image.copyright ? text('media:copyright', image.copyright) : '',
  ].filter(Boolean)
  const attrs = { url: image.url, type: image.mimeType, medium: 'image', width: image.width, height: image.height, isDefault: 'true' }
  return xmlElement('media:content', attrs, children.length > 0 ? { children } : null)
}

function itemCustomData(item: FeedItem): string {
  return [
    text('guid', item.guid, { isPermaLink: 'false' }),
    item.updatedAt ? text('atom:updated', item.updatedAt) + text('dcterms:modified', item.updatedAt) : '',
    ...item.authors.map((name) => text('dc:creator', name)),
    ...item.categories.map((c) => text('category', c.label, { domain: c.url })),
    item.image ? mediaContent(item.image) : '',
    item.rights ? text('dc:rights', item.rights) : '',
    item.broadcastScript ? text('broadcast:script', item.broadcastScript, { type: 'text/plain' }) : '',
    item.broadcastScriptUrl
      ? xmlElement('atom:link', { rel: 'alternate', type: 'text/plain', href: item.broadcastScriptUrl, title: 'Kịch bản phát thanh' })
      : '',
  ].join('')
}

/**
 * Everything @astrojs/rss needs to render one feed as RSS 2.0: channel title, description, link,
 * language, copyright, lastBuildDate, ttl, logo, atom:link self and hub; per item title, link,
 * guid (isPermaLink="false", the story's URN), pubDate, atom:updated/dcterms:modified after an
 * edit, dc:creator, categories with their section URL, the summary, the full HTML, the hero photo
 * as media:content with credit and caption, the recording as an enclosure and the on-air script.
 *
 * `customData` text is carried as tokens: pass the rendered string through `restoreLiterals`.
 */
export function rssFeedOptions(channel: FeedChannel, items: readonly FeedItem[]): RssFeedOptions {
  return {
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    xmlns: rssNamespaces(channel),
    customData: channelCustomData(channel),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.publishedAt),
      // Plain text as RSS readers expect it: escaped for HTML once more, so a reader rendering the
      // description as HTML shows `<svg onload=…>` as text, never as markup (issue #9, point 5).
      description: escapeHtmlText(item.summary),
      content: item.contentHtml,
      customData: itemCustomData(item),
      ...(item.unit ? { source: { url: item.unit.feedUrl, title: item.unit.name } } : {}),
      ...(item.audio ? { enclosure: { url: item.audio.url, length: item.audio.length, type: item.audio.mimeType } } : {}),
    })),
  }
}
