/**
 * A fresh marker for a document's private `privacyMarker` field: distinctive enough that finding it
 * in a built page can only mean private CMS data leaked into it (issue #9, point 3).
 */
export function privacyMarker(): string {
  return `tdkt-private-${globalThis.crypto.randomUUID()}`
}
