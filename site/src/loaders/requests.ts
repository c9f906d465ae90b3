import { isEditorialCollection, portalListingPath, publishedQuery, type CollectionSlug } from '@thidua/content-models'

/**
 * The REST requests the loader makes, as `/api/...` paths. One builder per request kind, shared
 * by the loader, the fixture recorder (scripts/record-fixture.ts) and the fixture reader, so a
 * recorded fixture always answers exactly what the loader asks.
 *
 * Lists are sorted by id, not by date: ids never change, so a document edited while we page
 * through cannot jump from a later page to an earlier one and be skipped.
 */
/** Only published documents. Anonymous access already enforces it; asking explicitly documents intent. */
const published = (c: CollectionSlug) => publishedQuery(c)

/** One page of full documents. */
export function listPath(collection: CollectionSlug, page: number, limit: number, depth: number): string {
  return `/api/${collection}?depth=${depth}&limit=${limit}&page=${page}&sort=id${published(collection)}`
}

/** Every public document's id and updatedAt, in one small answer: what exists now (the CMS prepares it after each change). */
export const manifestPath = (collection: CollectionSlug): string => portalListingPath(collection)

/** A global's public fields, as the anonymous reader sees them. */
export function globalPath(slug: string): string {
  return `/api/globals/${slug}?depth=0`
}

/** The full documents with these ids (a batch of an incremental sync). */
export function byIdsPath(collection: CollectionSlug, ids: readonly string[], depth: number): string {
  const status = isEditorialCollection(collection) ? `&where[and][1][_status][equals]=published` : ''
  return `/api/${collection}?depth=${depth}&limit=${ids.length}&sort=id&where[and][0][id][in]=${ids.map(encodeURIComponent).join(',')}${status}`
}
