import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/** Astro's module of the content store (astro/dist/content/consts.js), as Vite resolves it. */
const DATA_STORE_MODULE = '\0astro:data-layer-content'

/**
 * The pages read the content store from the file the sync wrote, when their bundle loads, instead
 * of from a copy bundled into it (issue #14).
 *
 * Astro bundles `<cacheDir>/data-store.json` into the pages' bundle as one string literal: 21 MB at
 * 10,000 articles, about 200 MB at 100,000, which Vite's bundler parses, holds and writes out on
 * every build (a publish included), and which Node then holds again as the module's source while
 * the pages render. The file is on this machine for the whole build (the bundle is only run here,
 * to prerender), so the module Astro makes is replaced by one reading it. A missing file
 * reads as an empty store, as Astro's own module does.
 * Build only: `astro dev` keeps Astro's module, which it reloads when the store changes.
 */
export function dataStoreIntegration(): AstroIntegration {
  return {
    name: 'thidua-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir))
        const code = [
          "import { existsSync, readFileSync } from 'node:fs'",
          `const file = ${JSON.stringify(file)}`,
          'export default existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : new Map()',
        ].join('\n')
        updateConfig({
          vite: {
            plugins: [{
              name: 'thidua-data-store-from-disk',
              enforce: 'pre',
              // A transform, since Astro's own plugin loads the module first: the code it made is
              // dropped before the bundler parses it.
              transform: { filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) }, handler: (_code: string, id: string) => (id === DATA_STORE_MODULE ? { code, map: { mappings: '' } } : undefined) },
            }],
          },
        })
      },
    },
  }
}
