/**
 * Accent- and case-insensitive search keys for Vietnamese text.
 *
 * Readers type "nguyen van hoa" (no diacritics), "Hòa" or "Hoà" (two tone
 * placements) or paste decomposed text; all must find "Nguyễn Văn Hoà". We
 * fold both sides to the same key: lower case ASCII-ish letters and digits
 * separated by single spaces.
 */

/**
 * Folds `s` to its search key:
 *
 * - compatibility-decomposed (NFKD), so accents become separate marks and
 *   full-width or ligature characters ("ﬁ", "Ｈ") become plain letters;
 * - all combining marks removed (tone, circumflex, breve, horn);
 * - đ/Đ and the look-alikes Ð/ð become "d" (they have no decomposition);
 * - lower-cased;
 * - every run of characters that is not a letter or digit (punctuation,
 *   symbols, whitespace) becomes one space; leading/trailing spaces removed.
 *
 * "HOÀ", "hòa", "hoà", "hoa" -> "hoa"; "Đắk Lắk" -> "dak lak";
 * "điển hình" -> "dien hinh".
 */
export function searchKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ĐđÐð]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The search key of `s` split into tokens ("" gives []). */
export function searchTokens(s: string): string[] {
  const key = searchKey(s);
  return key === '' ? [] : key.split(' ');
}

/**
 * True when every token of `query` is a PREFIX of some token of `haystack`,
 * both folded with {@link searchKey}. Tokens may match in any order.
 *
 * Prefix (not substring) matching was chosen because it suits type-ahead
 * ("ng" finds "Nguyễn") without the noise of substrings: with substring
 * matching "an" would match "Lan", "Hoàng", "Thanh" and nearly everything.
 *
 * An empty (or punctuation-only) query matches everything, so a cleared
 * search box shows the full list.
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const queryTokens = searchTokens(query);
  if (queryTokens.length === 0) return true;
  const haystackTokens = searchTokens(haystack);
  return queryTokens.every((q) => haystackTokens.some((h) => h.startsWith(q)));
}
