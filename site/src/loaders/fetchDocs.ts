import type { CollectionSlug, ManifestEntry, PaginatedDocs } from '@thidua/content-models'
import type { CmsSource } from './cmsSource.ts'
import { CmsResponseError } from './errors.ts'
import { byIdsPath, listPath, manifestPath } from './requests.ts'

type Doc = Record<string, unknown> & { id: number | string }

/** Checks that an answer is a Payload list; anything else (an HTML error page, `{}`) fails the build. */
function asList(answer: unknown, url: string): PaginatedDocs<Doc> {
  const list = answer as Partial<PaginatedDocs<Doc>> | null
  if (!list || typeof list !== 'object' || !Array.isArray(list.docs) || typeof list.totalDocs !== 'number') {
    throw new CmsResponseError(url, 0, 'expected a Payload list ({ docs, totalDocs, ... })')
  }
  for (const doc of list.docs) {
    if (!doc || typeof doc !== 'object' || (typeof doc.id !== 'number' && typeof doc.id !== 'string')) {
      throw new CmsResponseError(url, 0, 'a listed document has no id')
    }
  }
  return list as PaginatedDocs<Doc>
}

export interface FetchStats { requests: number }

/**
 * Every public document of a collection, one page of the CMS's answer at a time (a full sync): the
 * caller handles a page before the next is asked for, so no more than a page is held.
 */
export async function* fetchAll(source: CmsSource, c: CollectionSlug, pageSize: number, depth: number, stats: FetchStats): AsyncGenerator<Doc[]> {
  let expected = 0
  let count = 0
  for (let page = 1; ; page++) {
    const url = listPath(c, page, pageSize, depth)
    const list = asList(await source.getJson(url), url)
    stats.requests++
    if (page === 1) expected = list.totalDocs
    count += list.docs.length
    yield list.docs
    if (!list.hasNextPage || list.docs.length === 0) break
    if (page > 100_000) throw new CmsResponseError(url, 0, 'the CMS never stops paging')
  }
  // A document published or deleted while we paged shifts the total; one deleted mid-sync is
  // harmless (the next build removes it), but an answer that stops short is not.
  if (count < expected - pageSize) {
    throw new CmsResponseError(listPath(c, 1, pageSize, depth), 0, `listed ${expected} documents but returned only ${count}`)
  }
}

/** The id and updatedAt of every public document, in one request. */
export async function fetchManifest(source: CmsSource, c: CollectionSlug, stats: FetchStats): Promise<ManifestEntry[]> {
  const url = manifestPath(c)
  const list = asList(await source.getJson(url), url)
  stats.requests++
  if (list.docs.length !== list.totalDocs) {
    throw new CmsResponseError(url, 0, `listed ${list.totalDocs} documents but returned ${list.docs.length} (is pagination=false honoured?)`)
  }
  return list.docs.map((d) => ({ id: d.id, updatedAt: typeof d.updatedAt === 'string' ? d.updatedAt : null }))
}

/** The full documents with these ids, in batches of `pageSize`, one batch at a time. */
export async function* fetchByIds(
  source: CmsSource, c: CollectionSlug, ids: readonly string[], pageSize: number, depth: number, stats: FetchStats,
): AsyncGenerator<Doc[]> {
  for (let i = 0; i < ids.length; i += pageSize) {
    const batch = ids.slice(i, i + pageSize)
    const url = byIdsPath(c, batch, depth)
    const docs = asList(await source.getJson(url), url).docs
    stats.requests++
    yield docs
  }
}
