import { randomUUID } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A feed guid fixed at creation (issue #5): a URN, not the database id (which differs between
 * SQLite and MongoDB) nor the link (which changes with the slug). Never rewritten.
 */
export const assignGuid: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const guid = originalDoc?.guid ?? data.guid
  return { ...data, guid: typeof guid === 'string' && guid.startsWith('urn:') ? guid : `urn:uuid:${randomUUID()}` }
}
