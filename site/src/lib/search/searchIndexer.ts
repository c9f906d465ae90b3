import * as pagefind from 'pagefind'
import { searchDocument, type SearchSource } from '@thidua/content-models'

/** The search index could not be built: the search page would be broken, so the build stops. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SearchIndexError'
  }
}

const KEY = Symbol.for('thidua.site.searchSources')
const g = globalThis as unknown as Record<symbol, (() => SearchSource[]) | undefined>

/**
 * Registers how to get the content to index; finishSearchIndex() indexes it once pages are
 * rendered. (Feeding Pagefind while Astro renders was measured slower overall on two cores: its
 * pipe traffic and threads slow the render more than they save.) Process-wide, like the image
 * registry, because Astro renders pages and runs integrations in the same process.
 */
export function startSearchIndex(make: () => SearchSource[]): void {
  g[KEY] ??= make
}

/**
 * Builds the Pagefind index and writes it to `outputPath`; returns how many pages it holds, or
 * null on the fast path (SITE_ONLY_PATHS), whose search index stays the last full build's until
 * the full build that follows.
 */
export async function finishSearchIndex(outputPath: string): Promise<number | null> {
  if (process.env.SITE_ONLY_PATHS) return null
  const plan = (globalThis as unknown as Record<symbol, { fullBuildReason: string | null } | undefined>)[Symbol.for('thidua.site.fastPlan')]
  if (process.env.SITE_FAST === '1' && plan && !plan.fullBuildReason) return null
  const make = g[KEY]
  if (!make) throw new SearchIndexError('No page registered the search content (lib/site.ts getSite() was never called).')
  const sources = make()
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' })
  if (!index) throw new SearchIndexError(`Pagefind did not start: ${errors.join('; ')}`)
  // Batches: one file at a time would wait on every round trip of Pagefind's pipe.
  for (let i = 0; i < sources.length; i += 200) {
    await Promise.all(sources.slice(i, i + 200).map(async (s) => {
      const r = await index.addHTMLFile({ url: s.url, content: searchDocument(s) })
      if (r.errors.length) throw new SearchIndexError(`Pagefind rejected ${s.url}: ${r.errors.join('; ')}`)
    }))
  }
  const written = await index.writeFiles({ outputPath })
  if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its files: ${written.errors.join('; ')}`)
  await pagefind.close()
  g[KEY] = undefined
  return sources.length
}
