import { createHash } from 'node:crypto'
import type { Canaries } from '../client/protocol.ts'

/**
 * A release's canaries as hashes, kept beside it (`<id>.canaries.json`) so the next build can tell
 * whether anything became private or unpublished since: hashes, because the values themselves
 * (phone numbers, internal notes) have no business in another file on disk.
 */
export function canaryDigest(canaries: Canaries): string[] {
  const all = [
    ...canaries.draftPaths.map((p) => `draft:${p}`),
    ...canaries.privateValues.map((v) => `value:${v}`),
  ]
  return [...new Set(all.map((item) => createHash('sha256').update(item).digest('base64url').slice(0, 22)))].sort()
}

/** Whether every canary of `next` was already a canary of `previous` (nothing new to look for). */
export function noNewCanaries(next: readonly string[], previous: readonly string[]): boolean {
  const known = new Set(previous)
  return next.every((digest) => known.has(digest))
}
