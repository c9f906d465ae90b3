/**
 * Vietnamese tone-mark placement on the open rhymes -oa, -oe, -uy.
 *
 * Two spellings coexist for the same word:
 *
 * | traditional ("kiểu cũ") | modern ("kiểu mới") |
 * |-------------------------|---------------------|
 * | hòa, khỏe, thủy, Ủy ban | hoà, khoẻ, thuỷ, Uỷ ban |
 *
 * They only differ when the rhyme is open (nothing after the cluster). With a
 * final consonant or glide both styles put the tone on the second vowel:
 * "hoàn", "khoèo", "huỳnh", "ngoài" are spelled the same way in both.
 * After "q" the "u" belongs to the consonant ("qu"), so "quý" and "quỳ" are
 * not affected either.
 *
 * PROJECT CONVENTION: modern ("hoà", "khoẻ", "thuỷ"). It follows the
 * phonological rule that the tone sits on the main vowel (o/u here are
 * glides), it is the style used in school textbooks, and one rule ("tone on
 * the main vowel") then covers every rhyme. Editors can type either style;
 * normalising on save keeps duplicate detection and exact matching reliable.
 * (Slugs and search keys strip diacritics, so they never depend on this.)
 */

/** The two tone-placement styles. */
export type TonePlacement = 'modern' | 'traditional';

/** The single style this project stores: modern ("hoà", "khoẻ", "thuỷ"). */
export const PROJECT_TONE_PLACEMENT: TonePlacement = 'modern';

// The five Vietnamese tone marks as combining characters (NFD):
// grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng).
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

// Initial consonants a syllable with an -oa/-oe/-uy rhyme may start with
// ("" = no initial, e.g. "oà", "uỷ"). "q" is deliberately absent: in
// "quý"/"quỳ" the u is part of "qu", so the tone is on y in both styles.
// Restricting to real onsets also keeps foreign words ("Zoë", "Troy") out.
const ONSETS = new Set([
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n',
  'ng', 'ngh', 'nh', 'p', 'ph', 'r', 's', 't', 'th', 'tr', 'v', 'x',
]);

const CLUSTERS = new Set(['oa', 'oe', 'uy']);

interface Letter {
  /** The base character, case preserved. */
  base: string;
  /** Non-tone combining marks (circumflex, breve, horn). */
  marks: string;
  /** The tone mark, if this letter carries one. */
  tone: string;
}

/** Splits an NFD word into base letters with their marks separated. */
function toLetters(nfdWord: string): Letter[] {
  const letters: Letter[] = [];
  for (const cluster of nfdWord.match(/\P{M}\p{M}*/gu) ?? []) {
    const [base = '', ...rest] = Array.from(cluster);
    let marks = '';
    let tone = '';
    for (const mark of rest) {
      if (TONE_MARKS.has(mark)) tone += mark;
      else marks += mark;
    }
    letters.push({ base, marks, tone });
  }
  return letters;
}

function convertWord(word: string, style: TonePlacement): string {
  const letters = toLetters(word.normalize('NFD'));
  const n = letters.length;
  if (n < 2) return word;
  const v1 = letters[n - 2];
  const v2 = letters[n - 1];
  if (!v1 || !v2) return word;

  // The cluster must be bare o/u + a/e/y: "ôa", "ưy" etc. are other rhymes.
  if (v1.marks || v2.marks) return word;
  if (!CLUSTERS.has((v1.base + v2.base).toLowerCase())) return word;

  const onset = letters.slice(0, n - 2);
  if (onset.some((l) => l.marks || l.tone)) return word;
  if (!ONSETS.has(onset.map((l) => l.base).join('').toLowerCase())) return word;

  // Exactly one tone mark, on one of the two vowels; anything else is not a
  // well-formed syllable and is left alone rather than "fixed" wrongly.
  const tone = v1.tone || v2.tone;
  if (!tone || (v1.tone && v2.tone) || tone.length !== 1) return word;

  const [first, second] = style === 'modern' ? ['', tone] : [tone, ''];
  const rebuilt =
    onset.map((l) => l.base).join('') + v1.base + first + v2.base + second;
  return rebuilt.normalize('NFC');
}

/**
 * Rewrites every word of `s` to the given tone-placement style and returns
 * the result in NFC. Accepts NFC or NFD input and any letter case
 * ("HÒA" -> "HOÀ"). Words outside the -oa/-oe/-uy open-rhyme pattern are
 * only NFC-normalised.
 */
export function convertTonePlacement(s: string, style: TonePlacement): string {
  // Words are runs of letters and combining marks; the pattern runs on NFC
  // text so a decomposed letter is never split from its marks.
  return s
    .normalize('NFC')
    .replace(/[\p{L}\p{M}]+/gu, (word) => convertWord(word, style));
}

/**
 * Modern placement: "hòa" -> "hoà", "khỏe" -> "khoẻ", "thủy" -> "thuỷ",
 * "Ủy ban" -> "Uỷ ban". Output is NFC. This is the project convention.
 */
export function toModernTonePlacement(s: string): string {
  return convertTonePlacement(s, 'modern');
}

/**
 * Traditional placement: "hoà" -> "hòa", "khoẻ" -> "khỏe", "thuỷ" -> "thủy".
 * Output is NFC. For display or export where the old style is required.
 */
export function toTraditionalTonePlacement(s: string): string {
  return convertTonePlacement(s, 'traditional');
}

/**
 * Brings `s` to the project convention ({@link PROJECT_TONE_PLACEMENT}) and
 * NFC. Use this when storing names and titles.
 */
export function normalizeTonePlacement(s: string): string {
  return convertTonePlacement(s, PROJECT_TONE_PLACEMENT);
}
