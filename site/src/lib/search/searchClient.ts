import { searchKey } from '@thidua/content-models/text/searchKey'
import { PAGEFIND_RANKING } from './ranking.ts'

interface PagefindResult { data: () => Promise<{ url: string; meta: Record<string, string | undefined> }> }
interface Pagefind {
  options: (o: unknown) => Promise<void>
  search: (q: string) => Promise<{ results: PagefindResult[] }>
}

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

/** Searches the Pagefind index with the folded query; returns the first `limit` results, best first. */
export async function runSearch(query: string, limit = 30): Promise<{ total: number; results: { url: string; title: string; summary: string }[] }> {
  const pf = await load()
  const { results } = await pf.search(foldQuery(query))
  const top = await Promise.all(results.slice(0, limit).map((r) => r.data()))
  return {
    total: results.length,
    results: top.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, summary: d.meta.summary ?? '' })),
  }
}
