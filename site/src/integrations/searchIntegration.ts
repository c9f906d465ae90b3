import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { earlyIndexTookMs, finishSearchIndex, searchOutDir } from '../lib/search/searchIndexer.ts'

/**
 * Writes the Pagefind index into `<outDir>/pagefind/`, or on the fast path the small index of
 * recent changes into `<outDir>/pagefind-recent/`. The index is built from the content itself (not
 * by re-parsing the pages), with a folded copy of every text (content-models `searchDocument`),
 * (lib/search/searchIndexer.ts).
 */
export function searchIntegration(): AstroIntegration {
  let outDir = ''
  return {
    name: 'thidua-search',
    hooks: {
      'astro:config:done': ({ config }) => { outDir = fileURLToPath(config.outDir) },
      // Builds only: `astro dev` renders pages too, and must not index into dist/.
      'astro:build:start': () => searchOutDir(outDir),
      'astro:build:done': async ({ dir, logger }) => {
        const finishing = Date.now()
        const result = await finishSearchIndex(fileURLToPath(dir))
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
        const early = earlyIndexTookMs()
        const took = early === undefined
          ? seconds(Date.now() - finishing)
          : `${seconds(early)}, made while the pages rendered (waited ${seconds(Date.now() - finishing)} for it after them)`
        if (result === null) logger.info('search index: kept as it is (pages named by SITE_ONLY_PATHS)')
        else if (typeof result === 'number') logger.info(`search index: ${result} pages in ${took}`)
        else logger.info(`search index: ${result.indexed} recently changed page(s) indexed beside the full index, ${result.stale.length} of its copies set aside, in ${took}`)
      },
    },
  }
}
