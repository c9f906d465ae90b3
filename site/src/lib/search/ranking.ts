/**
 * Pagefind's ranking for the portal. termSimilarity well above the default 1.0 favours whole
 * words: with folded Vietnamese, "hoa" is a prefix of "hoang" and "hoai" (issue #4). On its own it
 * does not put a page titled "Hoà" before pages saying "Hoàng" fifty times; the search page
 * re-ranks the best hits for that (content-models rerankResults, tests/e2e/siteSearch.test.ts).
 */
export const PAGEFIND_RANKING = {
  termSimilarity: 6.0,
  pageLength: 0.5,
  termSaturation: 1.4,
  termFrequency: 1.0,
} as const
