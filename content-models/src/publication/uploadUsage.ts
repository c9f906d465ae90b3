import { COLLECTIONS, type CollectionSlug, type Id } from '../schema/collections.ts'
import { RELATIONS } from '../site/projectPublicDeep.ts'

/** The Markdown fields of editorial documents, where images are inserted by URL. */
export const MARKDOWN_FIELDS: Readonly<Partial<Record<CollectionSlug, readonly string[]>>> = {
  [COLLECTIONS.articles]: ['body'],
  [COLLECTIONS.exemplars]: ['achievements', 'initiatives'],
  [COLLECTIONS.events]: ['body'],
}

/** Uploads one document uses: media and audio ids, and media file names inserted in its bodies. */
export interface UploadUsage {
  media: Id[]
  audio: Id[]
  mediaFilenames: string[]
}

const idOf = (value: unknown): Id | null => {
  if (value && typeof value === 'object') return (value as { id?: Id }).id ?? null
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

const FILE_URL = /\/api\/media\/file\/([^)\s"'?#]+)/g

/** File names of media inserted into Markdown (`![alt](…/api/media/file/NAME)`), decoded. */
export function mediaFilenamesIn(markdown: string): string[] {
  const names = new Set<string>()
  for (const match of markdown.matchAll(FILE_URL)) {
    try {
      names.add(decodeURIComponent(match[1]!))
    } catch {
      names.add(match[1]!)
    }
  }
  return [...names]
}

/**
 * The uploads a document of `collection` uses (issue #9, point 2): a file is public while a
 * published document uses it, and only staff replace a file that an approved or published document uses.
 */
export function uploadUsageOf(collection: CollectionSlug, doc: Record<string, unknown> | null | undefined): UploadUsage {
  const usage: UploadUsage = { media: [], audio: [], mediaFilenames: [] }
  if (!doc) return usage
  for (const [field, target] of Object.entries(RELATIONS[collection] ?? {})) {
    if (target !== COLLECTIONS.media && target !== COLLECTIONS.audio) continue
    const values = Array.isArray(doc[field]) ? (doc[field] as unknown[]) : [doc[field]]
    for (const value of values) {
      const id = idOf(value)
      if (id != null) usage[target].push(id)
    }
  }
  for (const field of MARKDOWN_FIELDS[collection] ?? []) {
    if (typeof doc[field] === 'string') usage.mediaFilenames.push(...mediaFilenamesIn(doc[field] as string))
  }
  return usage
}
