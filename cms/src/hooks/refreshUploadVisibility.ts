import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { COLLECTIONS, PUBLISHED_WHERE, uploadUsageOf, type CollectionSlug, type Id } from '@thidua/content-models'
import { countUsers, fileNamesOf, type UploadCollection } from './uploadUsers.ts'

type Upload = { id: Id; publicUse?: boolean | null; filename?: string | null; sizes?: Record<string, { filename?: string | null } | null> | null }

/** Sets `publicUse` of one upload to whether a published document uses it now. */
export async function refreshOne(req: PayloadRequest, target: UploadCollection, upload: Upload): Promise<void> {
  const used = (await countUsers(req, target, upload.id, fileNamesOf(upload), PUBLISHED_WHERE)) > 0
  if (Boolean(upload.publicUse) === used && upload.publicUse != null) return
  await req.payload.update({
    collection: target, id: upload.id, data: { publicUse: used }, overrideAccess: true, req, depth: 0,
    context: { disableRevalidate: true },
  })
}

async function refreshUsage(req: PayloadRequest, collection: CollectionSlug, docs: Array<Record<string, unknown> | null | undefined>): Promise<void> {
  const usages = docs.map((d) => uploadUsageOf(collection, d))
  const mediaIds = new Set(usages.flatMap((u) => u.media.map(String)))
  const audioIds = new Set(usages.flatMap((u) => u.audio.map(String)))
  const names = [...new Set(usages.flatMap((u) => u.mediaFilenames))]
  const load = async (target: UploadCollection, ids: Set<string>, byName: string[]) => {
    if (!ids.size && !byName.length) return []
    const or = [
      ...(ids.size ? [{ id: { in: [...ids] } }] : []),
      ...(byName.length ? [{ filename: { in: byName } }, ...sizeNames(req).map((s) => ({ [`sizes.${s}.filename`]: { in: byName } }))] : []),
    ]
    const { docs: found } = await req.payload.find({ collection: target, where: { or }, pagination: false, depth: 0, overrideAccess: true, req })
    return found as unknown as Upload[]
  }
  for (const upload of await load(COLLECTIONS.media, mediaIds, names)) await refreshOne(req, COLLECTIONS.media, upload)
  for (const upload of await load(COLLECTIONS.audio, audioIds, [])) await refreshOne(req, COLLECTIONS.audio, upload)
}

function sizeNames(req: PayloadRequest): string[] {
  const upload = req.payload.collections[COLLECTIONS.media]?.config.upload
  return typeof upload === 'object' ? (upload.imageSizes ?? []).map((s) => s.name) : []
}

/**
 * Keeps uploads' `publicUse` true exactly while a published article or profile uses them (issue #9,
 * point 2), so files of drafts are neither listed nor served to anonymous callers.
 */
export const refreshUploadVisibility: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  await refreshUsage(req, collection.slug as CollectionSlug, [doc, previousDoc])
  return doc
}

export const refreshUploadVisibilityOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await refreshUsage(req, collection.slug as CollectionSlug, [doc])
  return doc
}
