import { randomUUID } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import { feedGuid } from '@thidua/content-models'

const isUrn = (v: unknown): v is string => typeof v === 'string' && v.startsWith('urn:')

/**
 * A feed guid fixed at creation (issue #5): a URN, not the database id (which differs between
 * SQLite and MongoDB) nor the link (which changes with the slug). Never rewritten.
 *
 * - New document: a fresh urn:uuid, or the guid staff supplied when importing (the field's create
 *   access keeps contributors from choosing one: a copied guid would make readers replace
 *   another story with theirs).
 * - Existing document: its guid; one created before the collection had the field gets the URN
 *   the feeds already derived from its creation instant (`feedGuid`), so it does not change.
 */
export const assignGuid: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation }) => {
  if (operation === 'create' || !originalDoc) {
    return { ...data, guid: isUrn(data.guid) ? data.guid : `urn:uuid:${randomUUID()}` }
  }
  if (isUrn(originalDoc.guid)) return { ...data, guid: originalDoc.guid }
  const slug = collection.slug === 'exemplars' ? 'exemplars' : 'articles'
  return { ...data, guid: feedGuid(slug, { slug: originalDoc.slug, createdAt: originalDoc.createdAt }) }
}
