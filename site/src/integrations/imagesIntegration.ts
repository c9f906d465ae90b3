import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { COLLECTIONS } from '@thidua/content-models'
import { resolveLoaderOptions, sourceFor } from '../loaders/payloadLoader.ts'
import { encodeImages } from '../lib/images/encodeImages.ts'
import { imageRegistry } from '../lib/images/imageRegistry.ts'

/**
 * Encodes the photos the rendered pages referenced once rendering is done, into `<outDir>/_img/`,
 * from the same source the loader read (CMS_URL or FIXTURE). See lib/images/imageRecipe.ts.
 */
export function imagesIntegration(): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'thidua-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'thidua-images')
      },
      'astro:build:done': async ({ dir, logger }) => {
        const jobs = [...imageRegistry().values()]
        const source = sourceFor(resolveLoaderOptions({ collection: COLLECTIONS.media }))
        const r = await encodeImages(jobs, { cacheDir, outDir: path.join(fileURLToPath(dir), '_img'), source })
        logger.info(`${r.total} image files (${r.encoded} encoded, ${r.cached} from cache) in ${r.seconds.toFixed(1)} s`)
      },
    },
  }
}
