import type { Field, Payload, Where } from 'payload'
import { COLLECTIONS, EDITORIAL_COLLECTIONS, PUBLIC_FIELDS, type CollectionSlug } from '@thidua/content-models'
import type { Canaries } from '@thidua/publisher/client'
import { publicPathOf } from './publicPathOf.ts'

/** The most recently edited private values are checked; older ones were checked by earlier builds. */
const MAX_PRIVATE_VALUES = 500
const NOT_PUBLISHED: Where = { or: [{ _status: { not_equals: 'published' } }, { _status: { exists: false } }] }

/**
 * What must never appear in a release (issue #6, point 2, "canaries absent"), read with full access:
 * the portal paths of unpublished articles and profiles (drafts, taken down, awaiting consent),
 * private values (internal notes, exemplars' contact phone and email) and the names of staff-only
 * fields, whose presence in a page would mean raw CMS data was dumped into it.
 */
export async function collectCanaries(payload: Payload): Promise<Canaries> {
  const draftPaths: string[] = []
  for (const collection of EDITORIAL_COLLECTIONS) {
    const { docs } = await payload.find({ collection, where: NOT_PUBLISHED, pagination: false, depth: 0, select: { slug: true }, overrideAccess: true })
    for (const doc of docs as Array<{ slug?: string | null }>) {
      const path = publicPathOf(collection, doc.slug)
      if (path) draftPaths.push(path)
    }
  }

  const privateValues: string[] = []
  for (const collection of EDITORIAL_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { internalNotes: { exists: true } },
      sort: '-updatedAt',
      limit: MAX_PRIVATE_VALUES,
      depth: 0,
      select: { internalNotes: true },
      overrideAccess: true,
    })
    for (const doc of docs as Array<{ internalNotes?: string | null }>) if (doc.internalNotes) privateValues.push(doc.internalNotes)
  }
  const { docs: contacts } = await payload.find({
    collection: COLLECTIONS.exemplars,
    where: { or: [{ 'contact.phone': { exists: true } }, { 'contact.email': { exists: true } }] },
    sort: '-updatedAt',
    limit: MAX_PRIVATE_VALUES,
    depth: 0,
    select: { contact: true },
    overrideAccess: true,
  })
  for (const doc of contacts as Array<{ contact?: { phone?: string | null; email?: string | null } | null }>) {
    if (doc.contact?.phone) privateValues.push(doc.contact.phone)
    if (doc.contact?.email) privateValues.push(doc.contact.email)
  }

  return { draftPaths, privateValues: privateValues.slice(0, MAX_PRIVATE_VALUES * 2), privateFieldNames: privateFieldNames(payload) }
}

let fieldNames: string[] | null = null

/**
 * Staff-only field names of the public collections: names not in PUBLIC_FIELDS. Only distinctive
 * camelCase names (`internalNotes`, `consentToPublish`...) are kept; plain words such as `phone`
 * could appear in any page.
 */
export function privateFieldNames(payload: Payload): string[] {
  if (fieldNames) return fieldNames
  const publicNames = new Set(Object.values(PUBLIC_FIELDS).flat())
  const names = new Set<string>()
  for (const slug of Object.keys(PUBLIC_FIELDS) as CollectionSlug[]) {
    if (slug === COLLECTIONS.users) continue
    const collection = payload.collections[slug as keyof typeof payload.collections]
    if (!collection) continue
    for (const name of privateNamesOf(collection.config.fields, publicNames)) {
      if (/[a-z][A-Z]/.test(name) && name.length >= 8) names.add(name)
    }
  }
  fieldNames = [...names].sort()
  return fieldNames
}

/**
 * Names of fields that are not public, looking inside layout fields (rows, collapsibles, tabs) and
 * inside private groups, but not inside public fields: an award's sub-fields are public data.
 */
function privateNamesOf(fields: Field[], publicNames: Set<string>): string[] {
  return fields.flatMap((field): string[] => {
    const name = 'name' in field && field.type !== 'ui' ? field.name : null
    if (name && publicNames.has(name)) return []
    const nested = 'fields' in field ? privateNamesOf(field.fields, publicNames) : 'tabs' in field ? field.tabs.flatMap((tab) => privateNamesOf(tab.fields, publicNames)) : []
    return name ? [name, ...nested] : nested
  })
}
