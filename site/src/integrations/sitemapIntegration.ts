import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { writeSitemaps } from '../lib/sitemaps.ts'

/**
 * Writes the sitemaps of a full build from its pages (lib/sitemaps.ts). A fast build renders only
 * some pages into its work dir; scripts/build.ts writes its sitemaps once they sit in the copy of
 * the live release.
 */
export function sitemapIntegration(): AstroIntegration {
  let site = ''
  return {
    name: 'thidua-sitemaps',
    hooks: {
      'astro:config:done': ({ config }) => { site = config.site ?? '' },
      'astro:build:done': ({ dir, logger }) => {
        if (process.env.SITE_FAST === '1' || process.env.SITE_ONLY_PATHS) return
        logger.info(`sitemaps: ${writeSitemaps(fileURLToPath(dir), site)} pages`)
      },
    },
  }
}
