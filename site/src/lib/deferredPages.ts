/**
 * List pages a publish may leave for the build that follows it (issue #14, point 4).
 *
 * A new story moves every later story of its lists down by one: at 10,000 articles about 500 list
 * pages change although none of the stories they show did. With SITE_DEFER_SHIFTED=1 (the
 * publisher's fast builds) such a page keeps its live version in this release, and the build says
 * so; the publisher then builds again at once, and that build renders them (it never defers, so
 * the pages cannot wait behind a stream of publishes). The story, its lists' first pages, the
 * feeds and search are live after the first build; the shifted pages a few seconds later.
 *
 * A page may wait only when the live version is still true of everything it shows: the same page
 * number, and as many pages in its list or more (every page its pager links still exists; when a
 * story starts a new last page, its link on the waiting pages comes with the next build), none of
 * the stories it showed or shows changed, and nothing was removed by the sync (an unpublished or
 * deleted story leaves every page at once, so no page links to it).
 */
export const DEFER_SHIFTED_ENV = 'SITE_DEFER_SHIFTED'

/** The pager part of a list page's dependencies (lib/routes.ts listRoutes): "page:n/total/items". */
const PAGER = /^page:(\d+)\/(\d+)\/\d+$/

/**
 * Whether a list page whose dependencies were `before` at the live release and are `now` changed
 * only because its list shifted. `touched`: the documents the sync found changed ("a:12").
 */
export function onlyShifted(before: string | undefined, now: readonly string[], touched: ReadonlySet<string>): boolean {
  if (before === undefined) return false // a new page: nothing live to keep
  const was = before.split(' ')
  const [pagerWas, pagerNow] = [PAGER.exec(was[0] ?? ''), PAGER.exec(now[0] ?? '')]
  if (!pagerWas || !pagerNow) return false // not a list page
  if (pagerWas[1] !== pagerNow[1] || Number(pagerNow[2]) < Number(pagerWas[2])) return false // fewer pages: its pager may link a page gone
  return !was.slice(1).some((key) => touched.has(key)) && !now.slice(1).some((key) => touched.has(key))
}
