import { createHash } from 'node:crypto'
import { isPrivacyMarker } from '@thidua/content-models/publication/privacyMarker'
import type { Canaries } from '../client/protocol.ts'

/**
 * A release's canaries as hashes, kept beside it (`<id>.canaries.json`) so the next build can tell
 * whether anything became private or unpublished since: hashes, because the values themselves
 * (phone numbers, internal notes) have no business in another file on disk. Each hash says its
 * kind: `d:` an unpublished page, `m:` a document's random private marker, `v:` any other private
 * value (notes, contact data: text people typed).
 */
export function canaryDigest(canaries: Canaries): string[] {
  const hash = (item: string) => createHash('sha256').update(item).digest('base64url').slice(0, 22)
  const all = [
    ...canaries.draftPaths.map((p) => `d:${hash(`draft:${p}`)}`),
    ...canaries.privateValues.map((v) => `${isPrivacyMarker(v) ? 'm' : 'v'}:${hash(`value:${v}`)}`),
  ]
  return [...new Set(all)].sort()
}

/**
 * Whether the files a fast build hard-linked from the live release need no new scan (issue #14,
 * point 4): when the only canaries new since `previous` are private markers. A new story brings a
 * new marker, but a marker is random, created with its document, so it cannot be in a file that
 * is byte for byte one readers already had; the changed files are scanned. Anything else new is
 * read for everywhere: an unpublished page (an unchanged page may link to it), a note or contact
 * value (text someone typed may already be on a live page). A digest without kinds (written before
 * they were recorded) counts as unknown: everything is read.
 */
export function onlyNewMarkers(next: readonly string[], previous: readonly string[]): boolean {
  if (!previous.some((digest) => /^[dmv]:/.test(digest))) return next.length === 0
  const known = new Set(previous)
  return next.every((digest) => digest.startsWith('m:') || known.has(digest))
}
