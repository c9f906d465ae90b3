import { createHash } from 'node:crypto'
import type { Canaries } from '../client/protocol.ts'

/**
 * A release's canaries as hashes, kept beside it (`<id>.canaries.json`) so the next build can tell
 * whether anything became private or unpublished since: hashes, because the values themselves
 * (phone numbers, internal notes) have no business in another file on disk. Each hash says its
 * kind: `d:` an unpublished page, `v:` a private value.
 */
export function canaryDigest(canaries: Canaries): string[] {
  const hash = (item: string) => createHash('sha256').update(item).digest('base64url').slice(0, 22)
  const all = [
    ...canaries.draftPaths.map((p) => `d:${hash(`draft:${p}`)}`),
    ...canaries.privateValues.map((v) => `v:${hash(`value:${v}`)}`),
  ]
  return [...new Set(all)].sort()
}

/**
 * Whether no page became unpublished since `previous` (issue #14, point 4). Then the files a fast
 * build hard-linked from the live release need no new scan: they are byte for byte what readers
 * already get, so a private value added since can only newly reach readers through the files that
 * changed, which are scanned; and the full build that follows scans everything. A newly unpublished
 * page is different: an unchanged page may still link to it, so everything is read again. A digest
 * written before kinds were recorded counts as unknown (everything is read).
 */
export function noNewUnpublishedPages(next: readonly string[], previous: readonly string[]): boolean {
  const known = new Set(previous)
  return next.every((digest) => !digest.startsWith('d:') || known.has(digest))
}
