/**
 * URL slugs for Vietnamese titles and names.
 *
 * We use @sindresorhus/slugify (not Payload's built-in slug helper) in this
 * one function, so that the CMS, the site and import scripts all produce the
 * same slug from the same text, whatever each framework does internally.
 */
import slugify from '@sindresorhus/slugify';

// đ/Đ have no Unicode decomposition, so "strip the accents" approaches leave
// them behind. Ð (U+00D0, Icelandic eth) and ð look identical to Đ/đ and turn
// up in text typed with the wrong keyboard or copied from old PDFs; treat
// them as d too. The transliterator already knows these, but mapping them
// ourselves keeps the behaviour independent of its tables.
const D_LIKE = /[ĐđÐð]/g;

const SLUG_OPTIONS = {
  // Vietnamese proper names are not camelCase; decamelising would also split
  // ligatures ("Œuvre" -> "o-euvre") and mixed-case typos ("NguyễnVăn").
  decamelize: false,
  // "&" reads "và" in Vietnamese, not "and".
  customReplacements: [['&', ' va ']] as [string, string][],
} as const;

/**
 * Slugs already made, by input: a portal build slugs the same tags and names for every one of
 * 10,000 stories (feed categories, tag links), and transliteration costs about 30 µs each
 * (0.3 s of every build at 10,000 articles). Bounded: names and tags only (an editor's long
 * title is slugged once anyway), emptied when full.
 */
const slugs = new Map<string, string>();
const SLUG_MEMO_SIZE = 20_000;
const SLUG_MEMO_LENGTH = 200;

/**
 * Turns a Vietnamese title or name into a URL slug: ASCII lower case, words
 * joined by single hyphens, no leading/trailing hyphen.
 *
 * - "Đặng Thị Hoà" -> "dang-thi-hoa" (same result for NFC and NFD input,
 *   and for either tone placement: "Hòa"/"Hoà").
 * - Đ/đ and the look-alikes Ð/ð become "d".
 * - Returns "" when nothing sluggable remains (e.g. "", "!!!"); callers
 *   decide what to do then (see {@link uniqueSlug}).
 */
export function vietnameseSlug(s: string): string {
  let slug = slugs.get(s);
  if (slug === undefined) {
    // NFC first: the transliteration table works on precomposed letters, and
    // doing it here makes NFD input give the same slug.
    const prepared = s.normalize('NFC').replace(D_LIKE, (c) => (c === 'Đ' || c === 'Ð' ? 'D' : 'd'));
    slug = slugify(prepared, SLUG_OPTIONS);
    if (s.length <= SLUG_MEMO_LENGTH) {
      if (slugs.size >= SLUG_MEMO_SIZE) slugs.clear();
      slugs.set(s, slug);
    }
  }
  return slug;
}

/** Upper bound on suffixes tried by {@link uniqueSlug}, so a buggy `exists` cannot loop forever. */
const MAX_SLUG_ATTEMPTS = 10_000;

/**
 * Returns the first free slug among `base`, `base-2`, `base-3`, ...
 *
 * `base` is passed through {@link vietnameseSlug} first (a no-op for an
 * existing slug), so a raw title can be given. `exists` may be synchronous
 * or asynchronous (e.g. a database query); the candidates are checked one
 * at a time, in order.
 *
 * Note: check-then-insert is racy under concurrent writers; keep a unique
 * index on the slug column and retry on conflict.
 *
 * @throws {Error} if `base` slugifies to "" (nothing to make unique) or no
 *   free slug is found within 10,000 attempts.
 */
export async function uniqueSlug(
  base: string,
  exists: (slug: string) => boolean | Promise<boolean>,
): Promise<string> {
  const slug = vietnameseSlug(base);
  if (slug === '') {
    throw new Error(`uniqueSlug: "${base}" produces an empty slug; provide a fallback base`);
  }
  if (!(await exists(slug))) return slug;
  // Suffixes start at 2: "ten" is the first, "ten-2" the second.
  for (let n = 2; n <= MAX_SLUG_ATTEMPTS; n++) {
    const candidate = `${slug}-${n}`;
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`uniqueSlug: no free slug for "${slug}" after ${MAX_SLUG_ATTEMPTS} attempts`);
}
