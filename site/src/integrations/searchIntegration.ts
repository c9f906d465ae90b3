import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { finishSearchIndex } from '../lib/search/searchIndexer.ts'

/**
 * Writes the Pagefind index into `<outDir>/pagefind/`. The index is built from the content itself
 * (not by re-parsing the pages), with a folded copy of every text (content-models
 * `searchDocument`), (lib/search/searchIndexer.ts).
 */
export function searchIntegration(): AstroIntegration {
  return {
    name: 'thidua-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now()
        const count = await finishSearchIndex(path.join(fileURLToPath(dir), 'pagefind'))
        if (count === null) logger.info('search index: kept from the last full build (fast path)')
        else logger.info(`search index: ${count} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      },
    },
  }
}
