import type { Id } from '../schema/collections.ts'

/** One line of the cheap "what exists now" listing: `GET /api/:c?select[updatedAt]=true&pagination=false`. */
export interface ManifestEntry {
  id: Id
  updatedAt?: string | null
}

/** What an incremental sync must do to make the local copy equal the CMS's public listing. */
export interface SyncPlan {
  /** Ids (as strings) that are new or whose `updatedAt` differs from the stored copy: fetch them. */
  fetch: string[]
  /** Ids held locally that the CMS no longer lists (deleted or unpublished): remove them. */
  remove: string[]
  /** How many stored documents are already current. */
  unchanged: number
}

/**
 * Compares the stored copies (id -> updatedAt) with the CMS's current listing.
 *
 * We compare each document's `updatedAt` instead of asking only for `updatedAt > lastSync`: a
 * transaction that commits after our last sync with an earlier timestamp, or a clock step on the
 * CMS host, would otherwise be missed forever. The listing costs one small request either way
 * (issue #4, point 1).
 */
export function planIncrementalSync(
  stored: ReadonlyMap<string, string | null | undefined>,
  manifest: readonly ManifestEntry[],
): SyncPlan {
  const listed = new Set<string>()
  const fetch: string[] = []
  let unchanged = 0
  for (const entry of manifest) {
    const id = String(entry.id)
    listed.add(id)
    const have = stored.get(id)
    if (!stored.has(id) || have == null || entry.updatedAt == null || have !== entry.updatedAt) fetch.push(id)
    else unchanged++
  }
  const remove = [...stored.keys()].filter((id) => !listed.has(id))
  return { fetch, remove, unchanged }
}
