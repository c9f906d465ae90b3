import type { Payload } from 'payload'
import { CANARY_FIELDS, EDITORIAL_COLLECTIONS, NOT_PUBLISHED_WHERE, type CollectionSlug } from '@thidua/content-models'
import type { Canaries } from '@thidua/publisher/client'
import { publicPathOf } from './publicPathOf.ts'

/** The most recently edited private values are checked; older ones were checked by earlier builds. */
const MAX_PRIVATE_VALUES = 500

/** The strings of a private field's value (a group such as `contact` gives each of its texts). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : []
  if (value && typeof value === 'object') return Object.values(value as Record<string, unknown>).flatMap(stringsOf)
  return []
}

/**
 * What must never appear in a release (issue #6, point 2; issue #9, point 3), read with full access:
 * the portal paths of unpublished articles and profiles, and the values of the fields the
 * publication policy marks as canaries: each document's private marker, internal notes, contact
 * data. Only values: field names in public text (an alt text saying "internalNotes") jam nothing.
 */
export async function collectCanaries(payload: Payload): Promise<Canaries> {
  const draftPaths: string[] = []
  for (const collection of EDITORIAL_COLLECTIONS) {
    const { docs } = await payload.find({ collection, where: NOT_PUBLISHED_WHERE, pagination: false, depth: 0, select: { slug: true }, overrideAccess: true })
    for (const doc of docs as Array<{ slug?: string | null }>) {
      const path = publicPathOf(collection, doc.slug)
      if (path) draftPaths.push(path)
    }
  }

  const privateValues: string[] = []
  for (const [collection, fields] of Object.entries(CANARY_FIELDS) as Array<[CollectionSlug, readonly string[]]>) {
    if (!fields.length) continue
    // The live documents and the latest drafts: a draft's note is as private as a published one's.
    for (const draft of [false, true]) {
      const { docs } = await payload.find({
        collection: collection as never,
        sort: '-updatedAt',
        limit: MAX_PRIVATE_VALUES,
        depth: 0,
        select: Object.fromEntries(fields.map((field) => [field, true])),
        overrideAccess: true,
        draft,
      })
      for (const doc of docs as unknown as Array<Record<string, unknown>>) for (const field of fields) privateValues.push(...stringsOf(doc[field]))
    }
  }
  return { draftPaths, privateValues: [...new Set(privateValues)] }
}
