/**
 * Saving and publishing a story stamp `publishedAt` and `updatedAt` a few milliseconds apart; a
 * later `updatedAt` only means "edited after publication" past this margin.
 */
const EDIT_MARGIN_MS = 60_000

/** Raised when a published document has no usable publication date. */
export class MissingPublicationDateError extends Error {
  constructor(what: string) {
    super(`Feed item ${what} has no valid publishedAt, updatedAt or createdAt; check the CMS's public fields.`)
    this.name = 'MissingPublicationDateError'
  }
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/**
 * Publication and edit dates of a story as ISO 8601 strings. `updatedAt` is null unless the story
 * was changed after publication, so readers show "cập nhật" only for a real edit.
 *
 * @throws {MissingPublicationDateError} when the document has no date at all.
 */
export function feedDates(
  doc: { publishedAt?: string | null; updatedAt?: string | null; createdAt?: string | null },
  what: string,
): { publishedAt: string; updatedAt: string | null } {
  const published = parse(doc.publishedAt) ?? parse(doc.createdAt) ?? parse(doc.updatedAt)
  if (!published) throw new MissingPublicationDateError(what)
  const updated = parse(doc.updatedAt)
  const edited = updated !== null && updated.getTime() - published.getTime() > EDIT_MARGIN_MS
  return { publishedAt: published.toISOString(), updatedAt: edited ? updated.toISOString() : null }
}

/** RFC 822 date (as RSS 2.0 requires), e.g. "Sat, 21 Nov 2026 12:15:45 GMT". */
export function toRfc822(iso: string): string {
  return new Date(iso).toUTCString()
}

/** The time a feed last changed: the newest publication or edit among its items; null when empty. */
export function newestItemDate(items: readonly { publishedAt: string; updatedAt: string | null }[]): string | null {
  let newest: string | null = null
  for (const item of items) {
    for (const date of [item.publishedAt, item.updatedAt]) {
      if (date !== null && (newest === null || date > newest)) newest = date
    }
  }
  return newest
}
