import type { CollectionSlug, Payload } from 'payload'
import type { BuildRecord, PublishedChange } from '@thidua/publisher/client/protocol'

/** One line of "what this release published" on the dashboard. */
export interface PublishedItem {
  /** The collection's singular label ("Bài viết", "Điển hình"). */
  kind: string
  /** The document's title or name, or its slug or id when it is gone. */
  title: string
  /** "lên cổng" (published or updated), "gỡ khỏi cổng", "xoá". */
  action: string
}

const actionOf = (c: PublishedChange) => (c.operation === 'delete' ? 'xoá' : c.published ? 'lên cổng' : 'gỡ khỏi cổng')

/**
 * The dashboard's list of recent releases (issue #13, point 5): for each build, the documents it
 * published, named by their titles as staff see them (the publisher keeps only collections and ids).
 * One query per collection for all the builds shown.
 */
export async function describeReleases(payload: Payload, builds: readonly BuildRecord[]): Promise<Record<string, PublishedItem[]>> {
  const ids = new Map<string, Set<string | number>>()
  for (const b of builds) for (const c of b.published ?? []) {
    if (!payload.collections[c.collection as CollectionSlug]) continue
    if (!ids.has(c.collection)) ids.set(c.collection, new Set())
    ids.get(c.collection)!.add(c.id)
  }
  const titles = new Map<string, string>()
  await Promise.all([...ids].map(async ([collection, set]) => {
    const config = payload.collections[collection as CollectionSlug]!.config
    const titleField = config.admin?.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection: collection as CollectionSlug, where: { id: { in: [...set] } }, depth: 0, limit: set.size, pagination: false,
      overrideAccess: true, select: { [titleField]: true } as never,
    }).catch((error: unknown) => {
      // The list still shows slugs and ids: a dashboard must not fail over a title.
      payload.logger.warn(`Dashboard: could not read the titles of ${collection} for the list of releases: ${(error as Error).message}`)
      return { docs: [] as Record<string, unknown>[] }
    })
    for (const doc of docs as Record<string, unknown>[]) titles.set(`${collection}:${String(doc.id)}`, String(doc[titleField] ?? doc.id))
  }))
  const label = (collection: string) => {
    const singular = payload.collections[collection as CollectionSlug]?.config.labels?.singular
    return typeof singular === 'string' ? singular : collection
  }
  return Object.fromEntries(builds.map((b) => [b.id, (b.published ?? []).map((c) => ({
    kind: label(c.collection),
    title: titles.get(`${c.collection}:${String(c.id)}`) ?? c.slug ?? `#${c.id}`,
    action: actionOf(c),
  }))]))
}
