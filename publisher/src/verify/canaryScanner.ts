import type { Canaries } from '../client/protocol.ts'

const MIN_NEEDLE = 8
const HTML_SPECIAL = /[&<>"'\n\r]+/

/**
 * The part of a private value to search for: its longest run without characters HTML escapes
 * (a page shows `&quot;` where the CMS has `"`), and only if long enough not to match by chance.
 */
export function needleOf(value: string): string | null {
  const longest = value
    .trim()
    .split(HTML_SPECIAL)
    .reduce((best, part) => (part.trim().length > best.length ? part.trim() : best), '')
  return longest.length >= MIN_NEEDLE ? longest.slice(0, 80) : null
}

/** Something in a file that must not go live: a trace of an unpublished document, or private data. */
export interface Leak {
  kind: 'draft' | 'private'
  message: string
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Looks for what must never go live (issue #6, point 2, "canaries absent"): pages of unpublished
 * documents, links to them (in pages and feeds), and private values.
 */
export class CanaryScanner {
  readonly #draftPaths: Set<string>
  readonly #draftLink: RegExp | null
  readonly #needles: string[]
  /**
   * Whether a text holds any needle: one scan, where a loop of `includes` reads each file once per
   * private value (about 200 in the benchmark's data, most of verifying a fast build's pages). Only a
   * file it matches is searched needle by needle, to name every value found.
   */
  readonly #anyNeedle: RegExp[]

  constructor(canaries: Canaries) {
    this.#draftPaths = new Set(canaries.draftPaths)
    const prefixes = [...new Set(canaries.draftPaths.map((p) => p.replace(/[^/]+\/$/, '')))].filter((p) => p.length > 1)
    this.#draftLink = prefixes.length
      ? new RegExp(`(${prefixes.map(escapeRegExp).join('|')})([^/"'<>\\s?#&]+)/`, 'g')
      : null
    this.#needles = [...new Set(canaries.privateValues.map(needleOf).filter((n): n is string => n !== null))]
    // In expressions of 200 values: a council's data may hold thousands, and V8 optimises a very long pattern less.
    this.#anyNeedle = []
    for (let i = 0; i < this.#needles.length; i += 200) this.#anyNeedle.push(new RegExp(this.#needles.slice(i, i + 200).map(escapeRegExp).join('|')))
  }

  /** Whether the file at `urlPath` is the page of an unpublished document. */
  isDraftPage(urlPath: string): boolean {
    return urlPath.endsWith('/index.html') && this.#draftPaths.has(urlPath.slice(0, -'index.html'.length))
  }

  /** What leaks in one file's text; empty when clean. */
  scan(urlPath: string, text: string): Leak[] {
    const problems: Leak[] = []
    if (this.#draftLink) {
      for (const match of text.matchAll(this.#draftLink)) {
        const linked = `${match[1]}${match[2]}/`
        if (this.#draftPaths.has(linked)) {
          problems.push({ kind: 'draft', message: `${urlPath} links to the unpublished ${linked}` })
          break
        }
      }
    }
    if (!this.#anyNeedle.some((any) => any.test(text))) return problems
    for (const needle of this.#needles) {
      if (text.includes(needle)) problems.push({ kind: 'private', message: `${urlPath} contains a private value ("${needle.slice(0, 6)}…")` })
    }
    return problems
  }
}
