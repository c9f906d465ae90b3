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

/** All stories in feed order ({@link compareFeedItems}); sort once, then take every feed's share. */
export function sortFeedItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort(compareFeedItems)
}

/**
 * The first `limit` stories of an already sorted list that a feed includes. With a portal's
 * hundreds of feeds this stops at the 50th match instead of filtering and sorting everything.
 */
export function takeFeedItems(sorted: readonly FeedItem[], includes: (item: FeedItem) => boolean, limit = FEED_ITEM_LIMIT): FeedItem[] {
  const out: FeedItem[] = []
  for (const item of sorted) {
    if (out.length >= limit) break
    if (includes(item)) out.push(item)
  }
  return out
}

/** The stories of one feed: those it includes, newest first, at most `limit`. */
export function selectFeedItems(items: readonly FeedItem[], includes: (item: FeedItem) => boolean, limit = FEED_ITEM_LIMIT): FeedItem[] {
  return takeFeedItems(sortFeedItems(items), includes, limit)
}
