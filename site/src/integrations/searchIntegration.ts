import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { searchDocument } from '@thidua/content-models'
import { registeredSearchSources } from '../lib/search/searchSources.ts'

/** The search index could not be built: the search page would be broken, so the build stops. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SearchIndexError'
  }
}

/**
 * Builds the Pagefind index into `<outDir>/pagefind/` from the content itself (not by re-parsing
 * the built pages), with a folded copy of every text (see content-models `searchDocument`).
 * Skipped on the fast path (SITE_ONLY_PATHS): the full build that follows re-indexes.
 */
export function searchIntegration(): AstroIntegration {
  return {
    name: 'thidua-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SITE_ONLY_PATHS) return
        const make = registeredSearchSources()
        if (!make) throw new SearchIndexError('No page registered the search content (lib/site.ts getSite() was never called).')
        const started = Date.now()
        const sources = make()
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' })
        if (!index) throw new SearchIndexError(`Pagefind did not start: ${errors.join('; ')}`)
        for (const s of sources) {
          const r = await index.addHTMLFile({ url: s.url, content: searchDocument(s) })
          if (r.errors.length) throw new SearchIndexError(`Pagefind rejected ${s.url}: ${r.errors.join('; ')}`)
        }
        const written = await index.writeFiles({ outputPath: path.join(fileURLToPath(dir), 'pagefind') })
        if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its files: ${written.errors.join('; ')}`)
        await pagefind.close()
        logger.info(`search index: ${sources.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      },
    },
  }
}
