import type { ExemplarKind, SubjectType } from '../schema/options.ts'
import type { Id } from '../schema/collections.ts'
import { tagSlug } from './tags.ts'

interface ArticleLike {
  id: Id
  publishedAt?: string | null
  createdAt?: string
  exemplars: readonly { id: Id }[]
  field: { id: Id } | null
  movements: readonly { id: Id }[]
  unit: { id: Id } | null
  tags?: readonly string[] | null
}

interface ExemplarLike {
  id: Id
  publishedAt?: string | null
  createdAt?: string
  kind: ExemplarKind
  subjectType: SubjectType
  field: { id: Id } | null
  movements: readonly { id: Id }[]
  unit: { id: Id } | null
}

/** An item of a mixed list: a list page shows articles and profiles together, newest first. */
export type ListEntry<A, E> = { type: 'article'; item: A } | { type: 'exemplar'; item: E }

/** Every list page's items, grouped once per build (ids and tag slugs as keys). */
export interface Listings<A, E> {
  byField: Map<string, ListEntry<A, E>[]>
  byMovement: Map<string, ListEntry<A, E>[]>
  byUnit: Map<string, ListEntry<A, E>[]>
  byKind: Map<ExemplarKind, E[]>
  bySubjectType: Map<SubjectType, E[]>
  byTag: Map<string, A[]>
  articlesByExemplar: Map<string, A[]>
}

const dateOf = (x: { publishedAt?: string | null; createdAt?: string }) => x.publishedAt ?? x.createdAt ?? ''

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** How a field of work or unit reaches its parents: a parent's page lists its children's items too. */
export interface ListingOptions {
  /** The ids of a field of work and all its ancestors (default: just the id). */
  fieldWithAncestors?: (id: string) => readonly string[]
  /** The ids of a unit and all its parent units (default: just the id). */
  unitWithAncestors?: (id: string) => readonly string[]
}

/**
 * Groups published articles and profiles (each list sorted newest first) for the list pages: by
 * field of work, movement and unit (mixed, newest first; a parent includes its children's items,
 * as the press feeds do), by kind and subject type (profiles), by tag (articles), and the
 * articles about each profile. One pass each; 12,000 documents take a few milliseconds, so every
 * route can ask for its slice without filtering the whole site.
 */
export function buildListings<A extends ArticleLike, E extends ExemplarLike>(
  articles: readonly A[], exemplars: readonly E[], options: ListingOptions = {},
): Listings<A, E> {
  const fields = options.fieldWithAncestors ?? ((id: string) => [id])
  const units = options.unitWithAncestors ?? ((id: string) => [id])
  const merged: ListEntry<A, E>[] = []
  let i = 0
  let j = 0
  while (i < articles.length || j < exemplars.length) {
    const a = articles[i]
    const e = exemplars[j]
    if (a && (!e || dateOf(a) >= dateOf(e))) { merged.push({ type: 'article', item: a }); i++ }
    else if (e) { merged.push({ type: 'exemplar', item: e }); j++ }
  }
  const l: Listings<A, E> = {
    byField: new Map(), byMovement: new Map(), byUnit: new Map(), byKind: new Map(), bySubjectType: new Map(),
    byTag: new Map(), articlesByExemplar: new Map(),
  }
  for (const entry of merged) {
    const x = entry.item
    if (x.field) for (const f of new Set(fields(String(x.field.id)))) push(l.byField, f, entry)
    for (const m of new Set(x.movements.map((m) => String(m.id)))) push(l.byMovement, m, entry)
    if (x.unit) for (const u of new Set(units(String(x.unit.id)))) push(l.byUnit, u, entry)
  }
  for (const e of exemplars) {
    push(l.byKind, e.kind, e)
    push(l.bySubjectType, e.subjectType, e)
  }
  for (const a of articles) {
    for (const slug of new Set((a.tags ?? []).map(tagSlug).filter(Boolean))) push(l.byTag, slug, a)
    for (const id of new Set(a.exemplars.map((e) => String(e.id)))) push(l.articlesByExemplar, id, a)
  }
  return l
}
