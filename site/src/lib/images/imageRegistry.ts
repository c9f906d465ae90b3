import type { ImageJob } from './imageRecipe.ts'

/**
 * Files the rendered pages referenced, for the encoder that runs once rendering is done
 * (site/src/integrations/encodeImages.ts). Astro renders the pages in the build process itself,
 * so a process-wide registry on globalThis reaches the integration; rendering never waits for
 * an encode.
 */
const KEY = Symbol.for('thidua.site.imageJobs')

type Registry = Map<string, ImageJob>

export function imageRegistry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>
  g[KEY] ??= new Map()
  return g[KEY]
}

/** Records a file a page links to. */
export function requireImage(job: ImageJob): void {
  imageRegistry().set(job.file, job)
}
