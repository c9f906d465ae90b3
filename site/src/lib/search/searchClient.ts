import {
  RECENT_SEARCH_MANIFEST, RECENT_SEARCH_PART, SEARCH_PARTS, SEARCH_PART_FILTER, isSearchPart, searchPageKey, searchPartName, type RecentSearchChanges,
} from '@thidua/content-models/site/recentSearch'
import { rerankResults } from '@thidua/content-models/site/rerankResults'
import { toneKeys } from '@thidua/content-models/site/toneKey'
import { matchesSearch, searchKey, searchTokens } from '@thidua/content-models/text/searchKey'
import { PAGEFIND_RANKING } from './ranking.ts'

interface PagefindData { url: string; content: string; meta: Record<string, string | undefined> }
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
type Filters = Record<string, Record<string, number>>
type SearchOptions = { filters?: Record<string, string> }
interface Pagefind {
  options: (o: unknown) => Promise<void>
  destroy: () => Promise<void>
  mergeIndex: (path: string, o?: unknown) => Promise<void>
  search: (q: string, o?: SearchOptions) => Promise<{ results: PagefindResult[] }>
  filters: () => Promise<Filters>
}
/**
 * Pagefind with every index of the release merged in; `parts` names them (content-models
 * SEARCH_PART_FILTER); `stale` holds the keys (searchPageKey) of the full index's outdated copies;
 * `version` is the release's search as its manifest named it (null from a release without one).
 */
interface Index { pf: Pagefind; parts: string[]; stale: ReadonlySet<string>; version: string | null }
/** A hit with its key: Pagefind's ids are unique within one part only. */
interface Hit { key: string; result: PagefindResult }

/** One result as the search page lists it (issue #13, point 1). */
export interface SearchHit { url: string; title: string; summary: string; type: string; date: string; unit: string }

/** How many of Pagefind's best hits are re-ranked before the rest follow in Pagefind's order. */
const CANDIDATES = 40
/** Results per "page" of the list ("Xem thêm" shows the next ones). */
export const PAGE_SIZE = 20

let pagefind: Promise<Index> | undefined
/** Pagefind's client, in the full index's first part. */
const PAGEFIND_JS = '/pagefind/pagefind.js'

/** A small JSON file of the release, or null when it is missing or unreadable (the search still works with what it has). */
async function readJson<T>(url: string): Promise<T | null> {
  try {
    const response = await fetch(url, { cache: 'no-cache' })
    return response.ok ? ((await response.json()) as T) : null
  } catch {
    return null
  }
}

/** The fast path's manifest of pages changed since the full index (content-models recentSearch.ts), or null. */
const recentChanges = () => readJson<RecentSearchChanges>(`/pagefind-recent/${RECENT_SEARCH_MANIFEST}`)

/** The full index's further parts ("part-2/", ...), a big site's index being written in parts (lib/search/searchIndexer.ts). */
async function indexParts(): Promise<string[]> {
  const parts = await readJson<unknown>(`/pagefind/${SEARCH_PARTS}`)
  return Array.isArray(parts) ? parts.filter(isSearchPart) : []
}

/**
 * The full index (its first part, with the others merged in) and the small index of pages
 * published since it was built, merged in too, so a story is searchable in the release that puts
 * it live; the full index's older copies of those pages are left out of every result list (`stale`).
 */
function load(): Promise<Index> {
  pagefind ??= (async () => {
    const [pf, recent, dirs] = await Promise.all([import(/* @vite-ignore */ PAGEFIND_JS) as Promise<Pagefind>, recentChanges(), indexParts()])
    await pf.options({ ranking: PAGEFIND_RANKING })
    const merged = dirs.map((dir) => `/pagefind/${dir}`)
    const withRecent = recent !== null && recent.indexed > 0
    if (withRecent) merged.push('/pagefind-recent/')
    await Promise.all(merged.map((dir) => pf.mergeIndex(dir, { ranking: PAGEFIND_RANKING })))
    const parts = ['1', ...dirs.map(searchPartName), ...(withRecent ? [RECENT_SEARCH_PART] : [])]
    return { pf, parts, stale: new Set(recent?.stale ?? []), version: recent?.version ?? null }
  })()
  return pagefind
}

/**
 * Whether the live release still serves the search `index` was loaded from. The publisher swaps
 * releases while a reader's page is open: Pagefind fetches an index's files as a query needs them,
 * so files of the next release can mix with what was loaded, and it answers a file it cannot read
 * with no hits. A release without a version is taken to be the same.
 */
async function stillLive(index: Index): Promise<boolean> {
  if (index.version === null) return true
  const now = await recentChanges()
  return now === null || now.version === undefined || now.version === index.version
}

/** Forgets the loaded search (even one that failed to load), so the next query loads the live release's. */
async function forget(loading: Promise<Index>): Promise<void> {
  if (pagefind === loading) pagefind = undefined
  const pf = await (import(/* @vite-ignore */ PAGEFIND_JS) as Promise<Pagefind>).catch(() => null)
  await pf?.destroy().catch(() => {})
}

/** The search results of a query: how many, and each page of them (of PAGE_SIZE) as asked for. */
export interface SearchResults { total: number; page: (n: number) => Promise<SearchHit[]> }

/** How many times a query starts over because a new release went live while it ran. */
const RELEASE_RETRIES = 2

