import { searchTokens } from '../text/searchKey.ts'
import { normalizeTonePlacement } from '../text/tonePlacement.ts'

/** One search hit as the search page shows it. */
export interface RankedHit {
  title: string
  summary: string
}

const words = (s: string) => normalizeTonePlacement(s.normalize('NFC').toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/**
 * Re-orders Pagefind's best hits so whole-word title matches come first (issue #4, point 3).
 * Pagefind matches the last query word as a prefix and cannot tell tones apart, so on its own
 * `hoa` ranks pages full of "Hoàng" and "Hoan" above a page titled "Hoà". Tiers, each keeping
 * Pagefind's order:
 *
 * 0. the title is the query, with the same marks (only for a query typed with marks: `hòa` and
 *    `hoà` both mean "hoà" here, whichever tone placement was typed): a person's full name;
 * 1. the title has every query word with the same marks (again only for a query with marks);
 * 2. the title is the query, folded (`nong thi huyen` is "Nông Thị Huyền", before "Nông Thị Huyền Trang");
 * 3. the title has every query word, folded (`hoa` matches "Hoà", "hoá", not "Hoàng");
 * 4. the summary has every query word, folded;
 * 5. the rest.
 */
export function rerankResults<T extends RankedHit>(query: string, hits: readonly T[]): T[] {
  const exact = words(query)
  const folded = searchTokens(query)
  if (folded.length === 0) return [...hits]
  const withMarks = exact.join(' ') !== folded.join(' ')
  const tier = (h: T): number => {
    const title = words(h.title)
    if (withMarks && title.join(' ') === exact.join(' ')) return 0
    const titleWords = new Set(title)
    if (withMarks && exact.every((w) => titleWords.has(w))) return 1
    const titleTokens = searchTokens(h.title)
    if (titleTokens.join(' ') === folded.join(' ')) return 2
    const titleKeys = new Set(titleTokens)
    if (folded.every((w) => titleKeys.has(w))) return 3
    const summaryKeys = new Set(searchTokens(h.summary))
    if (folded.every((w) => summaryKeys.has(w))) return 4
    return 5
  }
  return hits.map((h, i) => ({ h, i, t: tier(h) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.h)
}
