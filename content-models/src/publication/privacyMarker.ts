const PREFIX = 'tdkt-private-'
const MARKER = /^tdkt-private-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * A fresh marker for a document's private `privacyMarker` field: distinctive enough that finding it
 * in a built page can only mean private CMS data leaked into it (issue #9, point 3).
 */
export function privacyMarker(): string {
  return `${PREFIX}${globalThis.crypto.randomUUID()}`
}

/**
 * Whether a private value is such a marker: random, never typed by anyone, so a new one cannot
 * already be on a live page (the publisher's verification relies on it, issue #14).
 */
export function isPrivacyMarker(value: string): boolean {
  return MARKER.test(value)
}