/**
 * Whether a part of the index has a live page with the word (as a word or the start of one). An
 * index without the word does not answer "nothing" but with the pages of a shorter word ("phin"
 * finds every "phí"), so the part's best hit for the word is read to tell.
 */
async function holdsWord(index: Index, part: string, word: string): Promise<boolean> {
  const best = (await searchPart(index, part, word, {}))[0]
  if (!best) return false
  const d = await best.result.data()
  return matchesSearch(`${d.meta.title ?? ''} ${d.content}`, word)
}

/** The live hits of one part of the index, keyed; best first. */
async function searchPart({ pf, stale }: Index, part: string, query: string, filters: Record<string, string>): Promise<Hit[]> {
  const found = await pf.search(query, { filters: { ...filters, [SEARCH_PART_FILTER]: part } })
  return found.results.map((result) => ({ key: searchPageKey(part, result.id), result })).filter((h) => !stale.has(h.key))
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
export async function searchFilters(): Promise<Filters> {
  const merged: Filters = {}
  for (const [name, values] of Object.entries(await (await load()).pf.filters())) if (name !== SEARCH_PART_FILTER) merged[name] = values
  return merged
}

const hitOf = (d: PagefindData): SearchHit => ({
  url: d.url, title: d.meta.title ?? d.url, summary: d.meta.summary ?? '', type: d.meta.type ?? '', date: d.meta.date ?? '', unit: d.meta.unit ?? '',
})

/** The query's words outside quotes and the words of each quoted phrase, folded: every one must be found. */
const requiredWords = (query: string) => [...new Set(searchTokens(query.replaceAll('"', ' ')))]

/**
 * Searches the index with the folded query (and the tone keys of a query typed with marks),
 * re-ranks the best hits so whole-word title matches come first (content-models rerankResults),
 * and lets the caller page through every result: the re-ranked best, then the rest in Pagefind's
 * order, each page's data fetched only when asked for.
 *
 * Every query word is required. Pagefind ignores a word it has no page for ("Đắk Lắk" would list
 * the pages about Đắk Lâm) or answers with a shorter word's pages, so only the indexes holding every
 * word are searched, and a word no index holds means no result; a hit whose text lacks one of the
 * words (as a word or the start of one) is dropped when its data is read, and the total with it.
 */
export async function runSearch(query: string, filters: Record<string, string> = {}): Promise<SearchResults> {
  for (let retry = 0; ; retry++) {
    const loading = load()
    let index: Index | null = null
    try {
      index = await loading
      const found = await searchIndex(index, query, filters)
      await found.page(0) // read here, so the check below covers every file the first page needed
      if (retry === RELEASE_RETRIES || (await stillLive(index))) return found
    } catch (error) {
      if (retry === RELEASE_RETRIES || (index !== null && (await stillLive(index)))) throw error
    }
    await forget(loading)
  }
}

async function searchIndex(index: Index, query: string, filters: Record<string, string>): Promise<SearchResults> {
  const none = { total: 0, page: async () => [] as SearchHit[] }
  const words = requiredWords(query)
  if (words.length === 0) return none
  // Only the parts holding every word can have a page with all of them.
  const holding = await Promise.all(index.parts.map(async (part) => (await Promise.all(words.map((w) => holdsWord(index, part, w)))).every(Boolean)))
  const parts = index.parts.filter((_, i) => holding[i])
  if (parts.length === 0) return none
  // The live hits of those parts, best score first (Pagefind's own order for merged indexes).
  const searchAll = async (q: string) =>
    (await Promise.all(parts.map((part) => searchPart(index, part, q, filters)))).flat().sort((a, b) => b.result.score - a.result.score)
  const exactKeys = toneKeys(query)
  const exact = exactKeys && exactKeys.split(' ').length === searchKey(query).split(' ').length ? await searchAll(exactKeys) : []
  const results = await searchAll(foldQuery(query))
  const head = [...exact.slice(0, CANDIDATES), ...results.slice(0, CANDIDATES)]
  const seen = new Set<string>()
  let dropped = 0
  const keep = (d: PagefindData) => {
    if (!seen.has(d.url) && matchesSearch(`${d.meta.title ?? ''} ${d.content}`, query.replaceAll('"', ' '))) return seen.add(d.url)
    dropped++
    return false
  }
  const best = rerankResults(query, (await Promise.all(head.map((h) => h.result.data()))).filter(keep).map(hitOf))
  const headKeys = new Set(head.map((h) => h.key))
  const rest = results.filter((h) => !headKeys.has(h.key))
  const read = async (n: number) => {
    const from = n * PAGE_SIZE
    const to = from + PAGE_SIZE
    const fromBest = best.slice(from, to)
    const restFrom = Math.max(0, from - best.length)
    const before = dropped
    const more = (await Promise.all(rest.slice(restFrom, restFrom + PAGE_SIZE - fromBest.length).map((h) => h.result.data()))).filter(keep).map(hitOf)
    result.total -= dropped - before
    return [...fromBest, ...more]
  }
  // Each page read once: runSearch reads the first before handing the results out.
  const pages = new Map<number, Promise<SearchHit[]>>()
  const result: SearchResults = {
    total: best.length + rest.length,
    page: (n) => pages.get(n) ?? pages.set(n, read(n)).get(n)!,
  }
  return result
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
