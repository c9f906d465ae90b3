/**
 * Pagefind's ranking for the portal, shared by the search page and the ranking test.
 * termSimilarity well above the default 1.0: with folded Vietnamese, "hoa" is a prefix of "hoang"
 * and "hoai", and Pagefind's default let those pages outrank exact "Hoà" matches (issue #4).
 * Values chosen with site/test/search.test.ts; see the README's search section.
 */
export const PAGEFIND_RANKING = {
  termSimilarity: 6.0,
  pageLength: 0.5,
  termSaturation: 1.4,
  termFrequency: 1.0,
} as const
