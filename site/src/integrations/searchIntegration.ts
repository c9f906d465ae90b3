import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { finishSearchIndex, searchOutDir } from '../lib/search/searchIndexer.ts'

/**
 * Writes the Pagefind index into `<outDir>/pagefind/`, or on the fast path the small index of
 * recent changes into `<outDir>/pagefind-recent/`. The index is built from the content itself (not
 * by re-parsing the pages), with a folded copy of every text (content-models `searchDocument`),
 * (lib/search/searchIndexer.ts).
 */
export function searchIntegration(): AstroIntegration {
  return {
    name: 'thidua-search',
    hooks: {
      'astro:config:done': ({ config }) => searchOutDir(fileURLToPath(config.outDir)),
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now()
        const result = await finishSearchIndex(fileURLToPath(dir))
        const took = `${((Date.now() - started) / 1000).toFixed(1)} s`
        if (result === null) logger.info('search index: kept as it is (pages named by SITE_ONLY_PATHS)')
        else if (typeof result === 'number') logger.info(`search index: ${result} pages in ${took}`)
        else logger.info(`search index: ${result.indexed} recently changed page(s) indexed beside the full index, ${result.stale.length} of its copies set aside, in ${took}`)
      },
    },
  }
}
