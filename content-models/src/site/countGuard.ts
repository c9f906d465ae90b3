/** Thresholds that tell a healthy CMS answer from a broken one (issue #4, point 1). */
export interface CountGuardOptions {
  /** Documents the CMS lists now. */
  count: number
  /** Documents the last successful build loaded, if known. */
  lastGood?: number | null
  /** The smallest acceptable share of `lastGood`, 0..1 (0.8: losing more than 20% at once fails). */
  minShareOfLastBuild: number
  /** A drop of at most this many documents is always accepted, so small lists can lose an item. */
  toleratedDrop: number
  /** Whether zero documents is a legitimate answer for this collection. */
  allowEmpty: boolean
}

export type CountVerdict =
  | { ok: true }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'drop'; lastGood: number; minimum: number }

/**
 * Decides whether a document count is plausible. A broken CMS (empty database mounted, failed
 * migration, access rule gone wrong) must never publish an empty or half-empty portal, so an empty
 * answer or a sudden drop against the last good build is refused; the caller fails the build.
 */
export function checkDocumentCount(o: CountGuardOptions): CountVerdict {
  if (o.count === 0 && !o.allowEmpty) return { ok: false, reason: 'empty' }
  const lastGood = o.lastGood ?? 0
  if (lastGood <= 0) return { ok: true }
  const minimum = Math.ceil(lastGood * o.minShareOfLastBuild)
  if (o.count < minimum && lastGood - o.count > o.toleratedDrop) return { ok: false, reason: 'drop', lastGood, minimum }
  return { ok: true }
}
