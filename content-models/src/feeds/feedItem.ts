import type { ExemplarKind } from '../schema/options.ts'

/** A photo as the feeds describe it (media:content in RSS, `image` in JSON Feed). */
export interface FeedImage {
  /** Absolute URL of the rendition the feed points to. */
  url: string
  width: number | null
  height: number | null
  mimeType: string | null
  /** Alternative text for blind readers. */
  alt: string | null
  /** Caption shown with the photo (media:description). */
  caption: string | null
  /** Photographer or source (media:credit). */
  credit: string | null
  /** Rights or reuse condition of the photo (media:copyright). */
  copyright: string | null
}

/** An audio recording offered as an RSS enclosure / JSON Feed attachment. */
export interface FeedAudio {
  url: string
  /** Real size of the file in bytes: radio desks' downloaders trust it. */
  length: number
  mimeType: string
  title: string | null
  credit: string | null
  durationSeconds: number | null
}

/** Which taxonomy a category belongs to; each has its own section pages on the portal. */
export type FeedCategoryScheme = 'field' | 'movement' | 'kind' | 'tag'

export interface FeedCategory {
  scheme: FeedCategoryScheme
  label: string
  /** Absolute URL of the section page of this category. */
  url: string
}

/** The unit that proposed or sent the story, with its own feed (RSS `<source>`). */
export interface FeedSourceUnit {
  name: string
  url: string
  feedUrl: string
}

/**
 * One story as every feed format sees it: framework-free, already cleaned of characters XML
 * forbids, every URL absolute, Markdown already rendered and sanitised.
 */
export interface FeedItem {
  collection: 'articles' | 'exemplars' | 'events'
  /** Stable identifier: never changes when the story is edited or moved to another slug. */
  guid: string
  url: string
  title: string
  /** Plain-text summary (RSS description, JSON Feed summary). */
  summary: string
  /** Full sanitised HTML with absolute URLs (content:encoded, content_html). */
  contentHtml: string
  /** ISO 8601 date of first publication. */
  publishedAt: string
  /** ISO 8601 date of the last edit after publication, or null when never edited since. */
  updatedAt: string | null
  authors: string[]
  unit: FeedSourceUnit | null
  categories: FeedCategory[]
  image: FeedImage | null
  audio: FeedAudio | null
  /** Plain text a radio announcer reads on air as it is. */
  broadcastScript: string | null
  /** Absolute URL of the script as text/plain, when the portal publishes one. */
  broadcastScriptUrl: string | null
  /** Reuse condition specific to this story. */
  rights: string | null
  /** Ids (as strings) and codes the portal's feeds select items by; never rendered. */
  facets: FeedFacets
}

export interface FeedFacets {
  fields: string[]
  movements: string[]
  units: string[]
  kinds: ExemplarKind[]
}
