import { escapeHtmlText } from './escapeHtml.ts'
import { searchKey } from '../text/searchKey.ts'
import { SEARCH_PART_FILTER } from './recentSearch.ts'
import { toneKeys } from './toneKey.ts'

/** What the search index holds for one page. */
export interface SearchSource {
  url: string
  title: string
  /** Shown under the title in the results (the index's own excerpt would show folded text). */
  summary: string
  /** Other names to find the page by: unit, locality, model name, kind, tags. */
  keywords: readonly string[]
  /** The page's plain text (Markdown already stripped). */
  text: string
  /** "Bài viết", "Điển hình" or "Sự kiện", a filter in the index. */
  type: string
  /** What a result shows under its title (issue #13, point 1): the date as Vietnamese readers write it, the unit. */
  date?: string | null
  unit?: string | null
  /** The field of work, a filter in the index. */
  field?: string | null
}

/**
 * The folded forms (content-models `searchKey`) of the words of `text` that Pagefind's own
 * normalisation cannot reach: it drops tone and vowel marks (ư, ơ, ă, â, ê, ô all decompose) but
 * keeps đ apart from d, since đ has no decomposition. Each distinct word once.
 */
export function foldedDWords(text: string): string {
  // Only the words around each đ are read: the text is not split (a split on a Unicode class was
  // still 1.7 s of a 10,000-article build's main thread). Each distinct word folded once.
  const words = new Set<string>()
  let lower = text.indexOf('đ')
  let upper = text.indexOf('Đ')
  while (lower >= 0 || upper >= 0) {
    const at = upper < 0 || (lower >= 0 && lower < upper) ? lower : upper
    const start = wordStart(text, at)
    const end = wordEnd(text, at)
    words.add(text.slice(start, end))
    if (lower >= 0 && lower < end) lower = text.indexOf('đ', end)
    if (upper >= 0 && upper < end) upper = text.indexOf('Đ', end)
  }
  return [...new Set([...words].map(searchKey))].join(' ')
}

/** A letter or a digit at `i` (a whole code point, surrogate pairs included), as a word is made of. */
const WORD_CHAR = /[\p{L}\p{N}]/uy

function isWordCharAt(text: string, i: number): boolean {
  WORD_CHAR.lastIndex = i
  return WORD_CHAR.test(text)
}

/** Where the word holding the letter at `i` starts. */
function wordStart(text: string, i: number): number {
  let start = i
  while (start > 0) {
    // The code point before `start`: one code unit, or two for a surrogate pair.
    const before = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2)) ? start - 2 : start - 1
    if (!isWordCharAt(text, before)) break
    start = before
  }
  return start
}

/** Where the word holding the letter at `i` ends (exclusive). */
function wordEnd(text: string, i: number): number {
  let end = i
  while (end < text.length && isWordCharAt(text, end)) end = WORD_CHAR.lastIndex
  return end
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The HTML the search indexer sees for a page: the original text and, next to it, its folded
 * search key (content-models `searchKey`). Pagefind drops tone marks but keeps đ apart from d, and
 * finds "hoang" before "hoa"; indexing the folded text and folding the query the same way makes
 * `dien hinh` find "điển hình" and `dak lak` find "Đắk Lắk" (issue #4, point 3). Title, summary and
 * keywords are folded whole; the body, by far the largest part, only for its words with đ: Pagefind's
 * time grows with the text it indexes (measured: 3,600 pages, 6.7 s for 3.3 KB each, 13 s for
 * 6.6 KB), and the other marks it strips itself. The title is indexed at the highest weight, the
 * folded title just below it, so a page whose title matches outranks one that mentions the word
 * in passing; the title's marked words are also indexed as tone keys ("hoà" -> "hoaf"), which the
 * search page asks for first when the query has marks.
 */
export function searchDocument(s: SearchSource, options: { part?: string } = {}): string {
  const e = escapeHtmlText
  const keywords = s.keywords.filter(Boolean).join(' · ')
  return [
    '<!doctype html><html lang="vi"><body data-pagefind-body>',
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${e(s.title)}</h1>`,
    `<p data-pagefind-weight="9">${e(searchKey(s.title))}</p>`,
    // The title's words with their exact marks in ASCII (toneKey), for queries typed with marks:
    // Pagefind drops marks, so without these "hoà" could not be told from "hoá" or "hoa".
    `<p data-pagefind-weight="9">${e(toneKeys(s.title))}</p>`,
    `<p data-pagefind-meta="summary" data-pagefind-weight="3">${e(s.summary)}</p>`,
    `<p data-pagefind-weight="3">${e(searchKey(s.summary))}</p>`,
    keywords ? `<p data-pagefind-weight="4">${e(keywords)} ${e(searchKey(keywords))}</p>` : '',
    `<div>${e(s.text)}</div>`,
    `<div>${e(foldedDWords(s.text))}</div>`,
    // Filters and meta only: inside data-pagefind-ignore their text is not indexed (unignored, it
    // ran into the words around it: "Văn hoá" then part "1" was indexed as "hoá1").
    '<div data-pagefind-ignore>',
    `<span data-pagefind-filter="type" data-pagefind-meta="type">${e(s.type)}</span>`,
    s.date ? `<span data-pagefind-meta="date">${e(s.date)}</span>` : '',
    s.unit ? `<span data-pagefind-filter="unit" data-pagefind-meta="unit">${e(s.unit)}</span>` : '',
    s.field ? `<span data-pagefind-filter="field">${e(s.field)}</span>` : '',
    // Which part of the index holds the page (recentSearch.ts SEARCH_PART_FILTER).
    options.part ? `<span data-pagefind-filter="${SEARCH_PART_FILTER}">${e(options.part)}</span>` : '',
    '</div>',
    '</body></html>',
  ].join('')
}
