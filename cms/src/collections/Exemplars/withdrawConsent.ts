import type { Field, Payload } from 'payload'
import { COLLECTIONS, PERSONAL_FIELDS, PUBLISHED_WHERE, type Id } from '@thidua/content-models'

export interface Withdrawal {
  profileTakenDown: boolean
  articlesTakenDown: Id[]
  versionsErased: number
}

/**
 * Consent withdrawn (issue #9, point 4; Decree 13/2023, art. 12): the profile and every published
 * story naming the person go offline (the next release drops them from the portal and feeds), and
 * the personal fields are erased from the profile and from all its versions. Written as the system,
 * so an editor's withdrawal works without publishing rights; each take-down is in the history.
 */
export async function withdrawConsent(payload: Payload, id: Id, by: string): Promise<Withdrawal> {
  const erase = erasePatch(payload.collections[COLLECTIONS.exemplars]!.config.flattenedFields as never)
  // The versions first: the personal data already written there is what must go soonest.
  const { docs: versions } = await payload.findVersions({ collection: COLLECTIONS.exemplars, where: { parent: { equals: id } }, pagination: false, depth: 0, overrideAccess: true })
  for (const version of versions) {
    await payload.db.updateVersion({ collection: COLLECTIONS.exemplars, id: version.id, versionData: { ...version, version: { ...(version.version as object), ...erase } } as never })
  }
  const profile = await payload.findByID({ collection: COLLECTIONS.exemplars, id, depth: 0, overrideAccess: true })
  const wasLive = profile._status === 'published'
  await payload.update({
    collection: COLLECTIONS.exemplars,
    id,
    data: { ...erase, consentToPublish: false, ...(wasLive ? { _status: 'draft', workflowState: 'unpublished' } : {}) } as never,
    overrideAccess: true,
    depth: 0,
  })
  const { docs: stories } = await payload.find({
    collection: COLLECTIONS.articles,
    where: { and: [PUBLISHED_WHERE, { exemplars: { in: [id] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  })
  for (const story of stories) {
    await payload.update({ collection: COLLECTIONS.articles, id: story.id, data: { _status: 'draft', workflowState: 'unpublished' } as never, overrideAccess: true, depth: 0 })
  }
  payload.logger.info(`Consent withdrawn for exemplar ${String(id)} by ${by}: profile ${wasLive ? 'taken down' : 'was not live'}, ${stories.length} stories taken down, personal fields erased from ${versions.length} versions.`)
  return { profileTakenDown: wasLive, articlesTakenDown: stories.map((s) => s.id), versionsErased: versions.length }
}

/**
 * The write that empties the personal fields the publication policy lists: a plain field becomes
 * null, a group (contact data) keeps its shape with every sub-field null.
 */
function erasePatch(fields: Field[]): Record<string, unknown> {
  const personal = new Set(PERSONAL_FIELDS[COLLECTIONS.exemplars])
  const patch: Record<string, unknown> = {}
  for (const field of fields) {
    if (!('name' in field) || !personal.has(field.name)) continue
    const inner = field.type === 'group' ? ((field as { flattenedFields?: Field[] }).flattenedFields ?? field.fields) : null
    patch[field.name] = inner ? Object.fromEntries(inner.filter((f) => 'name' in f).map((f) => [(f as { name: string }).name, null])) : null
  }
  return patch
}
