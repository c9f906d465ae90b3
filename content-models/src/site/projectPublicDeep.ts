import { COLLECTIONS, type CollectionSlug } from '../schema/collections.ts'
import { projectPublic } from '../publication/publicFields.ts'
import { isEditorialCollection, isPublished } from '../publication/publishedRule.ts'

/**
 * Which field of which collection points to which collection. Used to project populated documents
 * (REST at depth >= 1) with their own collection's public fields.
 */
export const RELATIONS: Readonly<Partial<Record<CollectionSlug, Readonly<Record<string, CollectionSlug>>>>> = {
  [COLLECTIONS.articles]: {
    heroImage: COLLECTIONS.media,
    gallery: COLLECTIONS.media,
    unit: COLLECTIONS.units,
    exemplars: COLLECTIONS.exemplars,
    field: COLLECTIONS.categories,
    movements: COLLECTIONS.movements,
    audio: COLLECTIONS.audio,
    events: COLLECTIONS.events,
  },
  [COLLECTIONS.exemplars]: {
    unit: COLLECTIONS.units,
    field: COLLECTIONS.categories,
    movements: COLLECTIONS.movements,
    portrait: COLLECTIONS.media,
    photos: COLLECTIONS.media,
  },
  [COLLECTIONS.events]: {
    unit: COLLECTIONS.units,
    parent: COLLECTIONS.events,
    honoured: COLLECTIONS.exemplars,
    photos: COLLECTIONS.media,
  },
  [COLLECTIONS.categories]: { parent: COLLECTIONS.categories },
  [COLLECTIONS.units]: { parent: COLLECTIONS.units },
  [COLLECTIONS.movements]: { fields: COLLECTIONS.categories },
}

function projectRef(collection: CollectionSlug, value: unknown, depth: number): unknown {
  if (value == null || typeof value !== 'object') return value // an id, or nothing
  const doc = value as { id?: unknown; _status?: string | null }
  // A populated draft (a staff token leaking into the build, or a CMS bug) collapses to its id:
  // the page then finds no public document and links nothing.
  if (isEditorialCollection(collection) && !isPublished(doc)) return doc.id ?? null
  return projectPublicDeep(collection, doc as Record<string, unknown>, depth + 1)
}

/**
 * {@link projectPublic} applied to a document and, recursively, to every related document
 * populated inside it: the portal's loader and the feeds keep only public fields even when the CMS
 * sends more (defence in depth, issue #4). Unpublished related articles or profiles become ids.
 */
export function projectPublicDeep<T extends object>(collection: CollectionSlug, doc: T, depth = 0): Partial<T> {
  const out = projectPublic(collection, doc) as Record<string, unknown>
  const relations = RELATIONS[collection]
  if (!relations || depth > 5) return out as Partial<T>
  for (const [field, target] of Object.entries(relations)) {
    const value = out[field]
    if (Array.isArray(value)) out[field] = value.map((v) => projectRef(target, v, depth))
    else if (value !== undefined) out[field] = projectRef(target, value, depth)
  }
  return out as Partial<T>
}
