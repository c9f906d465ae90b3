import type { PayloadRequest, Where } from 'payload'
import { COLLECTIONS, EDITORIAL_COLLECTIONS, MARKDOWN_FIELDS, RELATIONS, type Id } from '@thidua/content-models'

export type UploadCollection = typeof COLLECTIONS.media | typeof COLLECTIONS.audio

/** Every file name of an upload: the original and each generated size. */
export function fileNamesOf(upload: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | null> | null }): string[] {
  const names = [upload.filename, ...Object.values(upload.sizes ?? {}).map((s) => s?.filename)]
  return names.filter((n): n is string => typeof n === 'string' && n.length > 0)
}

/** Where an editorial document uses this upload: a relationship field, or a body that shows one of its files. */
export function usingWhere(collection: (typeof EDITORIAL_COLLECTIONS)[number], target: UploadCollection, id: Id, fileNames: string[]): Where | null {
  const or: Where[] = []
  for (const [field, to] of Object.entries(RELATIONS[collection] ?? {})) if (to === target) or.push({ [field]: { in: [id] } })
  if (target === COLLECTIONS.media) {
    for (const field of MARKDOWN_FIELDS[collection] ?? []) for (const name of fileNames) or.push({ [field]: { contains: `/api/media/file/${name}` } })
  }
  return or.length ? { or } : null
}

/** The same condition on a version (`version.heroImage`...). */
function prefixVersion(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map(prefixVersion)] : [`version.${key}`, value],
    ),
  ) as Where
}

/**
 * How many editorial documents matching `extra` use the upload (system read, inside the request's
 * transaction). With `versions`, the latest draft versions count too: an approved story that was
 * never published, or a revision approved over a live one, holds its pictures only there.
 */
export async function countUsers(req: PayloadRequest, target: UploadCollection, id: Id, fileNames: string[], extra: Where, versions = false): Promise<number> {
  let total = 0
  for (const collection of EDITORIAL_COLLECTIONS) {
    const using = usingWhere(collection, target, id, fileNames)
    if (!using) continue
    const { totalDocs } = await req.payload.count({ collection, where: { and: [extra, using] }, overrideAccess: true, req })
    total += totalDocs
    if (versions) {
      const found = await req.payload.findVersions({ collection, where: { and: [{ latest: { equals: true } }, prefixVersion(extra), prefixVersion(using)] }, limit: 1, depth: 0, overrideAccess: true, req })
      total += found.totalDocs
    }
  }
  return total
}
