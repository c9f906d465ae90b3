/**
 * Search that follows the release (issue #13, point 1; issue #14, point 2). A full build writes the
 * whole search index and, beside it, the id Pagefind gave each page. A fast build cannot rebuild
 * that index in seconds, so it writes a small second index of every page changed since the full
 * one, and the search page merges both at query time, leaving out the full index's copies of the
 * changed pages (their ids are "stale"). Each fast build starts from the live release, so the
 * changes accumulate until the next full build replaces both.
 */
export interface RecentSearchChanges {
  /** URLs rendered or removed since the full index was built. */
  touched: string[]
  /** The full index's keys for those URLs (searchPageKey): the search page drops them from its results. */
  stale: string[]
  /** Pages in the small index (the touched URLs that are still published). */
  indexed: number
  /**
   * Which search the release serves: a hash of its indexes (site lib/search/searchIndexer.ts). The
   * search page reads it again after a search and starts over when it changed: a release swapped
   * in while it loaded, and an index of one release read with the manifest or the files of the
   * other finds nothing.
   */
  version: string
}

/** The small index's manifest, beside its files (`/pagefind-recent/changes.json`). */
export const RECENT_SEARCH_MANIFEST = 'changes.json'
/** The full index's url -> page key map (searchPageKey), beside its files (`/pagefind/page-ids.json`). */
export const SEARCH_PAGE_IDS = 'page-ids.json'
/**
 * The full index's further parts, beside its files (`/pagefind/parts.json`): a JSON list of
 * directories under `/pagefind/` ("part-2/", ...) that the search page merges into the first part.
 * A big site is indexed in parts because Pagefind holds a whole index in memory while it writes it.
 */
export const SEARCH_PARTS = 'parts.json'

/**
 * The search filter naming the index part a page is in: "1" for the first part of the full index,
 * "2" for `part-2/`..., "recent" for the fast path's small index. Each index answers a word it has
 * no page for with the pages of a shorter word, so the search page asks each part, through this
 * filter, whether it holds the words (site lib/search/searchClient.ts).
 */
export const SEARCH_PART_FILTER = 'part'
export const RECENT_SEARCH_PART = 'recent'

/** A part's directory as `parts.json` names it: "part-<n>/", nothing else (the search page refuses other names). */
const PART_DIR = /^part-([1-9]\d*)\/$/

/** The filter value of a part's directory: "part-2/" -> "2". */
export const searchPartName = (dir: string): string => PART_DIR.exec(dir)?.[1] ?? dir

/**
 * A page of the full index, for the search page to set it aside: its part (SEARCH_PART_FILTER) and
 * the id Pagefind gave it ("2:a1b2c3d"). Pagefind's ids are unique within one run only, and each
 * part is its own run: an id alone could name a page of another part.
 */
export const searchPageKey = (part: string, id: string): string => `${part}:${id}`

export const isSearchPart = (name: unknown): name is string => typeof name === 'string' && PART_DIR.test(name)

/**
 * What the small index must hold after a fast build: the URLs touched before (the live release's
 * manifest) plus this build's rendered and removed pages that are, or were, search pages (list
 * pages and the home page are rendered too, but are not in the index). `recentUrls` are the touched
 * pages still published, to index again.
 */
export function recentSearchChanges(input: {
  previous: readonly string[]
  rendered: Iterable<string>
  removed: Iterable<string>
  sourceUrls: ReadonlySet<string>
  pageIds: Readonly<Record<string, string>>
}): { touched: string[]; stale: string[]; recentUrls: string[] } {
  const { sourceUrls, pageIds } = input
  const touched = new Set(input.previous)
  for (const url of [...input.rendered, ...input.removed]) {
    if (sourceUrls.has(url) || Object.hasOwn(pageIds, url)) touched.add(url)
  }
  const sorted = [...touched].sort()
  return {
    touched: sorted,
    stale: sorted.flatMap((url) => (Object.hasOwn(pageIds, url) ? [pageIds[url]!] : [])),
    recentUrls: sorted.filter((url) => sourceUrls.has(url)),
  }
}
