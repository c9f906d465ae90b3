// @ts-check
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import { dataStoreIntegration } from './src/integrations/dataStoreIntegration.ts'
import { fastPathIntegration } from './src/integrations/fastPathIntegration.ts'
import { imagesIntegration } from './src/integrations/imagesIntegration.ts'
import { searchIntegration } from './src/integrations/searchIntegration.ts'
import { sitemapIntegration } from './src/integrations/sitemapIntegration.ts'

/**
 * The public portal (issue #4). Plain JavaScript on purpose: Astro imports a .mjs config with Node
 * itself (Node runs the integrations' TypeScript natively), where a .ts config is first compiled
 * through a Vite server, about a second of every build and of every publish (issue #14).
 * Only deployment-stable values live here: Astro clears its content
 * store whenever this config changes, so per-build values (output directory, fixture, fast-path
 * page list) come from the env at run time instead (see README, "Building").
 */
const site = process.env.SITE_URL || 'http://127.0.0.1:4321'
/**
 * Stable per deployment (or per benchmark): a different value is a different content cache.
 * Exported to the env so the pages find the body store (src/lib/bodies.ts) under the same dir.
 */
const cacheDir = path.resolve(process.env.SITE_CACHE_DIR || fileURLToPath(new URL('./node_modules/.astro/', import.meta.url)))
process.env.SITE_CACHE_DIR = cacheDir
const outDir = process.env.SITE_BUILD_DIR || undefined

export default defineConfig({
  site,
  cacheDir,
  ...(outDir ? { outDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts as files, never inline: the portal's Content-Security-Policy allows only 'self' scripts
  // (content-models/src/publication/securityHeaders.ts), so an inlined script would be blocked.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The shared domain model is plain TypeScript Node runs as it is: the content loaders (run in
    // Vite's "astro" environment while content syncs) import it natively instead of compiling its
    // hundred modules through Vite first, about a second of every build (issue #14). The pages'
    // bundle is not affected.
    environments: { astro: { resolve: { external: ['@thidua/content-models', '@thidua/content-models/markdown/renderMarkdown'] } } },
  },
  devToolbar: { enabled: false },
  // No prefetch, no view transitions: pages ship no JavaScript (issue #4, point 3).
  prefetch: false,
  integrations: [
    dataStoreIntegration(),
    sitemapIntegration(),
    imagesIntegration(),
    searchIntegration(),
    fastPathIntegration(),
  ],
})
