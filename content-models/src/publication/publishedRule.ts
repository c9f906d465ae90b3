import { EDITORIAL_COLLECTIONS, type CollectionSlug, type EditorialCollection } from '../schema/collections.ts'

/**
 * "Published", once (issue #9, point 1): an editorial document is live when Payload's `_status` is
 * `published`; reference data (fields of work, movements, units) is public as soon as it exists.
 * Media and audio are public when a published document uses them (see `publicUse`).
 */
export function isPublished(doc: { _status?: string | null }): boolean {
  return doc._status === 'published'
}

/** Whether documents of `collection` go through drafts, review and publication. */
export function isEditorialCollection(collection: string): collection is EditorialCollection {
  return (EDITORIAL_COLLECTIONS as readonly string[]).includes(collection)
}

/** The published rule as a query (Payload's `where` syntax, valid on every adapter). */
export const PUBLISHED_WHERE = { _status: { equals: 'published' } } as const

/** Its negation: drafts, taken-down documents and documents saved before drafts existed. */
export const NOT_PUBLISHED_WHERE: { or: Array<Record<string, Record<string, string | boolean>>> } = {
  or: [{ _status: { not_equals: 'published' } }, { _status: { exists: false } }],
}

/** Uploads anonymous callers may list and download: those a published document uses. */
export const PUBLIC_UPLOAD_WHERE = { publicUse: { equals: true } } as const

/** The query string form of the published rule for `collection` (empty for reference data). */
export function publishedQuery(collection: CollectionSlug, prefix = 'where'): string {
  return isEditorialCollection(collection) ? `&${prefix}[_status][equals]=published` : ''
}

/**
 * The portal's listing of what exists in `collection`: every published document's id and
 * updatedAt in one small answer. The site's loader asks it first in every build (site
 * src/loaders/requests.ts); the CMS works it out again right after each public change, so that
 * build finds it ready (cms src/readCache/cachedRead.ts).
 */
export function portalListingPath(collection: CollectionSlug): string {
  return `/api/${collection}?depth=0&pagination=false&sort=id&select[updatedAt]=true${publishedQuery(collection)}`
}
