import { COLLECTIONS, type CollectionSlug } from './collections.ts'

/**
 * What is public, defined once (issue #3, point 6): the CMS's field access, the portal's loader and
 * the press feeds all read these lists. A field not listed here is staff-only.
 */
export const PUBLIC_FIELDS: Readonly<Record<CollectionSlug, readonly string[]>> = {
  [COLLECTIONS.articles]: [
    'id', 'title', 'slug', 'guid', 'summary', 'body', 'heroImage', 'heroCaption', 'heroCredit', 'gallery',
    'byline', 'unit', 'exemplars', 'field', 'movements', 'tags', 'publishedAt', 'audio',
    'broadcastScript', 'rightsNote', 'featured', '_status', 'createdAt', 'updatedAt',
  ],
  [COLLECTIONS.exemplars]: [
    'id', 'name', 'slug', 'guid', 'subjectType', 'kind', 'modelName', 'unit', 'locality', 'field', 'movements',
    'summary', 'achievements', 'initiatives', 'awards', 'portrait', 'photos', 'gender', 'ethnicity',
    'directWorker', 'featured', 'publishedAt', '_status', 'createdAt', 'updatedAt',
  ],
  [COLLECTIONS.categories]: ['id', 'name', 'slug', 'description', 'parent', 'order', 'createdAt', 'updatedAt'],
  [COLLECTIONS.movements]: [
    'id', 'name', 'slug', 'launchedBy', 'level', 'startDate', 'endDate', 'status', 'description', 'fields',
    'createdAt', 'updatedAt',
  ],
  [COLLECTIONS.units]: ['id', 'name', 'slug', 'type', 'parent', 'quota', 'description', 'createdAt', 'updatedAt'],
  [COLLECTIONS.media]: [
    'id', 'alt', 'caption', 'credit', 'url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width',
    'height', 'focalX', 'focalY', 'sizes', 'createdAt', 'updatedAt',
  ],
  [COLLECTIONS.audio]: ['id', 'title', 'credit', 'url', 'filename', 'mimeType', 'filesize', 'durationSeconds', 'createdAt', 'updatedAt'],
  [COLLECTIONS.users]: [],
}

/** Whether anyone may read `field` of `collection` without being council staff. */
export function isPublicField(collection: CollectionSlug, field: string): boolean {
  return PUBLIC_FIELDS[collection].includes(field)
}

/**
 * Keeps only the public fields of a document (a defence in depth for the loader and feeds:
 * the CMS already withholds the rest from anonymous callers).
 */
export function projectPublic<T extends object>(collection: CollectionSlug, doc: T): Partial<T> {
  const allowed = PUBLIC_FIELDS[collection]
  return Object.fromEntries(Object.entries(doc).filter(([key]) => allowed.includes(key))) as Partial<T>
}

/** Whether an editorial document is live: Payload's `_status` is the only source of truth. */
export function isPublished(doc: { _status?: string | null }): boolean {
  return doc._status === 'published'
}
