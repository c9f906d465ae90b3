/** Raised when a published document has neither a guid nor a creation date to derive one from. */
export class MissingGuidError extends Error {
  constructor(collection: string, slug: string) {
    super(
      `Feed item ${collection}/${slug} has no guid and no createdAt: cannot give it a stable identifier. ` +
        'Check that the CMS returns the public fields "guid" and "createdAt".',
    )
    this.name = 'MissingGuidError'
  }
}

const SINGULAR: Readonly<Record<string, string>> = { articles: 'article', exemplars: 'exemplar', events: 'event' }

/**
 * The identifier a feed gives a story, stable for its whole life (issue #5): the CMS's `guid`
 * (a urn:uuid fixed when the document is created), never the database id (it differs between
 * SQLite and MongoDB) nor the link (it changes with the slug).
 *
 * A document created before it had a `guid` field gets a URN from its creation instant, which
 * Payload never rewrites: `urn:thidua:exemplar:2026-11-21T12:15:45.123Z`. The CMS hook that
 * assigns guids gives such documents the same value when they are next saved, so the identifier
 * does not change then either.
 *
 * @throws {MissingGuidError} when neither `guid` nor `createdAt` is there.
 */
export function feedGuid(
  collection: 'articles' | 'exemplars' | 'events',
  doc: { slug?: string | null; guid?: string | null; createdAt?: string | null },
): string {
  if (typeof doc.guid === 'string' && doc.guid.startsWith('urn:')) return doc.guid
  const created = doc.createdAt ? new Date(doc.createdAt) : null
  if (!created || Number.isNaN(created.getTime())) throw new MissingGuidError(collection, doc.slug ?? '?')
  return legacyGuid(collection, created.toISOString())
}

/** The guid of a document created before its collection had a `guid` field (see {@link feedGuid}). */
export function legacyGuid(collection: 'articles' | 'exemplars' | 'events', createdAtIso: string): string {
  return `urn:thidua:${SINGULAR[collection]}:${createdAtIso}`
}
