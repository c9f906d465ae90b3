/** Whether a built file is a feed a hub may be told about (RSS or JSON Feed; OPML is a list, not a topic). */
export function isFeedPath(path: string): boolean {
  return /(^|\/)(rss\.xml|feed\.json)$/.test(path)
}

/**
 * The feeds whose bytes differ between two builds (issue #5, point 5): new feeds and changed
 * ones, sorted, each once. Feeds that disappeared are not listed: a hub cannot fetch them.
 * Keys are site paths ("/linh-vuc/y-te/rss.xml"), values a digest of the file (or its text).
 */
export function changedFeeds(previous: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): string[] {
  const changed: string[] = []
  for (const [path, digest] of next) {
    if (isFeedPath(path) && previous.get(path) !== digest) changed.push(path)
  }
  return changed.sort()
}
