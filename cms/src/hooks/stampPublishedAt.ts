import type { CollectionBeforeChangeHook } from 'payload'

/** The first time a document is published, it gets a publication date (editors may backdate it). */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
