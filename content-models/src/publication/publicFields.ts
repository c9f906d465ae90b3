import { COLLECTIONS, GLOBALS, type CollectionSlug, type GlobalSlug } from '../schema/collections.ts'
import { FIELD_POLICY, type FieldRule } from './fieldPolicy.ts'

const namesWhere = (test: (rule: FieldRule) => boolean) =>
  Object.fromEntries(
    Object.entries(FIELD_POLICY).map(([collection, fields]) => [
      collection,
      Object.entries(fields).filter(([, r]) => test(r)).map(([name]) => name),
    ]),
  ) as unknown as Record<CollectionSlug | GlobalSlug, readonly string[]>

/**
 * The public fields of every collection, derived from `FIELD_POLICY`: what anonymous callers, the
 * portal and the feeds may see. Accounts have none.
 */
export const PUBLIC_FIELDS: Readonly<Record<CollectionSlug | GlobalSlug, readonly string[]>> = {
  ...namesWhere((r) => r.read === 'public'),
  // Never public, whatever their system fields say: accounts, registrations, reminders, delegates,
  // dossiers, the year plan.
  [COLLECTIONS.users]: [],
  [COLLECTIONS.registrations]: [],
  [COLLECTIONS.reminderLog]: [],
  [COLLECTIONS.delegates]: [],
  [COLLECTIONS.dossiers]: [],
  [GLOBALS.yearPlan]: [],
}

/** Personal data of named people (Decree 13/2023), per collection. */
export const PERSONAL_FIELDS: Readonly<Record<CollectionSlug | GlobalSlug, readonly string[]>> = namesWhere((r) => r.personal === true)

/** Fields whose values must never appear in a release: the release check looks for them. */
export const CANARY_FIELDS: Readonly<Record<CollectionSlug | GlobalSlug, readonly string[]>> = namesWhere((r) => r.canary === true)

/** Whether anyone may read `field` of `collection` without being signed in. */
export function isPublicField(collection: CollectionSlug, field: string): boolean {
  return PUBLIC_FIELDS[collection].includes(field)
}

/**
 * Keeps only the public fields of a document (a defence in depth for the loader and feeds:
 * the CMS already withholds the rest from anonymous callers).
 */
export function projectPublic<T extends object>(collection: CollectionSlug, doc: T): Partial<T> {
  const allowed = PUBLIC_FIELDS[collection]
  return Object.fromEntries(Object.entries(doc).filter(([key]) => allowed.includes(key))) as Partial<T>
}

/**
 * The write that erases a document's personal fields (consent withdrawn, Decree 13/2023): each one
 * set to null, groups included.
 */
export function erasePersonalPatch(collection: CollectionSlug): Record<string, null> {
  return Object.fromEntries(PERSONAL_FIELDS[collection].map((name) => [name, null]))
}

/**
 * Whether anonymous callers can read anything of a collection or global: only then may the CMS
 * share one cached answer among them (issue #14, point 5).
 */
export function hasPublicReads(slug: string): boolean {
  return Object.hasOwn(PUBLIC_FIELDS, slug) && PUBLIC_FIELDS[slug as CollectionSlug].length > 0
}
