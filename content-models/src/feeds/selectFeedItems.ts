import type { FeedItem } from './feedItem.ts'

/** How many stories each feed carries (issue #5): enough for a weekly poll, small enough to fetch often. */
export const FEED_ITEM_LIMIT = 50

/**
 * Newest first by publication date; ties broken by guid, so the order (and the feed's bytes)
 * never depends on the order the CMS happened to list documents in.
 */
export function compareFeedItems(a: FeedItem, b: FeedItem): number {
  if (a.publishedAt !== b.publishedAt) return a.publishedAt > b.publishedAt ? -1 : 1
  return a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0
}

/** The stories of one feed: those it includes, newest first, at most `limit`. */
export function selectFeedItems(
  items: readonly FeedItem[],
  includes: (item: FeedItem) => boolean,
  limit = FEED_ITEM_LIMIT,
): FeedItem[] {
  return items.filter(includes).sort(compareFeedItems).slice(0, limit)
}
