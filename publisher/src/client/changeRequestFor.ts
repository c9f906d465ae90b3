import { isPublished as isPublishedDoc } from '@thidua/content-models'
import type { ChangeRequest } from './protocol.ts'

/** A document as an afterChange/afterDelete hook sees it (only what the decision needs). */
interface DocLike {
  id: string | number
  slug?: unknown
  _status?: unknown
}

export interface ChangeInput {
  collection: string
  operation: 'create' | 'update' | 'delete'
  doc: DocLike
  previousDoc?: Partial<DocLike> | null
  /** Whether the collection has drafts: then only `_status: 'published'` is public. */
  drafts: boolean
  /** The write only saved a draft version; the published version, if any, is unchanged. */
  draftSave: boolean
  /** Whether a new document of this collection changes the site (a new category does; an upload nobody uses yet does not). */
  createChangesSite: boolean
  at?: Date
}

/**
 * Whether a change reaches the public site, and if so the request to send the publisher
 * (issue #6, point 1: "published, unpublished, or a published one edited or deleted"). For
 * collections with drafts the main document is the public one: a draft save never touches it, a
 * publish or a re-publish replaces it, and a non-draft write leaving it a draft takes it down.
 */
export function changeRequestFor(input: ChangeInput): ChangeRequest | null {
  const { doc, previousDoc, drafts } = input
  const isPublished = !drafts || isPublishedDoc(doc as { _status?: string | null })
  const request = (published: boolean): ChangeRequest => ({
    collection: input.collection,
    id: doc.id,
    operation: input.operation,
    slug: typeof doc.slug === 'string' ? doc.slug : null,
    previousSlug: typeof previousDoc?.slug === 'string' && previousDoc.slug !== doc.slug ? previousDoc.slug : null,
    published,
    at: (input.at ?? new Date()).toISOString(),
  })

  if (input.operation === 'delete') return isPublished ? request(false) : null
  if (!drafts) return input.operation === 'create' && !input.createChangesSite ? null : request(true)
  if (isPublished) return request(true)
  if (input.operation === 'create' || input.draftSave) return null
  return request(false)
}
