/**
 * Cache-Control by path (issue #6, point 3). Astro puts content-hashed bundles, styles and images
 * under /_astro/: a changed file gets a new name, so browsers may keep them a year. Everything
 * else (pages, feeds, the search index, fonts with fixed names) changes in place at the next
 * release, so it is cached but revalidated on every use; the ETag keeps that a 304.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const REVALIDATE = 'public, no-cache'

export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE
}
