import { rerankResults } from '@thidua/content-models/site/rerankResults'
import { toneKeys } from '@thidua/content-models/site/toneKey'
import { searchKey } from '@thidua/content-models/text/searchKey'
import { PAGEFIND_RANKING } from './ranking.ts'

interface PagefindData { url: string; meta: Record<string, string | undefined> }
interface PagefindResult { id: string; data: () => Promise<PagefindData> }
interface Pagefind {
  options: (o: unknown) => Promise<void>
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>
  filters: () => Promise<Record<string, Record<string, number>>>
}

/** One result as the search page lists it (issue #13, point 1). */
export interface SearchHit { url: string; title: string; summary: string; type: string; date: string; unit: string }

/** How many of Pagefind's best hits are re-ranked before the rest follow in Pagefind's order. */
const CANDIDATES = 40
/** Results per "page" of the list ("Xem thêm" shows the next ones). */
export const PAGE_SIZE = 20

let pagefind: Promise<Pagefind> | undefined

function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js'
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind
    await pf.options({ ranking: PAGEFIND_RANKING })
    return pf
  })()
  return pagefind
}

/**
 * The query as the index holds its folded copy: "Hòa", "hoà", "HOA" -> "hoa"; "Đắk Lắk" -> "dak lak".
 * A phrase in quotes stays a phrase (Pagefind matches quoted words next to each other, in order):
 * `"chị Hoà" bản` -> `"chi hoa" ban`.
 */
export function foldQuery(query: string): string {
  const parts: string[] = []
  const re = /"([^"]*)"|([^"]+)/g
  for (let m = re.exec(query); m; m = re.exec(query)) {
    if (m[1] !== undefined) { const phrase = searchKey(m[1]); if (phrase) parts.push(`"${phrase}"`) }
    else { const words = searchKey(m[2]!); if (words) parts.push(words) }
  }
  return parts.join(' ')
}

/** The values of the index's filters (type, unit, field), each with its page count. */
export async function searchFilters(): Promise<Record<string, Record<string, number>>> {
  return (await load()).filters()
}

const hitOf = (d: PagefindData): SearchHit => ({
  url: d.url, title: d.meta.title ?? d.url, summary: d.meta.summary ?? '', type: d.meta.type ?? '', date: d.meta.date ?? '', unit: d.meta.unit ?? '',
})

/**
 * Searches the index with the folded query (and the tone keys of a query typed with marks),
 * re-ranks the best hits so whole-word title matches come first (content-models rerankResults),
 * and lets the caller page through every result: the re-ranked best, then the rest in Pagefind's
 * order, each page's data fetched only when asked for.
 */
export async function runSearch(query: string, filters: Record<string, string> = {}): Promise<{ total: number; page: (n: number) => Promise<SearchHit[]> }> {
  const pf = await load()
  const options = Object.keys(filters).length ? { filters } : undefined
  const exactKeys = toneKeys(query)
  const exact = exactKeys && exactKeys.split(' ').length === searchKey(query).split(' ').length ? (await pf.search(exactKeys, options)).results : []
  const { results } = await pf.search(foldQuery(query), options)
  const head = [...exact.slice(0, CANDIDATES), ...results.slice(0, CANDIDATES)]
  const seen = new Set<string>()
  const best = rerankResults(query, (await Promise.all(head.map((r) => r.data()))).filter((d) => !seen.has(d.url) && seen.add(d.url)).map(hitOf))
  const headIds = new Set(head.map((r) => r.id))
  const rest = results.filter((r) => !headIds.has(r.id))
  const total = best.length + rest.length
  return {
    total,
    page: async (n) => {
      const from = n * PAGE_SIZE
      const to = from + PAGE_SIZE
      const fromBest = best.slice(from, to)
      const restFrom = Math.max(0, from - best.length)
      const more = (await Promise.all(rest.slice(restFrom, restFrom + PAGE_SIZE - fromBest.length).map((r) => r.data()))).map(hitOf).filter((h) => !seen.has(h.url))
      return [...fromBest, ...more]
    },
  }
}

/**
 * The text split into plain and matched parts: a word matches when its folded form starts with a
 * folded query word ("Hoà" for "hoa"), so highlighting agrees with what the search found.
 */
export function highlightParts(text: string, query: string): { text: string; mark: boolean }[] {
  const keys = searchKey(query).split(' ').filter((k) => k.length > 0)
  if (!keys.length) return [{ text, mark: false }]
  return text.split(/([\p{L}\p{N}]+)/u).filter(Boolean).map((part) => {
    const key = searchKey(part)
    return { text: part, mark: key !== '' && keys.some((k) => key.startsWith(k)) }
  })
}
