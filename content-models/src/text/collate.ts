/**
 * Vietnamese alphabetical order.
 *
 * The Vietnamese alphabet is a b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
 * v x y, with ă and â after a, and tones ordered ngang < huyền < hỏi < ngã <
 * sắc < nặng. A plain `<` or `localeCompare` without a locale sorts "Đức"
 * after "Zen" (U+0110 > "Z"), so lists of exemplars, units and provinces
 * must go through this collator.
 *
 * Verified against Node 24 (ICU 78): "An" < "Ăn" < "Ân" < "Bình",
 * "Dũng" < "Đức" < "Giang", "a" < "à" < "ả" < "ã" < "á" < "ạ",
 * "Uyên" < "Ư" < "Zen". NFD input compares equal to NFC.
 */

/**
 * Shared `Intl.Collator` for Vietnamese ("vi").
 *
 * `numeric: true` so that "Tổ 2" sorts before "Tổ 10" (otherwise ICU
 * compares digit by digit). Everything else is the ICU default for "vi"
 * (sensitivity "variant": case and accents still distinguish strings).
 * Creating a collator is costly, so one instance is reused.
 */
export const vietnameseCollator: Intl.Collator = new Intl.Collator('vi', { numeric: true });

// ICU sorts the Icelandic eth Ð (U+00D0) as a variant of plain D, so a name
// typed with the look-alike "Ðức" would sort among the D's instead of after
// them. Fold it (and ð) to Đ/đ before comparing.
function foldEth(s: string): string {
  return s.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
}

/**
 * Compares two strings in Vietnamese alphabetical order (negative, zero or
 * positive, like `Array.prototype.sort` expects). Ð/ð sort as Đ/đ.
 */
export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(foldEth(a), foldEth(b));
}

/**
 * Returns a new array with `items` sorted in Vietnamese order of `key`
 * (a property name whose value is a string, or a function). The sort is
 * stable (equal keys keep their input order) and the input is not mutated.
 */
export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[];
/** Sorts by the string property `key` of each item; see the overload above. */
export function sortByVietnamese<T>(items: readonly T[], key: KeysOfType<T, string>): T[];
export function sortByVietnamese<T>(items: readonly T[], key: ((item: T) => string) | KeysOfType<T, string>): T[] {
  const getKey: (item: T) => string =
    typeof key === 'function' ? key : (item) => item[key] as string;
  // Compute each key once (decorate-sort-undecorate): key functions may be
  // costly and the comparator runs O(n log n) times. Array#sort is stable
  // since ES2019, and sorting a copy leaves `items` untouched.
  return items
    .map((item) => ({ item, sortKey: foldEth(getKey(item)) }))
    .sort((x, y) => vietnameseCollator.compare(x.sortKey, y.sortKey))
    .map(({ item }) => item);
}

/** Names of the properties of `T` whose values are assignable to `V`. */
export type KeysOfType<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];
