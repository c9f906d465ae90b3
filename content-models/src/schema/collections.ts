/**
 * Collection slugs: the REST contract press and integrators script against
 * (issue #2), so they never change once released.
 */
export const COLLECTIONS = {
  exemplars: 'exemplars',
  articles: 'articles',
  categories: 'categories',
  movements: 'movements',
  units: 'units',
  media: 'media',
  audio: 'audio',
  users: 'users',
  registrations: 'registrations',
  reminderLog: 'reminder-log',
  events: 'events',
  delegates: 'delegates',
  dossiers: 'dossiers',
} as const

export type CollectionSlug = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]

/** CMS globals: one document each. */
export const GLOBALS = {
  yearPlan: 'year-plan',
  portalInfo: 'portal-info',
} as const

export type GlobalSlug = (typeof GLOBALS)[keyof typeof GLOBALS]

/** Collections whose documents go through drafts, review and publication. */
export const EDITORIAL_COLLECTIONS = [COLLECTIONS.articles, COLLECTIONS.exemplars, COLLECTIONS.events] as const
export type EditorialCollection = (typeof EDITORIAL_COLLECTIONS)[number]

/** Reference data that is public as soon as it exists (no drafts). */
export const TAXONOMY_COLLECTIONS = [COLLECTIONS.categories, COLLECTIONS.movements, COLLECTIONS.units] as const

/** A document id: a number on SQLite, a string (ObjectId) on MongoDB. Code must accept both. */
export type Id = number | string

/** Compares ids from either database without caring whether they are numbers or strings. */
export function sameId(a: Id | null | undefined, b: Id | null | undefined): boolean {
  return a != null && b != null && String(a) === String(b)
}
