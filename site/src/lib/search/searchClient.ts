import { rerankResults } from '@thidua/content-models/site/rerankResults'
import { toneKeys } from '@thidua/content-models/site/toneKey'
import { searchKey } from '@thidua/content-models/text/searchKey'
import { PAGEFIND_RANKING } from './ranking.ts'

interface PagefindResult { data: () => Promise<{ url: string; meta: Record<string, string | undefined> }> }
interface Pagefind {
  options: (o: unknown) => Promise<void>
  search: (q: string) => Promise<{ results: PagefindResult[] }>
}

/** How many of Pagefind's best hits are fetched and re-ranked (each costs one small request). */
const CANDIDATES = 40

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

/** The query as the index holds its folded copy: "Hòa", "hoà", "HOA" -> "hoa"; "Đắk Lắk" -> "dak lak". */
export function foldQuery(query: string): string {
  return searchKey(query)
}

/**
 * Searches the Pagefind index with the folded query, re-ranks its best hits so whole-word title
 * matches come first (content-models rerankResults), and returns the first `limit`.
 */
export async function runSearch(query: string, limit = 30): Promise<{ total: number; results: { url: string; title: string; summary: string }[] }> {
  const pf = await load()
  // Typed with marks ("hòa"): first the pages whose titles have exactly those words (tone keys,
  // see content-models searchDocument), then everything the folded query finds.
  const exactKeys = toneKeys(query)
  const exact = exactKeys && exactKeys.split(' ').length === searchKey(query).split(' ').length ? (await pf.search(exactKeys)).results : []
  const { results } = await pf.search(foldQuery(query))
  const candidates = [...exact.slice(0, CANDIDATES), ...results.slice(0, Math.max(limit, CANDIDATES))]
  const seen = new Set<string>()
  const hits = (await Promise.all(candidates.map((r) => r.data())))
    .filter((d) => !seen.has(d.url) && seen.add(d.url))
    .map((d) => ({ url: d.url, title: d.meta.title ?? d.url, summary: d.meta.summary ?? '' }))
  return { total: Math.max(results.length, hits.length), results: rerankResults(query, hits).slice(0, limit) }
}
